#!/usr/bin/env bash
# The one way this repository runs `terraform init`: against the committed .terraform.lock.hcl (-lockfile=readonly:
# exactly the provider versions and hashes committed, never a newer one on the way to production), with the
# providers from the filesystem mirror TF_PROVIDER_MIRROR (default /opt/tf-plugins) when it exists, else from the
# registry (GitHub's runners). A provider that cannot be installed fails here.
#   terraform-init.sh <dir> [init arguments, e.g. -backend=false or -backend-config=env/dev.s3.tfbackend]
set -euo pipefail

dir=${1:?usage: terraform-init.sh <dir> [init arguments]}
shift
mirror=${TF_PROVIDER_MIRROR:-/opt/tf-plugins}

if [ ! -f "$dir/.terraform.lock.hcl" ]; then
  echo "FAIL $dir/.terraform.lock.hcl is not committed: create it with" \
    "terraform -chdir=$dir providers lock -fs-mirror=$mirror -platform=linux_amd64 (docs/deploy.md)" >&2
  exit 1
fi
source_args=()
if [ -d "$mirror/registry.terraform.io" ]; then
  source_args=("-plugin-dir=$mirror")
fi
terraform -chdir="$dir" init -input=false -lockfile=readonly ${source_args[@]+"${source_args[@]}"} "$@"
