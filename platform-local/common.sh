# Shared by the platform-local scripts (sourced, not run): the container engine as it works on these machines,
# and installing what a script needs from Debian's packages when it runs as root.
# shellcheck shell=bash

platform_local=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck disable=SC2034 # used by the scripts that source this file
repo_root=$(cd "$platform_local/.." && pwd)
# shellcheck disable=SC2034
cache_root=${XDG_CACHE_HOME:-$HOME/.cache}/cloudsuite

# crun (podman's default runtime) fails here: "setrlimit ... Operation not permitted", then "cgroups in hybrid
# mode not supported". runc works, once podman stops asking for its default ulimits.
export CONTAINERS_CONF=$platform_local/containers.conf
podman_cmd() {
  podman --runtime runc "$@"
}

log() {
  printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2
}

# stop_process PID: SIGTERM to a process this shell started, then waits for it (its exit status is the signal's).
stop_process() {
  local status=0
  kill "$1" 2>/dev/null || return 0
  wait "$1" 2>/dev/null || status=$?
  return $((status == 0 || status == 143 ? 0 : status))
}

fail() {
  log "FAILED: $*"
  exit 1
}

# ensure_commands "command:package" ...: installs the package of each missing command with apt-get (root only).
ensure_commands() {
  local pair missing=()
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || fail "missing ${missing[*]}: install them (apt-get install ${missing[*]}) or run as root"
  log "installing ${missing[*]} from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}
