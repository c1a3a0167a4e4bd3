#!/usr/bin/env bash
# Every Terraform root (the bootstrap and each stack, see terraform-dirs.sh) must commit a .terraform.lock.hcl
# that pins its providers for the platforms CI and developers run Terraform on. For each root: init with the
# committed lock (fails when the lock no longer satisfies the version constraints), `terraform providers lock`
# for those platforms, then compare with what is committed. Fails listing every missing or stale lock, and
# leaves the fresh files under LOCKS_OUT (default: $RUNNER_TEMP/terraform-locks, else ./target/terraform-locks)
# with the same relative paths, so the first run on GitHub says exactly what to commit.
# Needs the providers' registry: runs in GitHub Actions, not on the offline build machines.
set -euo pipefail

scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$scripts/../.."

platforms=(-platform=linux_amd64 -platform=linux_arm64 -platform=darwin_amd64 -platform=darwin_arm64)
out=${LOCKS_OUT:-${RUNNER_TEMP:-$PWD/target}/terraform-locks}
mkdir -p "$out"

failed=()
while IFS= read -r dir; do
  case "$dir" in
    platform-terraform/modules/*) continue ;; # modules are locked by the roots that call them
  esac
  lock="$dir/.terraform.lock.hcl"
  committed=$(mktemp)
  if [ -f "$lock" ]; then cp "$lock" "$committed"; else : >"$committed"; fi

  if ! terraform -chdir="$dir" init -backend=false -input=false >/dev/null; then
    echo "FAIL $lock does not satisfy the version constraints of $dir (delete it and re-run to see the fresh one)"
    failed+=("$dir")
    continue
  fi
  terraform -chdir="$dir" providers lock "${platforms[@]}" >/dev/null
  mkdir -p "$out/$dir"
  cp "$lock" "$out/$dir/.terraform.lock.hcl"

  if [ ! -s "$committed" ]; then
    echo "FAIL $lock is not committed; commit this file:"
    cat "$lock"
    failed+=("$dir")
  elif ! diff -u "$committed" "$lock"; then
    echo "FAIL $lock is stale (missing platforms or providers, diff above): commit the fresh file"
    failed+=("$dir")
  else
    echo "ok   $lock"
  fi
  # Leave the working tree as committed: the fresh file is under $out.
  if [ -s "$committed" ]; then cp "$committed" "$lock"; else rm -f "$lock"; fi
  rm -f "$committed"
done < <(bash "$scripts/terraform-dirs.sh")

if [ "${#failed[@]}" -gt 0 ]; then
  echo "FAIL provider lock files missing or stale in: ${failed[*]} (fresh files under $out)" >&2
  exit 1
fi
