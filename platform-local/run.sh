#!/usr/bin/env bash
# platform-local/run.sh: the services' images run here as ECS runs them, without AWS and without a registry.
#   1. builds the stand-in base image (cached) and every service's image from its unchanged Dockerfile.jvm;
#   2. runs each image as its task definition says (platform-terraform): read-only root, /tmp volume, the task's
#      memory as limit, the stack's environment with local Redis and Dynoxide, the container health check from the
#      module, then a smoke call, a short load, resident memory under the limit, SIGTERM and a clean exit in time;
#   3. puts HAProxy in front of two replicas as the ALB stands: round robin, X-Forwarded-For appended, readiness
#      checks on the management port, an unhealthy replica taken out, draining; the client-address and
#      internal-endpoint rules checked through it;
#   4. rolls bullets-service's and then people-info-service's replicas one by one (drain, SIGTERM, a new one
#      registered) under load (loads.sh: bullets' Gatling simulation; people created with Idempotency-Keys and
#      read): no failed request, and nothing lost or counted twice (bullets: counter = acknowledged bullets;
#      people: every acknowledged create stored once); then SIGKILLs one: only its requests in flight fail, and
#      the retried ones count once.
# Options: --no-package (use the jars already in */target), --skip-tasks, --skip-rolling (leave out phase 2 or 4),
# --rolling=SERVICE[,SERVICE] (phase 4 for those services only; phase 3 still runs).
# Environment: LOAD_RATE (bullets/s, 100 by default; the seed's is 1,000), PEOPLE_RATE (people created/s, 50),
# LOAD_DURATION (seconds of each rolling deploy, 60).
# Needs root (podman, debootstrap), terraform and a JDK; installs podman, runc, debootstrap, haproxy, socat, wrk
# and the like from Debian's packages when they are missing. Not part of ./mvnw -B verify. What it proves and what it cannot: docs/deploy.md, "Containers on one machine".
set -Eeuo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# shellcheck source-path=SCRIPTDIR source=task-definition.sh
. "$platform_local/task-definition.sh"
# shellcheck source-path=SCRIPTDIR source=task.sh
. "$platform_local/task.sh"
# shellcheck source-path=SCRIPTDIR source=proxy.sh
. "$platform_local/proxy.sh"
# shellcheck source-path=SCRIPTDIR source=build-images.sh
. "$platform_local/build-images.sh"
# shellcheck source-path=SCRIPTDIR source=loads.sh
. "$platform_local/loads.sh"
# shellcheck source-path=SCRIPTDIR source=rolling.sh
. "$platform_local/rolling.sh"

# The seed's rate is 1,000 bullets/s; on two cores shared by two replicas, HAProxy, Redis and Gatling (and other
# work) it saturated the machine here (docs/deploy.md): the simulation's own local default instead.
load_rate=${LOAD_RATE:-100}
load_duration=${LOAD_DURATION:-60}
failures=0
summary=()
forwarded_for='X-Forwarded-For: 203.0.113.7'

# check NAME OUTCOME DETAIL: records one result (OUTCOME is "pass" or "fail").
check() {
  local line
  line=$(printf '%-4s %-58s %s' "$([ "$2" = pass ] && echo PASS || echo FAIL)" "$1" "$3")
  [ "$2" = pass ] || failures=$((failures + 1))
  summary+=("$line")
  echo "$line" >&2
}

outcome() {
  if "$@"; then echo pass; else echo fail; fi
}

containers=()
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup() {
  local name
  if [ -n "${load_pid:-}" ]; then stop_process "$load_pid"; fi
  for name in "${containers[@]}"; do task_remove "$name"; done
  proxy_stop
  backends_stop
}

start_replica() {
  containers+=("$2")
  task_start "$1" "$2"
}

# bring_up NAME...: a service's first replicas ready, registered with the proxy and healthy there.
bring_up() {
  local name
  for name in "$@"; do
    task_wait_ready "$name" 120 >/dev/null || fail "$name not ready (log: $run_dir/$name.log)"
    proxy_register "$name" first
  done
  for name in "$@"; do
    proxy_wait_status "$name" UP 60 || fail "$name not healthy in HAProxy"
  done
}

# A service's smoke path (suite.smoke-check.path in its application.properties) and the port that serves it.
smoke_url() {
  local service=$1 address=$2 path
  path=$(sed -nE 's/^suite\.smoke-check\.path=(.*)$/\1/p' "$repo_root/$service/src/main/resources/application.properties")
  [ -n "$path" ] || fail "$service has no suite.smoke-check.path"
  case $path in
    /q/*) echo "http://$address:$management_port$path" ;;
    *) echo "http://$address:8080$path" ;;
  esac
}

# Phase 2: one task per service, alone.
run_task() {
  local service=$1 name=task-$1 ready address url memory stop wrk_out non2xx rss cgroup stopped seconds code
  memory=$(task_memory "$service")
  stop=$(stop_timeout "$service")
  start_replica "$service" "$name"
  if ! ready=$(task_wait_ready "$name" 120); then
    check "$service reaches ready" fail "log: $run_dir/$name.log"
    task_remove "$name"
    return
  fi
  check "$service reaches ready (read-only, ${memory} MiB)" pass "${ready} s from podman run"
  check "$service container health check (from Terraform)" "$(outcome task_health "$name")" "/bin/sh -c in the container"
  address=$(task_address "$name")
  url=$(smoke_url "$service" "$address")
  # Called directly, not through the proxy: with the header the load balancer always adds (documentation address).
  check "$service smoke call" "$([ "$(http_status "$url" -H "$forwarded_for")" = 200 ] && echo pass || echo fail)" \
    "GET ${url#http://"$address"}"
  wrk_out=$(wrk -t1 -c16 -d10s -H "$forwarded_for" "$url" 2>&1)
  non2xx=$(sed -nE 's/.*Non-2xx or 3xx responses: ([0-9]+).*/\1/p' <<<"$wrk_out")
  check "$service short load (wrk 10 s, 16 connections)" \
    "$([ -z "$non2xx" ] && ! grep -q 'Socket errors' <<<"$wrk_out" && echo pass || echo fail)" \
    "$(awk '/Requests\/sec/ {printf "%d req/s", $2}' <<<"$wrk_out"), non-2xx ${non2xx:-0}"
  read -r rss cgroup <<<"$(task_memory_use "$name")"
  check "$service memory after load under the task's ${memory} MiB" \
    "$([ $((rss / 1024)) -lt "$memory" ] && echo pass || echo fail)" "JVM RSS $((rss / 1024)) MiB, container $cgroup"
  read -r seconds code <<<"$(task_stop "$name")"
  stopped=0
  if grep -q 'stopped in' "$run_dir/$name.log"; then stopped=1; fi
  check "$service SIGTERM: clean exit within the ${stop} s stop timeout" \
    "$(awk -v s="$seconds" -v t="$stop" 'BEGIN { exit !(s < t) }' && [ "$code" != 137 ] && [ "$stopped" -gt 0 ] && echo pass || echo fail)" \
    "${seconds} s, exit code $code"
  task_remove "$name"
}

# Phase 3: two replicas behind the proxy; stream-limiter-service, whose API is keyed by the client's address.
run_proxy() {
  local service=stream-limiter-service proxy name a b before_a before_b after_a after_b body viewer path status leaked=()
  proxy_start "$service"
  proxy=http://127.0.0.1:$proxy_port
  a=edge-1 b=edge-2
  start_replica "$service" "$a"
  start_replica "$service" "$b"
  bring_up "$a" "$b"
  check "proxy: both replicas healthy on :$management_port/q/health/ready" pass "HAProxy on $proxy"

  before_a=$(proxy_stat "$a" stot) before_b=$(proxy_stat "$b" stot)
  for _ in $(seq 20); do http_status "$proxy/ping" >/dev/null; done
  after_a=$(proxy_stat "$a" stot) after_b=$(proxy_stat "$b" stot)
  check "proxy: round robin over two replicas" \
    "$([ $((after_a - before_a)) -eq 10 ] && [ $((after_b - before_b)) -eq 10 ] && echo pass || echo fail)" \
    "20 requests: $((after_a - before_a)) + $((after_b - before_b))"

  # The client writes its own X-Forwarded-For; the proxy appends the address it sees (127.0.0.1). The viewer must
  # be the appended one, not the client's claim.
  body=$(curl -s --max-time 5 -X POST "$proxy/api/v1/stream" -H 'X-Forwarded-For: 198.51.100.9' \
    -H 'Content-Type: application/json' -d '{}')
  viewer=$(jq -r '.viewer // empty' <<<"$body")
  check "proxy: a client-written X-Forwarded-For does not change the viewer" \
    "$([ "$viewer" = 127.0.0.1 ] && echo pass || echo fail)" "viewer ${viewer:-none} (client wrote 198.51.100.9): ${body:0:120}"

  for path in /q/health /q/health/ready /q/health/live /q/metrics /q/health/ /q/metrics/ //q/health /q/./metrics \
    /q/%68ealth /Q/health /q/health/ready?x=1; do
    status=$(http_status "$proxy$path")
    [ "$status" = 200 ] && leaked+=("$path")
  done
  check "proxy: health and metrics unreachable on the public port" \
    "$([ ${#leaked[@]} -eq 0 ] && echo pass || echo fail)" "11 spellings; answered 200: ${leaked[*]:-none}"

  # An unhealthy replica (frozen: its checks time out) is taken out; the other one serves everything.
  podman_cmd pause "$a" >/dev/null
  if proxy_wait_status "$a" DOWN 60; then
    local served=0
    for _ in $(seq 20); do [ "$(http_status "$proxy/ping")" = 200 ] && served=$((served + 1)); done
    check "proxy: an unhealthy replica is taken out" "$([ "$served" -eq 20 ] && echo pass || echo fail)" \
      "replica frozen -> DOWN; $served/20 answered 200"
  else
    check "proxy: an unhealthy replica is taken out" fail "still $(proxy_stat "$a" status)"
  fi
  podman_cmd unpause "$a" >/dev/null
  proxy_wait_status "$a" UP 60 || check "proxy: a recovered replica comes back" fail "still $(proxy_stat "$a" status)"

  # A draining replica gets no new request.
  for name in "$b" "${b}_failopen"; do proxy_cli "set server targets/$name state drain" >/dev/null; done
  before_b=$(proxy_stat "$b" stot)
  for _ in $(seq 10); do http_status "$proxy/ping" >/dev/null; done
  after_b=$(proxy_stat "$b" stot)
  check "proxy: a draining replica gets no new request" "$([ "$after_b" -eq "$before_b" ] && echo pass || echo fail)" \
    "$((after_b - before_b)) of 10"
  for name in "$a" "$b"; do proxy_deregister "$name"; task_remove "$name"; done
  proxy_stop
}

main() {
  local package=--package tasks=true rolling=("${rolling_services[@]}") service started=$SECONDS
  for arg in "$@"; do
    case $arg in
      --no-package) package=--no-package ;;
      --skip-tasks) tasks=false ;;
      --skip-rolling) rolling=() ;;
      --rolling=*) IFS=, read -ra rolling <<<"${arg#--rolling=}" ;;
      *) fail "unknown option $arg (options: --no-package, --skip-tasks, --skip-rolling, --rolling=SERVICE[,SERVICE])" ;;
    esac
  done
  for service in "${rolling[@]}"; do
    [[ " ${rolling_services[*]} " == *" $service "* ]] || fail "no rolling deploy for $service (loads.sh has: ${rolling_services[*]})"
  done
  [ "$(id -u)" -eq 0 ] || fail "run as root: podman's storage and debootstrap need it"
  command -v terraform >/dev/null || fail "terraform is needed to read the task definitions"
  ensure_commands podman:podman runc:runc debootstrap:debootstrap haproxy:haproxy socat:socat wrk:wrk jq:jq \
    curl:curl redis-server:redis-server redis-cli:redis-tools java:openjdk-17-jdk-headless
  mkdir -p "$run_dir"
  if [ "$package" = --no-package ]; then
    "$platform_local/build-images.sh" --no-package
  else
    "$platform_local/build-images.sh"
  fi
  trap cleanup EXIT
  trap 'log "FAILED: unexpected error at line $LINENO: $BASH_COMMAND"' ERR
  backends_start
  if $tasks; then
    for service in $(all_services); do run_task "$service"; done
  fi
  run_proxy
  for service in "${rolling[@]}"; do run_rolling "$service"; done
  printf '\n%s\n' "platform-local/run.sh: $((${#summary[@]} - failures)) passed, $failures failed in $((SECONDS - started)) s (logs: $run_dir)"
  printf '%s\n' "${summary[@]}"
  exit $((failures == 0 ? 0 : 1))
}

main "$@"
