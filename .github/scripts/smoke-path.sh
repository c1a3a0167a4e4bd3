#!/usr/bin/env bash
# Prints the path of a service's post-deploy smoke call: `suite.smoke-check.path` in its own
# src/main/resources/application.properties (the last plain or %prod. value). Fails when it declares none.
#   smoke-path.sh <service>
set -euo pipefail

service=${1:?usage: smoke-path.sh <service>}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
properties="$root/$service/src/main/resources/application.properties"

path=""
if [ -f "$properties" ]; then
  path=$(sed -nE 's/^[[:space:]]*(%prod\.)?suite\.smoke-check\.path[[:space:]]*[=:][[:space:]]*(.*[^[:space:]])[[:space:]]*$/\2/p' \
    "$properties" | tail -n 1)
fi
if [[ $path != /* ]]; then
  echo "smoke-path.sh: $service declares no suite.smoke-check.path (a GET path starting with /) in $properties" >&2
  exit 1
fi
printf '%s\n' "$path"
