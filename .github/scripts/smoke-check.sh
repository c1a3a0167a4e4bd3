#!/usr/bin/env bash
# Post-deploy smoke check: fails the deploy unless the service at BASE_URL is ready and answers one real call.
#   smoke-check.sh <service> <base-url>
# The real call per service lives in the table below; a new service adds one line, else GET /ping is used.
set -euo pipefail

service=${1:?usage: smoke-check.sh <service> <base-url>}
base_url=${2:?usage: smoke-check.sh <service> <base-url>}
base_url=${base_url%/}

# One real API call per service (a path answered with 200, no side effects).
case "$service" in
  bullets-service) api_call="/api/v1/player/fired_bullets" ;;
  mirror-clock-service) api_call="/api/v1/clock?mirror_time=12:22" ;;
  *) api_call="/ping" ;;
esac

# Terraform has waited for a steady ECS service, but a new load balancer's DNS name can take a
# few minutes to resolve, so readiness is retried; the API call is not.
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
  status=$(status_of /q/health/ready)
  if [ "$status" = 200 ]; then
    echo "ok  GET $base_url/q/health/ready -> 200 (attempt $i)"
    break
  fi
  echo "..  GET $base_url/q/health/ready -> $status (attempt $i of $attempts)"
  if [ "$i" -eq "$attempts" ]; then
    echo "FAIL $service is not ready at $base_url" >&2
    exit 1
  fi
  sleep "$delay"
done

status=$(status_of "$api_call")
if [ "$status" != 200 ]; then
  echo "FAIL GET $base_url$api_call -> $status, expected 200" >&2
  exit 1
fi
echo "ok  GET $base_url$api_call -> 200"
