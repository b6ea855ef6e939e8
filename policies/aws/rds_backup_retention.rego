# METADATA
# title: RDS automated backups are turned off
# description: >-
#   A backup retention period of 0 turns automated backups and point-in-time
#   restore off.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html
# custom:
#   id: aws-rds-backup-retention
#   severity: medium
#   aliases: [CKV_AWS_133]
#   resource_types: ["aws_db_instance", "aws_rds_cluster"]
#   remediation: >-
#     Set backup_retention_period to at least 7 days.
package tfguard.aws.rds_backup_retention

import rego.v1

deny contains {"msg": sprintf("%s keeps no automated backups (backup_retention_period = %v)", [input.address, days]), "path": ["backup_retention_period"]} if {
	days := input.change.after.backup_retention_period
	is_number(days)
	days < 1
}
