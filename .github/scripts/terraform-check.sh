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
# the data dir of each folder, the plugin cache (registry only) and one log per folder. A stack's tests get its
# env/dev.tfvars. TF_CHECK_JOBS folders run at once (2; 1 and 3 took the same CPU, 1 twice the time).
# The 12 folders on 2 cores (2026-12-08): 80-100 CPU-s and 45-55 s before the provider was started once per folder
# (test_dir), with GOGC=400 and no plugin cache for the mirror; now 32-42 CPU-s and about 20 s.
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
mkdir -p "$work/logs"

# Nothing from the user's own Terraform configuration, no version check-point call, no prompts.
export TF_CLI_CONFIG_FILE=/dev/null CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1 TF_INPUT=0
# Never a provider from the caller's environment: init skips a reattached provider (no lock check) and the tests
# must run against the one this script starts (test_dir).
unset TF_REATTACH_PROVIDERS
# Terraform and the provider are Go programs that build large schemas (the AWS provider's, about 1,500 resource
# types) in a few seconds of life, collecting garbage again and again as the heap grows with the default GOGC=100.
# GOGC=400 (inherited by init, test and the providers) cut a folder's CPU by 30 % (people-info-service: 6.2 -> 4.4
# CPU-s) for about 60 MB more peak memory per process; 800 was no better, GOGC=off added more system time (page
# faults) than it saved and took 1.4 GB per process; GOMAXPROCS=1 changed nothing. A GOGC of the caller's wins.
export GOGC=${GOGC:-400}

# The plugin cache only for the registry, where it saves a download per folder. From the mirror, init links each
# folder's data dir to the mirror itself; through a cache it hashed the 700 MB provider once more (an empty data
# dir's init: 1.5 instead of 1.0 CPU-s), and the cache had to be filled by one folder alone (below).
if [ -d "$mirror/registry.terraform.io" ]; then
  echo "..   providers from the filesystem mirror $mirror"
  unset TF_PLUGIN_CACHE_DIR
else
  echo "..   providers from the registry (no filesystem mirror at $mirror)"
  mkdir -p "$work/plugin-cache"
  export TF_PLUGIN_CACHE_DIR=$work/plugin-cache
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

# Runs `terraform test` in a folder that init has just prepared, against provider processes started here once for
# the whole folder instead of the one Terraform starts for every graph walk. Terraform starts the provider again for
# each run block's validate, plan and apply and for each teardown (133 starts over the 12 folders, 42 CPU-s: the
# AWS provider is a 700 MB binary that builds its schemas before it answers anything), and every `terraform test`
# hashes that binary again against the lock (0.4 CPU-s). With one process per folder (and GOGC=400): 12 starts,
# 7 CPU-s, and Terraform's own share of the tests fell from 43 to 19 CPU-s. Started here in the provider's debug
# mode (-debug: it serves until stopped) and handed to Terraform with TF_REATTACH_PROVIDERS, the provider serves
# every walk, and Terraform neither starts nor hashes it. Nothing of the check is lost: the binary is the one this
# folder's init installed a moment ago into TF_DATA_DIR and checked against the committed lock (version and hash),
# the tests still get the provider's own schema and argument validation (every provider is mocked: nothing is
# configured, so nothing is shared between run blocks that a fresh process would have forgotten), and one process
# per folder keeps the folders apart. A provider that does not serve in debug mode (no reattach line) is left to
# Terraform as before. A subshell: TF_REATTACH_PROVIDERS must never reach another folder's init (init skips a
# reattached provider), and its EXIT trap stops the providers whatever happens. errexit does not apply here
# (called in an && list).
test_dir() (
  dir=$1
  shift
  pids=() served=() outs=() reattach=()
  # SIGINT: the provider's debug mode then stops cleanly and removes its socket (SIGTERM left one in /tmp for each
  # folder). SIGKILL for one still there after 10 s: a provider still starting ignores SIGINT (inherited from this
  # non-interactive shell until its handler is in place). Waited for, so that its CPU time counts as the script's.
  # (|| true: a folder run by the script's own shell, the first one with a plugin cache, is under its errexit, which
  # applies inside a trap.)
  trap 'kill -INT "${pids[@]}" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do kill -0 "${pids[@]}" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "${pids[@]}" 2>/dev/null || true
    wait' EXIT
  # "address version" for each provider of the lock file, e.g. registry.terraform.io/hashicorp/aws 5.100.0.
  while read -r addr version; do
    bins=("$TF_DATA_DIR/providers/$addr/$version"/*/terraform-provider-*)
    if [ "${#bins[@]}" -ne 1 ] || [ ! -x "${bins[0]}" ]; then continue; fi
    out="$work/logs/${dir//\//_}.${addr//\//_}.log"
    # Emptied here, not by the background command's own redirection, which may come after the first read below:
    # a previous run's reattach line sent Terraform to a dead socket.
    : >"$out"
    # TF_LOG_SDK=off: in debug mode the provider's SDK logs at trace level, 1.4 MB for one schema request.
    TF_LOG_SDK=off "${bins[0]}" -debug >>"$out" 2>&1 &
    pid=$!
    pids+=("$pid")
    line=
    for ((i = 0; i < 600; i++)); do
      line=$(sed -n "s/^[[:space:]]*TF_REATTACH_PROVIDERS='{\(.*\"Pid\":$pid,.*\)}'\$/\1/p" "$out")
      if [ -n "$line" ] || ! kill -0 "$pid" 2>/dev/null; then break; fi
      sleep 0.1
    done
    if [ -n "$line" ]; then
      served+=("$pid") outs+=("$out") reattach+=("$line")
    fi
  done < <(sed -n -e 's/^provider "\(.*\)" {$/\1/p' -e 's/^  version *= *"\(.*\)"$/\1/p' \
    "$dir/.terraform.lock.hcl" | paste - -)
  if [ "${#reattach[@]}" -gt 0 ]; then
    TF_REATTACH_PROVIDERS="{$(IFS=,; echo "${reattach[*]}")}"
    export TF_REATTACH_PROVIDERS
  fi
  status=0
  terraform -chdir="$dir" test -no-color "$@" || status=$?
  # A provider that died under the tests (a panic) says why in its own output.
  for i in "${!served[@]}"; do
    if ! kill -0 "${served[$i]}" 2>/dev/null; then
      echo "The provider process exited during the tests; its output (${outs[$i]}):"
      cat "${outs[$i]}"
      status=1
    fi
  done
  exit "$status"
)
export -f test_dir

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
      && test_dir "$dir" "${test_args[@]}"
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

# With a plugin cache the first folder runs alone: it fills the cache, which Terraform does not guard against
# concurrent inits (two inits filling an empty cache at once failed with "mkdir ...: file exists"). The rest run in
# parallel; xargs exits non-zero when any folder failed, and every folder is still checked.
failed=0
rest=$dirs
if [ -n "${TF_PLUGIN_CACHE_DIR:-}" ]; then
  run_one "$(head -n 1 <<<"$dirs")" || failed=1
  rest=$(tail -n +2 <<<"$dirs")
fi
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
