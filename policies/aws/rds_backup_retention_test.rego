package tfguard.aws.rds_backup_retention_test

import data.tfguard.aws.rds_backup_retention as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_retention_is_zero if {
	check.deny == {{"msg": "aws_db_instance.this keeps no automated backups (backup_retention_period = 0)", "path": ["backup_retention_period"]}} with input as _input({"backup_retention_period": 0}, {})
}

test_passes_when_retention_is_one_day if {
	count(check.deny) == 0 with input as _input({"backup_retention_period": 1}, {})
}

test_passes_when_retention_is_a_week if {
	count(check.deny) == 0 with input as _input({"backup_retention_period": 7}, {})
}

test_fails_on_an_aurora_cluster_with_zero_retention if {
	check.deny == {{"msg": "aws_rds_cluster.this keeps no automated backups (backup_retention_period = 0)", "path": ["backup_retention_period"]}} with input as object.union(_input({"backup_retention_period": 0}, {}), {"address": "aws_rds_cluster.this", "type": "aws_rds_cluster"})
}

# null or missing: AWS keeps one day by default.
test_passes_when_retention_is_null if {
	count(check.deny) == 0 with input as _input({"backup_retention_period": null}, {})
}

test_passes_when_retention_is_missing if {
	count(check.deny) == 0 with input as _input({}, {})
}

test_passes_when_retention_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input({}, {"backup_retention_period": true})
}
