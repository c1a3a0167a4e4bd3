#!/usr/bin/env bash
# Prints the modules of the root pom.xml, one a line: the single list CI, deploys and releases derive from.
#   pom-modules.sh            every module
#   pom-modules.sh services   modules whose name ends in -service
#   pom-modules.sh shared     modules the services build with: those a service's pom names as a dependency, and
#                             theirs in turn (so tools beside the services, e.g. suite-launcher, are not shared)
#   pom-modules.sh runtime    the shared modules reached without test-scoped dependencies: what a service's
#                             package can contain (service-testing is not: changing it reruns tests, no deploy)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# The Terraform folder is a Maven test module too, but no service build depends on it.
terraform_module=platform-terraform

# The module list comes from the suite's one reader, local-backends' PomModules, run as a single-file Java program
# (any JDK 11+ on the PATH, no build needed); POM_MODULES_POM names another pom to read (the reader's tests use it).
pom=${POM_MODULES_POM:-$root/pom.xml}
modules=$(java "$root/local-backends/src/main/java/io/cloudsuite/backends/suite/PomModules.java" "$pom" all)
module_root=$(dirname "$pom")

services=$(printf '%s\n' "$modules" | grep -E -e '-service$')

# The artifactIds a module's pom depends on, one a line; with "runtime", test-scoped ones left out.
# (One element per line, as every pom here is written.)
dependencies_of() {
  awk -v runtime="$2" '
    /<dependency>/ { inside = 1; artifact = ""; scope = "" }
    inside && /<artifactId>/ { artifact = $0; gsub(/.*<artifactId>|<\/artifactId>.*/, "", artifact) }
    inside && /<scope>/ { scope = $0; gsub(/.*<scope>|<\/scope>.*/, "", scope) }
    /<\/dependency>/ { if (!(runtime && scope == "test")) print artifact; inside = 0 }
  ' "$module_root/$1/pom.xml"
}

# The non-service modules the services reach through their dependencies, in the root pom's order.
reached_by_services() {
  local runtime=$1 reached="" frontier next module
  frontier=$services
  while [ -n "$frontier" ]; do
    next=""
    while IFS= read -r module; do
      next+=$(dependencies_of "$module" "$runtime")$'\n'
    done <<<"$frontier"
    frontier=""
    while IFS= read -r module; do
      if grep -qxF -e "$module" <<<"$next" && ! grep -qxF -e "$module" <<<"$reached"; then
        reached+="$module"$'\n'
        frontier+="$module"$'\n'
      fi
    done < <(printf '%s\n' "$modules" | grep -v -E -e '-service$' | grep -v -x -e "$terraform_module")
    frontier=${frontier%$'\n'}
  done
  if [ -n "$reached" ]; then
    printf '%s\n' "$modules" | grep -xF -f <(printf '%s' "$reached")
  fi
}

case "${1:-all}" in
  all) printf '%s\n' "$modules" ;;
  services) printf '%s\n' "$services" ;;
  shared) reached_by_services "" ;;
  runtime) reached_by_services 1 ;;
  *) echo "usage: pom-modules.sh [all|services|shared|runtime]" >&2; exit 2 ;;
esac
