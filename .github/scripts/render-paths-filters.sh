#!/usr/bin/env bash
# Prints the dorny/paths-filter filters, derived from the root pom's module list:
#   build-<service>   the service's folder and everything its Maven build and CI depend on
#   deploy-<service>  the same plus its Terraform stack and the shared Terraform modules
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

filter() {
  local name=$1
  shift
  printf '%s:\n' "$name"
  printf "  - '%s'\n" "$@"
}

while IFS= read -r service; do
  filter "build-$service" "$service/**" "${build_deps[@]}"
  filter "deploy-$service" "$service/**" "${build_deps[@]}" \
    "platform-terraform/stacks/$service/**" "platform-terraform/modules/**"
done <<<"$services"
# The platform-terraform module's tests also read the root pom's services and their application.properties.
filter terraform "platform-terraform/**" "pom.xml" ".mvn/**" "mvnw" \
  "*-service/src/main/resources/application.properties" "${ci_files[@]}"
