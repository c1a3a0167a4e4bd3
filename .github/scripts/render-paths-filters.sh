#!/usr/bin/env bash
# Prints the path filters paths-filter.sh evaluates (dorny/paths-filter's format), derived from the root pom's module list:
#   build-<service>   the service's folder and everything its Maven build and CI depend on
#   deploy-<service>  the same without test support (test-scoped modules), plus its Terraform stack, the shared
#                     Terraform modules, the stack files every stack links (platform-terraform/service-stack) and its
#                     post-deploy load check (load-tests/), except the files release-please writes into the service's
#                     folder (a release is a record, not a change) and other services' simulations
#   suite             what the end-to-end test of ./suite runs: the launcher, every service and what they build with
#   terraform         anything the Terraform checks (fmt, validate, the platform-terraform module) read
#   render-paths-filters.sh build    build-*, suite and terraform, for paths-filter's default quantifier (some)
#   render-paths-filters.sh deploy   deploy-*, for predicate-quantifier: every (one positive pattern, then exclusions)
#   render-paths-filters.sh          both (what check-consistency.sh reads)
# A new service module in the root pom gets its filters without editing this script.
set -euo pipefail

scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$scripts/../.." && pwd)
services=$(bash "$scripts/pom-modules.sh" services)
shared=$(bash "$scripts/pom-modules.sh" shared)

ci_files=(".github/workflows/**" ".github/scripts/**" ".github/actions/**")
# Every image copies the JVM flags of jvm/service-jvm.options and writes its AppCDS archive with jvm/app-cds.sh: a
# change under jvm/ rebuilds and redeploys every service.
build_deps=("pom.xml" "build-parent/**" ".mvn/**" "mvnw" "jvm/**")
while IFS= read -r module; do
  build_deps+=("$module/**")
done <<<"$shared"
build_deps+=("${ci_files[@]}")
# Only modules a service depends on count (pom-modules.sh), so tools beside the services (suite-launcher) are in
# no service's filters; and a change to test support reruns the services' tests but deploys nothing.
deploy_deps=("pom.xml" "build-parent/**" ".mvn/**" "mvnw" "jvm/**")
while IFS= read -r module; do
  if [ -n "$module" ]; then deploy_deps+=("$module/**"); fi
done < <(bash "$scripts/pom-modules.sh" runtime)
deploy_deps+=("${ci_files[@]}")

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
  filter suite "suite" "suite-launcher/**" "*-service/**" "${build_deps[@]}"
  # The platform-terraform module's tests also read the root pom's services, their application.properties,
  # Dockerfiles and DynamoDB tables, and the Kubernetes manifests.
  filter terraform "platform-terraform/**" "platform-k8s/**" "jvm/**" "pom.xml" "build-parent/**" ".mvn/**" "mvnw" \
    "*-service/src/main/resources/application.properties" "*-service/src/main/resources/dynamodb/**" \
    "*-service/src/main/docker/**" "${ci_files[@]}"
}

# Evaluated with predicate-quantifier: every, so a file counts only if it matches the first pattern and none
# of the exclusions (with the default quantifier an exclusion would match every other file instead).
# The post-deploy load check of a service runs its simulation (load-tests/simulations.tsv) with the load-tests
# module's shared code: a change to its own simulation redeploys the service (so the check runs), a change to
# another service's simulation does not, a change to anything else under load-tests/ redeploys every service.
simulation_file() {
  local class
  class=$(awk -F'\t' -v s="$1" '$1 == s { print $2 }' "$root/load-tests/simulations.tsv")
  if [ -n "$class" ]; then printf 'load-tests/src/test/java/%s.java\n' "${class//.//}"; fi
}

render_deploy() {
  local exclusions file other
  while IFS= read -r service; do
    exclusions=()
    for file in "${release_files[@]}"; do exclusions+=("!$service/$file"); done
    while IFS= read -r other; do
      if [ "$other" != "$service" ] && file=$(simulation_file "$other") && [ -n "$file" ]; then exclusions+=("!$file"); fi
    done <<<"$services"
    filter "deploy-$service" "$(any_of "$service/**" "${deploy_deps[@]}" "load-tests/**" \
      "platform-terraform/stacks/$service/**" "platform-terraform/service-stack/**" "platform-terraform/modules/**")" \
      "${exclusions[@]}"
  done <<<"$services"
}

case "${1:-all}" in
  build) render_build ;;
  deploy) render_deploy ;;
  all) render_build && render_deploy ;;
  *) echo "usage: render-paths-filters.sh [build|deploy]" >&2; exit 2 ;;
esac
