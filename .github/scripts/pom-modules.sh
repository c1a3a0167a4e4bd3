#!/usr/bin/env bash
# Prints the modules of the root pom.xml, one a line: the single list CI, deploys and releases derive from.
#   pom-modules.sh            every module
#   pom-modules.sh services   modules whose name ends in -service
#   pom-modules.sh shared     modules every service may depend on (neither a service nor the Terraform folder)
# The list is read by the suite's one reader, local-backends' PomModules (also used by the suite launcher and the
# Terraform checks), run as a single-file Java program: any JDK 11+ on the PATH, no build needed.
# POM_MODULES_POM names another pom to read (the reader's tests use it).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
pom=${POM_MODULES_POM:-$root/pom.xml}

case "${1:-all}" in
  all | services | shared) ;;
  *) echo "usage: pom-modules.sh [all|services|shared]" >&2; exit 2 ;;
esac

exec java "$root/local-backends/src/main/java/io/cloudsuite/backends/suite/PomModules.java" "$pom" "${1:-all}"
