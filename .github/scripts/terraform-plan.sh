#!/usr/bin/env bash
# Plans one Terraform stack for one environment into a file, shows the plan in the job summary, and stores the
# plan file in the environment's state bucket (encrypted, TLS-only, never an artifact: a plan holds secrets),
# where terraform-apply-plan.sh applies exactly that plan after the environment's approval.
#   terraform-plan.sh <stack-dir> <environment> <plan-key> [extra terraform plan arguments, e.g. -var image_tag=<sha>]
# <plan-key>: object key under plans/ in the bucket, e.g. bullets-service/<run id>-<attempt>.tfplan.
# Reads <stack-dir>/env/<environment>.s3.tfbackend (bucket) and <stack-dir>/env/<environment>.tfvars.
set -euo pipefail

stack_dir=${1:?usage: terraform-plan.sh <stack-dir> <environment> <plan-key> [plan args]}
environment=${2:?usage: terraform-plan.sh <stack-dir> <environment> <plan-key> [plan args]}
plan_key=${3:?usage: terraform-plan.sh <stack-dir> <environment> <plan-key> [plan args]}
shift 3

scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bucket=$(bash "$scripts/terraform-backend-bucket.sh" "$stack_dir" "$environment")

bash "$scripts/terraform-init.sh" "$stack_dir" -backend-config="env/$environment.s3.tfbackend"
# No state lock: the plan role only reads; applying a plan whose state has changed since fails ("stale plan").
terraform -chdir="$stack_dir" plan -input=false -lock=false -var-file="env/$environment.tfvars" -out=tfplan "$@"

shown=$(terraform -chdir="$stack_dir" show -no-color tfplan)
{
  echo "### terraform plan: $stack_dir ($environment)"
  echo '```'
  # The job summary holds at most 1 MiB; a service stack's plan is far below.
  head -c 900000 <<<"$shown"
  echo '```'
} >>"${GITHUB_STEP_SUMMARY:-/dev/stdout}"

aws s3 cp --only-show-errors --sse AES256 "$stack_dir/tfplan" "s3://$bucket/plans/$plan_key"
echo "plan stored at s3://$bucket/plans/$plan_key"
