#!/usr/bin/env bash
# Applies one Terraform stack to one environment with that environment's backend and variables.
#   terraform-apply.sh <stack-dir> <environment> [extra terraform apply arguments, e.g. -var image_tag=<sha>]
# Reads <stack-dir>/env/<environment>.s3.tfbackend and <stack-dir>/env/<environment>.tfvars.
set -euo pipefail

stack_dir=${1:?usage: terraform-apply.sh <stack-dir> <environment> [apply args]}
environment=${2:?usage: terraform-apply.sh <stack-dir> <environment> [apply args]}
shift 2

for file in "env/$environment.s3.tfbackend" "env/$environment.tfvars"; do
  if [ ! -f "$stack_dir/$file" ]; then
    echo "terraform-apply.sh: $stack_dir/$file is missing: environment '$environment' is not set up for this stack" >&2
    exit 1
  fi
done

# readonly: deploy exactly the provider versions and hashes committed in .terraform.lock.hcl (ci.yml's
# terraform-locks job keeps them complete); never pick a newer provider on the way to production.
terraform -chdir="$stack_dir" init -input=false -lockfile=readonly -backend-config="env/$environment.s3.tfbackend"
terraform -chdir="$stack_dir" apply -auto-approve -input=false -var-file="env/$environment.tfvars" "$@"
