#!/usr/bin/env bash
# Applies the saved plan terraform-plan.sh stored, unchanged: what the reviewer approved is what happens.
#   terraform-apply-plan.sh <stack-dir> <environment> <plan-key>
set -euo pipefail

stack_dir=${1:?usage: terraform-apply-plan.sh <stack-dir> <environment> <plan-key>}
environment=${2:?usage: terraform-apply-plan.sh <stack-dir> <environment> <plan-key>}
plan_key=${3:?usage: terraform-apply-plan.sh <stack-dir> <environment> <plan-key>}

scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bucket=$(bash "$scripts/terraform-backend-bucket.sh" "$stack_dir" "$environment")

bash "$scripts/terraform-init.sh" "$stack_dir" -backend-config="env/$environment.s3.tfbackend"
aws s3 cp --only-show-errors "s3://$bucket/plans/$plan_key" "$stack_dir/tfplan"
# A saved plan carries its variables; Terraform refuses it if the state changed since it was made.
terraform -chdir="$stack_dir" apply -input=false tfplan
