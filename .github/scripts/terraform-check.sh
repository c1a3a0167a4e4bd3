#!/usr/bin/env bash
# Checks every Terraform root and module (terraform-dirs.sh) by running Terraform itself: fmt -check (its .tf,
# tests and env/*.tfvars), init -backend=false against the committed .terraform.lock.hcl, and `terraform test`,
# which validates the configuration first (mock providers: the provider's own schema and argument validation, no
# AWS account).
# Run by `./mvnw verify` (platform-terraform's TerraformCheckTest) and by ci.yml's terraform job.
#   terraform-check.sh [<dir>...]      default: every folder terraform-dirs.sh lists
# Providers: from the filesystem mirror TF_PROVIDER_MIRROR (default /opt/tf-plugins) when it holds them, else
# from the registry (GitHub's runners); either way the committed lock files must match. A provider that cannot
# be installed fails the check. Writes only under TF_CHECK_WORK (default platform-terraform/target/terraform):
# the data dir of each folder, the plugin cache and one log per folder. A stack's tests get its env/dev.tfvars. TF_CHECK_JOBS folders run at once (2).
set -euo pipefail

scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$scripts/../.." && pwd)
cd "$root"

if ! command -v terraform >/dev/null 2>&1; then
  echo "FAIL terraform is not on the PATH: install Terraform 1.11.4 (https://developer.hashicorp.com/terraform/install);" \
    "CI uses .github/actions/setup-terraform" >&2
  exit 1
fi

work=${TF_CHECK_WORK:-$root/platform-terraform/target/terraform}
mirror=${TF_PROVIDER_MIRROR:-/opt/tf-plugins}
jobs=${TF_CHECK_JOBS:-2}
mkdir -p "$work/logs" "$work/plugin-cache"

# Nothing from the user's own Terraform configuration, no version check-point call, no prompts.
export TF_CLI_CONFIG_FILE=/dev/null CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1 TF_INPUT=0
export TF_PLUGIN_CACHE_DIR=$work/plugin-cache

if [ -d "$mirror/registry.terraform.io" ]; then
  echo "..   providers from the filesystem mirror $mirror"
else
  echo "..   providers from the registry (no filesystem mirror at $mirror)"
fi

if [ "$#" -gt 0 ]; then
  dirs=$(printf '%s\n' "$@")
else
  dirs=$(bash "$scripts/terraform-dirs.sh")
fi
if [ -z "$dirs" ]; then
  echo "FAIL no Terraform folder to check" >&2
  exit 1
fi

# Checks one folder; its output goes to its log, its verdict to stdout.
check_dir() {
  local dir=$1 log
  log="$work/logs/${dir//\//_}.log"
  export TF_DATA_DIR="$work/data/$dir"
  # A stack's tests start from its committed dev variables: what a real dev plan would be given.
  local test_args=()
  if [ -f "$dir/env/dev.tfvars" ]; then test_args=(-var-file=env/dev.tfvars); fi
  {
    terraform fmt -check -recursive -diff "$dir" \
      && bash "$scripts/terraform-init.sh" "$dir" -backend=false \
      && terraform -chdir="$dir" test -no-color "${test_args[@]}"
  } >"$log" 2>&1
}
export -f check_dir
export work mirror scripts TF_PROVIDER_MIRROR=$mirror

run_one() {
  local dir=$1 start=$SECONDS
  if check_dir "$dir"; then
    echo "ok   $dir: fmt, init, validate and test ($((SECONDS - start)) s)"
  else
    echo "FAIL $dir ($((SECONDS - start)) s):"
    sed 's/^/     /' "$work/logs/${dir//\//_}.log"
    return 1
  fi
}
export -f run_one

# The first folder runs alone: it fills the plugin cache, which Terraform does not guard against concurrent inits
# (two inits filling an empty cache at once failed with "mkdir ...: file exists"). The rest then run in parallel;
# xargs exits non-zero when any folder failed, and every folder is still checked.
first=$(head -n 1 <<<"$dirs")
rest=$(tail -n +2 <<<"$dirs")
failed=0
run_one "$first" || failed=1
# shellcheck disable=SC2016 # $1 is the inner bash's argument
if [ -n "$rest" ] && ! printf '%s\n' "$rest" | xargs -P "$jobs" -I{} bash -c 'run_one "$1"' _ {}; then
  failed=1
fi
if [ "$failed" -eq 0 ]; then
  echo "ok   terraform checks: $(wc -l <<<"$dirs") folder(s)"
else
  echo "FAIL terraform checks: see the folders marked FAIL above" >&2
  exit 1
fi
