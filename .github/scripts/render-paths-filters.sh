#!/usr/bin/env bash
# Prints the dorny/paths-filter filters, derived from the root pom's module list:
#   build-<service>   the service's folder and everything its Maven build and CI depend on
#   deploy-<service>  the same, without test support (test-scoped modules), plus its Terraform stack and the shared
#                     Terraform modules
#   suite             what the end-to-end test of ./suite runs: the launcher, every service and what they build with
#   terraform         anything the Terraform checks (fmt, validate, the platform-terraform module) read
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
# Only modules a service depends on count (pom-modules.sh), so tools beside the services (suite-launcher) are in
# no service's filters; and a change to test support reruns the services' tests but deploys nothing.
deploy_deps=("pom.xml" ".mvn/**" "mvnw")
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

while IFS= read -r service; do
  filter "build-$service" "$service/**" "${build_deps[@]}"
  filter "deploy-$service" "$service/**" "${deploy_deps[@]}" \
    "platform-terraform/stacks/$service/**" "platform-terraform/modules/**"
done <<<"$services"
filter suite "suite" "suite-launcher/**" "*-service/**" "${build_deps[@]}"
# The platform-terraform module's tests also read the root pom's services and their application.properties.
filter terraform "platform-terraform/**" "pom.xml" ".mvn/**" "mvnw" \
  "*-service/src/main/resources/application.properties" "${ci_files[@]}"
