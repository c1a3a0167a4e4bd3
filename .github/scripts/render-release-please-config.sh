#!/usr/bin/env bash
# Prints .github/release-please-config.json: one release-please package per service module of the root
# pom, versioned on its own from conventional commits and tagged <service>-v<version>.
# After adding a service run:  bash .github/scripts/render-release-please-config.sh > .github/release-please-config.json
# check-consistency.sh fails while the committed file differs from this output.
set -euo pipefail

scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
services=$(bash "$scripts/pom-modules.sh" services)

packages=""
while IFS= read -r service; do
  packages+="${packages:+,
}    \"$service\": { \"component\": \"$service\" }"
done <<<"$services"

cat <<JSON
{
  "\$schema": "https://raw.githubusercontent.com/googleapis/release-please/main/schemas/config.json",
  "release-type": "simple",
  "include-component-in-tag": true,
  "include-v-in-tag": true,
  "tag-separator": "-",
  "separate-pull-requests": true,
  "initial-version": "1.0.0",
  "packages": {
$packages
  }
}
JSON
