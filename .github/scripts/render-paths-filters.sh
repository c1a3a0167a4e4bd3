#!/usr/bin/env bash
# Prints the dorny/paths-filter filters, derived from the root pom's module list:
#   build-<service>   the service's folder and everything its Maven build and CI depend on
#   deploy-<service>  the same plus its Terraform stack and the shared Terraform modules, except the files
#                     release-please writes into the service's folder (a release is a record, not a change)
#   terraform         anything the Terraform checks (fmt, validate, the platform-terraform module) read
#   render-paths-filters.sh build    build-* and terraform, for paths-filter's default quantifier (some)
#   render-paths-filters.sh deploy   deploy-*, for predicate-quantifier: every (one positive pattern, then exclusions)
#   render-paths-filters.sh          both (what check-consistency.sh reads)
# A new service module in the root pom gets its filters without editing this script.
set -euo pipefail

scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
services=$(bash "$scripts/pom-modules.sh" services)
shared=$(bash "$scripts/pom-modules.sh" shared)

ci_files=(".github/workflows/**" ".github/scripts/**" ".github/actions/**")
build_deps=("pom.xml" ".mvn/**" "mvnw")
while IFS= read -r module; do
  build_deps+=("$module/**")
done <<<"$shared"
build_deps+=("${ci_files[@]}")

filter() {
  local name=$1
  shift
  printf '%s:\n' "$name"
  printf "  - '%s'\n" "$@"
}

# Written by release-please's "simple" strategy into each package (service) folder on a release.
release_files=(CHANGELOG.md version.txt)

# One picomatch brace pattern from several globs: {a/**,b}.
any_of() {
  local IFS=,
  printf '{%s}' "$*"
}

render_build() {
  while IFS= read -r service; do
    filter "build-$service" "$service/**" "${build_deps[@]}"
  done <<<"$services"
  # The platform-terraform module's tests also read the root pom's services, their application.properties,
  # Dockerfiles and DynamoDB tables, and the Kubernetes manifests.
  filter terraform "platform-terraform/**" "platform-k8s/**" "pom.xml" ".mvn/**" "mvnw" \
    "*-service/src/main/resources/application.properties" "*-service/src/main/resources/dynamodb/**" \
    "*-service/src/main/docker/**" "${ci_files[@]}"
}

# Evaluated with predicate-quantifier: every, so a file counts only if it matches the first pattern and none
# of the exclusions (with the default quantifier an exclusion would match every other file instead).
render_deploy() {
  local exclusions file
  while IFS= read -r service; do
    exclusions=()
    for file in "${release_files[@]}"; do exclusions+=("!$service/$file"); done
    filter "deploy-$service" "$(any_of "$service/**" "${build_deps[@]}" \
      "platform-terraform/stacks/$service/**" "platform-terraform/modules/**")" "${exclusions[@]}"
  done <<<"$services"
}

case "${1:-all}" in
  build) render_build ;;
  deploy) render_deploy ;;
  all) render_build && render_deploy ;;
  *) echo "usage: render-paths-filters.sh [build|deploy]" >&2; exit 2 ;;
esac
