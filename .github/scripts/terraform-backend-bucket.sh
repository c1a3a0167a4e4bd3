#!/usr/bin/env bash
# Prints the state bucket of a stack's environment, read from <stack-dir>/env/<environment>.s3.tfbackend.
#   terraform-backend-bucket.sh <stack-dir> <environment>
set -euo pipefail

stack_dir=${1:?usage: terraform-backend-bucket.sh <stack-dir> <environment>}
environment=${2:?usage: terraform-backend-bucket.sh <stack-dir> <environment>}
backend="$stack_dir/env/$environment.s3.tfbackend"

for file in "$backend" "$stack_dir/env/$environment.tfvars"; do
  if [ ! -f "$file" ]; then
    echo "terraform-backend-bucket.sh: $file is missing: environment '$environment' is not set up for this stack" >&2
    exit 1
  fi
done
bucket=$(sed -nE 's/^[[:space:]]*bucket[[:space:]]*=[[:space:]]*"([^"]+)".*/\1/p' "$backend")
if [ -z "$bucket" ]; then
  echo "terraform-backend-bucket.sh: no bucket = \"...\" in $backend" >&2
  exit 1
fi
printf '%s\n' "$bucket"
