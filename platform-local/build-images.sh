#!/usr/bin/env bash
# Builds every service's image from its unchanged src/main/docker/Dockerfile.jvm with podman, against the stand-in
# base image (base-image.sh), without a registry: localhost/cloudsuite/<service>:local.
#   build-images.sh [--no-package] [service...]   (default: every module of the root pom with a Dockerfile.jvm)
# Packages the services first (./mvnw -B package -DskipTests) unless --no-package.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# The services: the root pom's modules that have a Dockerfile.jvm, in the pom's order.
all_services() {
  sed -nE 's|^[ \t]*<module>([^<]+)</module>.*|\1|p' "$repo_root/pom.xml" | while read -r module; do
    if [ -f "$repo_root/$module/src/main/docker/Dockerfile.jvm" ]; then echo "$module"; fi
  done
}

image_of() {
  echo "localhost/cloudsuite/$1:local"
}

main() {
  local package=true services=() service list
  if [ "${1:-}" = --no-package ]; then
    package=false
    shift
  fi
  if [ $# -gt 0 ]; then services=("$@"); else mapfile -t services < <(all_services); fi
  [ ${#services[@]} -gt 0 ] || fail "no service with src/main/docker/Dockerfile.jvm in $repo_root/pom.xml"
  "$platform_local/base-image.sh"
  if $package; then
    list=$(IFS=,; echo "${services[*]}")
    log "packaging $list (./mvnw -B package -DskipTests)"
    (cd "$repo_root" && ./mvnw -B -q package -DskipTests -pl "$list" -am) || fail "packaging failed"
  fi
  for service in "${services[@]}"; do
    local started=$SECONDS
    # --pull=never: nothing may come from a registry; the FROM name is the stand-in's tag.
    podman_cmd build --quiet --pull=never -f src/main/docker/Dockerfile.jvm -t "$(image_of "$service")" \
      "$repo_root/$service" >/dev/null || fail "podman build of $service failed"
    log "built $(image_of "$service") in $((SECONDS - started)) s"
  done
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  main "$@"
fi
