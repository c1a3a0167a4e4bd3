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

# XML comments are dropped first so a commented-out <module> does not count.
modules=$(awk '
  { text = text $0 "\n" }
  END {
    while ((start = index(text, "<!--")) > 0) {
      rest = substr(text, start + 4)
      stop = index(rest, "-->")
      if (stop == 0) { text = substr(text, 1, start - 1); break }
      text = substr(text, 1, start - 1) substr(rest, stop + 3)
    }
    while (match(text, /<module>[^<]*<\/module>/)) {
      name = substr(text, RSTART + 8, RLENGTH - 17)
      gsub(/^[ \t\r\n]+|[ \t\r\n]+$/, "", name)
      print name
      text = substr(text, RSTART + RLENGTH)
    }
  }' "$root/pom.xml")

if [ -z "$modules" ]; then
  echo "pom-modules.sh: no <module> found in $root/pom.xml" >&2
  exit 1
fi

services=$(printf '%s\n' "$modules" | grep -E -e '-service$')

# The artifactIds a module's pom depends on, one a line; with "runtime", test-scoped ones left out.
# (One element per line, as every pom here is written.)
dependencies_of() {
  awk -v runtime="$2" '
    /<dependency>/ { inside = 1; artifact = ""; scope = "" }
    inside && /<artifactId>/ { artifact = $0; gsub(/.*<artifactId>|<\/artifactId>.*/, "", artifact) }
    inside && /<scope>/ { scope = $0; gsub(/.*<scope>|<\/scope>.*/, "", scope) }
    /<\/dependency>/ { if (!(runtime && scope == "test")) print artifact; inside = 0 }
  ' "$root/$1/pom.xml"
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
