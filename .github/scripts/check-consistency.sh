#!/usr/bin/env bash
# Checks that CI, releases and Dependabot cover what exists: every service module of the root pom and
# every Terraform folder on disk. Prints one line per check; exits 1 if any failed.
set -euo pipefail

scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$scripts/../.."

failures=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

services=$(bash "$scripts/pom-modules.sh" services)
pass "root pom.xml lists services: ${services//$'\n'/ }"

filters=$(bash "$scripts/render-paths-filters.sh")
release_config=.github/release-please-config.json
manifest=.github/release-please-manifest.json
dependabot=.github/dependabot.yml

while IFS= read -r service; do
  if grep -qx "build-$service:" <<<"$filters" && grep -qx "deploy-$service:" <<<"$filters"; then
    pass "$service has CI paths filters build-$service and deploy-$service"
  else
    fail "$service is missing from the paths filters rendered by render-paths-filters.sh"
  fi
  if grep -q "\"$service\": { \"component\": \"$service\" }" "$release_config"; then
    pass "$service is a release-please package (tags $service-v<version>)"
  else
    fail "$service is not a package in $release_config"
  fi
  if [ -f "$service/src/main/docker/Dockerfile.jvm" ]; then
    pass "$service has the image recipe the deploy builds ($service/src/main/docker/Dockerfile.jvm)"
  else
    fail "$service has no $service/src/main/docker/Dockerfile.jvm for the deploy to build"
  fi
  if smoke_path=$(bash "$scripts/smoke-path.sh" "$service" 2>&1); then
    pass "$service declares its post-deploy smoke call (GET $smoke_path)"
  else
    fail "$smoke_path"
  fi
  missing=()
  for file in env/dev.s3.tfbackend env/dev.tfvars env/production.s3.tfbackend env/production.tfvars; do
    if [ ! -f "platform-terraform/stacks/$service/$file" ]; then missing+=("$file"); fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    pass "$service has the Terraform stack the deploy applies (platform-terraform/stacks/$service, dev and production)"
  else
    fail "$service: platform-terraform/stacks/$service lacks ${missing[*]} for the deploy to apply"
  fi
done <<<"$services"

# Third-party actions run with the job's token (and, in deploys, its AWS role): each is pinned to a full commit
# SHA, its version in a comment, so Dependabot can propose updates and a moved tag cannot change what runs.
unpinned=$(grep -nE '^[[:space:]]*(-[[:space:]]+)?uses:' .github/workflows/*.yml .github/actions/*/action.yml \
  | grep -vE 'uses:[[:space:]]+\./' | grep -vE 'uses:[[:space:]]+[^@[:space:]]+@[0-9a-f]{40}[[:space:]]+#[[:space:]]+v[0-9]' \
  || [ $? -eq 1 ])
if [ -z "$unpinned" ]; then
  pass "every third-party action is pinned by commit SHA with its version in a comment"
else
  fail "actions not pinned by commit SHA (uses: owner/repo@<40 hex> # vX.Y.Z):"$'\n'"$unpinned"
fi

if diff -u "$release_config" <(bash "$scripts/render-release-please-config.sh"); then
  pass "$release_config matches render-release-please-config.sh"
else
  fail "$release_config is stale: bash .github/scripts/render-release-please-config.sh > $release_config"
fi

# release-please adds a service to the manifest at its first release; a key for no service is a leftover.
if [ ! -f "$manifest" ]; then
  fail "$manifest is missing (start it as {})"
else
  stale=()
  while IFS= read -r key; do
    if ! grep -qxF -e "$key" <<<"$services"; then stale+=("$key"); fi
  done < <(grep -o '"[^"]*"[[:space:]]*:' "$manifest" | sed -E 's/^"([^"]*)".*/\1/')
  if [ "${#stale[@]}" -eq 0 ]; then
    pass "$manifest names only services of the root pom"
  else
    fail "$manifest names modules that are not services of the root pom: ${stale[*]}"
  fi
fi

while IFS= read -r dir; do
  if grep -qx "      - /$dir" "$dependabot"; then
    pass "$dependabot watches Terraform folder $dir"
  else
    fail "$dependabot does not watch Terraform folder $dir"
  fi
done < <(bash "$scripts/terraform-dirs.sh")

if diff -u "$dependabot" <(bash "$scripts/render-dependabot.sh"); then
  pass "$dependabot matches render-dependabot.sh"
else
  fail "$dependabot is stale: bash .github/scripts/render-dependabot.sh > $dependabot"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures consistency check(s) failed" >&2
  exit 1
fi
