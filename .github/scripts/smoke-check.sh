#!/usr/bin/env bash
# Post-deploy smoke check: fails the deploy unless the service at BASE_URL answers its own real call with 200.
#   smoke-check.sh <service> <base-url>
# The service must be a service of the root pom (pom-modules.sh, the one list), and its real call is its own:
# `suite.smoke-check.path` in <service>/src/main/resources/application.properties, a GET answered with 200
# and without side effects. check-consistency.sh fails while a service of the pom does not declare one.
set -euo pipefail

service=${1:?usage: smoke-check.sh <service> <base-url>}
base_url=${2:?usage: smoke-check.sh <service> <base-url>}
base_url=${base_url%/}

scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if ! bash "$scripts/pom-modules.sh" services | grep -qxF -e "$service"; then
  echo "FAIL '$service' is not a service module of the root pom.xml" >&2
  exit 1
fi
api_call=$(bash "$scripts/smoke-path.sh" "$service")

# The apply waited for a steady ECS service whose target group probes readiness on the management port (health
# is not served on the public port), but a new load balancer's DNS name can take a few minutes to resolve: the
# service's own call is retried until it answers 200.
attempts=${SMOKE_ATTEMPTS:-30}
delay=${SMOKE_DELAY_SECONDS:-10}

# Prints the HTTP status, or 000 when nothing answered (curl then fails: a result here, not an error).
status_of() {
  local code
  if code=$(curl --silent --output /dev/null --write-out '%{http_code}' --max-time 10 "$base_url$1"); then
    :
  fi
  printf '%s' "${code:-000}"
}

for ((i = 1; i <= attempts; i++)); do
  status=$(status_of "$api_call")
  if [ "$status" = 200 ]; then
    echo "ok  GET $base_url$api_call -> 200 (attempt $i)"
    exit 0
  fi
  echo "..  GET $base_url$api_call -> $status (attempt $i of $attempts)"
  sleep "$delay"
done
echo "FAIL GET $base_url$api_call never answered 200: $service is not serving at $base_url" >&2
exit 1
