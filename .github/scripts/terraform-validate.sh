#!/usr/bin/env bash
# Offline-backend validation of every Terraform stack and module found on disk (see terraform-dirs.sh):
# fmt -check -recursive (its .tf and env/*.tfvars), init -backend=false and validate in each one.
# Only those folders: test fixtures of the platform-terraform module may be malformed on purpose.
# Checks every folder before failing, so one run lists all broken ones.
set -euo pipefail

scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$scripts/../.."

dirs=$(bash "$scripts/terraform-dirs.sh")
if [ -z "$dirs" ]; then
  echo "terraform-validate.sh: no Terraform folder under platform-terraform/stacks or platform-terraform/modules" >&2
  exit 1
fi

# Modules have no lock file of their own and the roots' lock files are checked by terraform-lock-check.sh:
# let every folder reuse the providers the first one downloaded into TF_PLUGIN_CACHE_DIR (set by the
# setup-terraform action) instead of downloading them again.
export TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE=true

failed=()
while IFS= read -r dir; do
  if terraform fmt -check -recursive -diff "$dir" \
    && terraform -chdir="$dir" init -backend=false -input=false >/dev/null \
    && terraform -chdir="$dir" validate; then
    echo "ok  terraform fmt, validate $dir"
  else
    failed+=("$dir")
  fi
done <<<"$dirs"

if [ "${#failed[@]}" -gt 0 ]; then
  echo "FAIL terraform checks: ${failed[*]}" >&2
  exit 1
fi
