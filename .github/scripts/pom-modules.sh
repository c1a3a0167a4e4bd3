#!/usr/bin/env bash
# Prints the modules of the root pom.xml, one a line: the single list CI, deploys and releases derive from.
#   pom-modules.sh            every module
#   pom-modules.sh services   modules whose name ends in -service
#   pom-modules.sh shared     modules every service may depend on (neither a service nor the Terraform folder)
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

case "${1:-all}" in
  all) printf '%s\n' "$modules" ;;
  services) printf '%s\n' "$modules" | grep -E -e '-service$' ;;
  shared) printf '%s\n' "$modules" | grep -v -E -e '-service$' | grep -v -x -e "$terraform_module" ;;
  *) echo "usage: pom-modules.sh [all|services|shared]" >&2; exit 2 ;;
esac
