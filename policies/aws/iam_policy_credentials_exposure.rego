# METADATA
# title: IAM policy allows actions that return credentials without constraints
# description: >-
#   Actions such as sts:AssumeRole, iam:CreateAccessKey or
#   ecr:GetAuthorizationToken return credentials. Allowed on every resource
#   without a condition, they let the principal mint credentials for other
#   identities or services.
# related_resources:
# - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
# custom:
#   id: aws-iam-policy-credentials-exposure
#   severity: high
#   aliases: [CKV_AWS_287, CKV_AWS_107]
#   resource_types: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "data.aws_iam_policy_document"]
#   remediation: >-
#     Restrict the statement to the ARNs needed, or add a condition.
package tfguard.aws.iam_policy_credentials_exposure

import data.tfguard.lib
import data.tfguard.lib.aws_iam
import rego.v1

# Actions whose response carries credentials (keys, tokens, passwords).
credential_actions := {
	"airflow:createclitoken", "airflow:createweblogintoken", "appsync:createapikey",
	"chime:createapikey", "cloud9:createenvironmenttoken", "codeartifact:getauthorizationtoken",
	"codepipeline:pollforjobs", "cognito-identity:getcredentialsforidentity",
	"cognito-identity:getopenidtoken", "cognito-identity:getopenidtokenfordeveloperidentity",
	"cognito-idp:getsigningcertificate", "connect:getfederationtoken", "connect:getfederationtokens",
	"ec2:getpassworddata", "ecr-public:getauthorizationtoken", "ecr:getauthorizationtoken",
	"emr-containers:getmanagedendpointsessioncredentials",
	"finspace-api:getprogrammaticaccesscredentials", "gamelift:getinstanceaccess",
	"gamelift:requestuploadcredentials", "gamelift:getcomputeaccess", "gamelift:getcomputeauthtoken",
	"grafana:createworkspaceapikey", "iam:createaccesskey", "iam:createloginprofile",
	"iam:createservicespecificcredential", "iam:resetservicespecificcredential",
	"iam:updateaccesskey", "license-manager:getaccesstoken", "lightsail:createbucketaccesskey",
	"lightsail:downloaddefaultkeypair", "lightsail:getinstanceaccessdetails",
	"lightsail:getrelationaldatabasemasteruserpassword", "mediapackage:rotatechannelcredentials",
	"mediapackage:rotateingestendpointcredentials", "rds-db:connect",
	"redshift-serverless:getcredentials", "redshift:getclustercredentials",
	"redshift:getclustercredentialswithiam", "sso:getrolecredentials", "sts:assumerole",
	"sts:assumerolewithsaml", "sts:assumerolewithwebidentity", "sts:getfederationtoken",
	"sts:getsessiontoken",
}

deny contains lib.unknown_result("policy", "policy") if {
	input.mode != "data"
	lib.unknown(["policy"])
}

deny contains {"msg": sprintf("%s allows %s without resource constraints", [input.address, concat(", ", actions)]), "path": entry.statement.path} if {
	some entry in aws_iam.unconstrained_by_statement(credential_actions)
	actions := sort(entry.actions)
}
