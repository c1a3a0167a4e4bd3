#!/usr/bin/env bash
# Prints the API key konnichiwa's post-deploy load check sends: the first key of the environment's own secret
# cloudsuite/<environment>/konnichiwa/api-keys (KONNICHIWA_API_KEYS, comma-separated), which the running tasks
# accept. Masked in the job's log. Other services' load checks need no key (prints nothing).
#   load-check-key.sh <service> <environment>
set -euo pipefail

service=${1:?usage: load-check-key.sh <service> <environment>}
environment=${2:?usage: load-check-key.sh <service> <environment>}

if [ "$service" != konnichiwa-service ]; then
  exit 0
fi
keys=$(aws secretsmanager get-secret-value --secret-id "cloudsuite/$environment/konnichiwa/api-keys" \
  --query SecretString --output text)
key=${keys%%,*}
key=${key//[[:space:]]/}
if [ -z "$key" ]; then
  echo "FAIL cloudsuite/$environment/konnichiwa/api-keys holds no key" >&2
  exit 1
fi
if [ -n "${GITHUB_ACTIONS:-}" ]; then echo "::add-mask::$key" >&2; fi
printf '%s\n' "$key"
