#!/usr/bin/env bash
# Prints every Terraform root and module folder, one a line, relative to the repository root:
# each folder under platform-terraform/stacks/ and platform-terraform/modules/, and the bootstrap
# folder (state bucket, deploy role), that holds a *.tf file.
# Read from disk, so a new stack is validated and watched by Dependabot without editing any list.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"

for dir in platform-terraform/bootstrap/ platform-terraform/stacks/*/ platform-terraform/modules/*/; do
  dir=${dir%/}
  # An unmatched glob stays literal; a folder without *.tf is not a Terraform configuration (yet).
  if compgen -G "$dir/*.tf" >/dev/null; then
    printf '%s\n' "$dir"
  fi
done
