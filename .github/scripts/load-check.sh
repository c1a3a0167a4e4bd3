#!/usr/bin/env bash
# Post-deploy load check: runs the service's Gatling simulation against the environment just deployed and fails
# (non-zero) when its SLO assertions fail, as the bullets seed's pipeline did after every deploy.
#   load-check.sh <service> <environment> <base-url>
# The simulation and its parameters come from load-tests/simulations.tsv: the "production" column in production
# (short, low rate, read-only: no bullet fired, no person created, no stream started), the "dev" column anywhere
# else (the seed's rate, e.g. bullets 1,000 req/s for 60 s). konnichiwa needs its API key in LOAD_API_KEY.
set -euo pipefail

service=${1:?usage: load-check.sh <service> <environment> <base-url>}
environment=${2:?usage: load-check.sh <service> <environment> <base-url>}
base_url=${3:?usage: load-check.sh <service> <environment> <base-url>}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

line=$(awk -F'\t' -v s="$service" '$1 == s' "$root/load-tests/simulations.tsv")
if [ -z "$line" ]; then
  echo "FAIL no simulation for $service in load-tests/simulations.tsv" >&2
  exit 1
fi
IFS=$'\t' read -r _ simulation _ dev production _ <<<"$line"
if [ "$environment" = production ]; then
  parameters=$production
else
  parameters=$dev
fi

properties=("-Dgatling.simulationClass=$simulation" "-Dload.base-url=${base_url%/}")
if [ "$parameters" != "-" ]; then
  for pair in $parameters; do
    properties+=("-Dload.$pair")
  done
fi

echo "Load check of $service in $environment at $base_url: $simulation with: $parameters"
cd "$root"
# -DskipTests: the shared modules' tests and the local smoke run already ran in CI; the simulations still compile.
./mvnw -B -pl load-tests -am verify -Pload-check -DskipTests -DskipWorkflowChecks "${properties[@]}"
