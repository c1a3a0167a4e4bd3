#!/usr/bin/env bash
# platform-local/run.sh: the services' images run here as ECS runs them, without AWS and without a registry.
#   1. builds the stand-in base image (cached) and every service's image from its unchanged Dockerfile.jvm;
#   2. runs each image as its task definition says (platform-terraform): read-only root, /tmp volume, the task's
#      memory as limit, the stack's environment with local Redis and Dynoxide, the container health check from the
#      module, then a smoke call, a short load, resident memory under the limit, SIGTERM and a clean exit in time;
#   3. puts HAProxy in front of two replicas as the ALB stands: round robin, X-Forwarded-For appended, readiness
#      checks on the management port, an unhealthy replica taken out, draining; the client-address and
#      internal-endpoint rules checked through it;
#   4. rolls bullets-service's replicas one by one (drain, SIGTERM, a new one registered) under its Gatling
#      simulation: no failed request, counter = acknowledged bullets; then SIGKILLs one: only its requests in flight
#      fail, and the retried bullets count once.
# Options: --no-package (use the jars already in */target), --skip-tasks, --skip-rolling (leave out phase 2 or 4).
# Environment: LOAD_RATE (bullets/s, 100 by default; the seed's is 1,000), LOAD_DURATION (seconds, 60).
# Needs root (podman, debootstrap) and terraform; installs podman, runc, debootstrap, haproxy, socat, wrk and the
# like from Debian's packages when they are missing. Not part of ./mvnw -B verify. What it proves and what it cannot: docs/deploy.md, "Containers on one machine".
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
  if [ -n "${gatling_pid:-}" ]; then stop_process "$gatling_pid"; fi
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

# gatling_start LABEL DURATION: bullets-service's simulation against the proxy, in the background (gatling_pid).
gatling_start() {
  local label=$1 duration=$2
  : >"$run_dir/haproxy-requests.log"
  (cd "$repo_root" && exec ./mvnw -B -pl load-tests verify -Pload-check -DskipTests -DskipWorkflowChecks \
    -Dgatling.simulationClass=io.cloudsuite.loadtests.BulletsSimulation "-Dload.base-url=$proxy" \
    "-Dload.rate=$load_rate" "-Dload.duration=$duration" -Dload.ramp=0) >"$run_dir/gatling-$label.log" 2>&1 &
  gatling_pid=$!
  # Maven and Gatling start first: wait for the first bullet through the proxy.
  local started=$SECONDS
  until grep -q ' POST ' "$run_dir/haproxy-requests.log"; do
    kill -0 "$gatling_pid" 2>/dev/null || fail "Gatling ended before its first bullet: $run_dir/gatling-$label.log"
    [ $((SECONDS - started)) -lt 180 ] || fail "no bullet through the proxy after 180 s"
    sleep 0.5
  done
}

# gatling_wait LABEL: waits for the run; sets gatling_ok, gatling_ko (every request) and fired_ok (acknowledged
# bullets: one 2xx per bullet), gatling_passed (its exactly-once check).
gatling_wait() {
  local label=$1 log=$run_dir/gatling-$1.log
  local status=0
  wait "$gatling_pid" || status=$?
  # The simulation's exactly-once check (its "counter rose by exactly the 2xx answers" assertion, which also needs
  # every bullet acknowledged in the end), apart from its success share, which run.sh checks stricter itself.
  gatling_passed=false
  if grep -q "^counter rose by exactly the 2xx answers: percentage of successful events is 100.0 : true" "$log"; then
    gatling_passed=true
  fi
  log "Gatling $label ended with status $status"
  read -r gatling_ok gatling_ko <<<"$(gatling_counts 'request count' "$log")"
  read -r fired_ok _ <<<"$(gatling_counts 'fire a bullet' "$log")"
  if [ -z "$gatling_ok" ] || [ -z "$fired_ok" ]; then fail "no Gatling statistics in $log"; fi
}

# gatling_counts NAME LOG: "<OK> <KO>" of a line of Gatling's last statistics table (`> NAME | total | OK | KO`;
# Gatling writes "-" for none).
gatling_counts() {
  awk -F'|' -v name="> $1" 'index($0, name) == 1 { ok = $3; ko = $4 }
    END { gsub(/[ ,]/, "", ok); gsub(/[ ,]/, "", ko); print (ok == "-" ? 0 : ok), (ko == "-" ? 0 : ko) }' "$2"
}

counter() {
  curl -s --max-time 5 "$proxy/api/v1/player/fired_bullets" | jq -r .fired_bullets
}

# The proxy's failed requests (5xx or aborted) since the load began: "<count> <target> <status> <termination>"
# lines, one per kind.
proxy_failures() {
  awk 'NF == 6 && $2 ~ /^-?[0-9]+$/ && ($2 >= 500 || $2 < 0 || $3 !~ /^--/) { print $1, $2, $3 }' \
    "$run_dir/haproxy-requests.log" | sort | uniq -c | awk '{ $1 = $1; print }' | paste -sd ';' -
}

# The number of failed requests in proxy_failures' answer.
failure_count() {
  tr ';' '\n' <<<"$1" | awk '{ s += $1 } END { print s + 0 }'
}

# failures_only_on TARGET FAILURES: whether every failed request in proxy_failures' answer went to the target.
failures_only_on() {
  [ -z "$2" ] && return 0
  ! tr ';' '\n' <<<"$2" | grep -qvE "^[0-9]+ $1(_failopen)? "
}

# The second since the load began of every failed request, as ranges ("12-14,31").
failure_seconds() {
  awk -v start="$1" 'NF == 6 && $2 ~ /^-?[0-9]+$/ && ($2 >= 500 || $2 < 0 || $3 !~ /^--/) { print $6 - start }' \
    "$run_dir/haproxy-requests.log" | sort -n | uniq | paste -sd ',' -
}

# replace OLD NEW: ECS's rolling step: the new task started, registered and healthy, then the old one deregistered
# (draining) and stopped with SIGTERM. Logs the seconds since the load began.
replace() {
  local old=$1 new=$2 ready drained seconds code
  start_replica bullets-service "$new"
  ready=$(task_wait_ready "$new" 120) || fail "$new not ready"
  proxy_register "$new"
  proxy_wait_status "$new" UP 60 || fail "$new not healthy in HAProxy"
  log "+$(($(date +%s) - load_started)) s: $new ready in $ready s and healthy; draining $old"
  drained=$(proxy_drain "$old")
  read -r seconds code <<<"$(task_stop "$old")"
  proxy_deregister "$old"
  log "+$(($(date +%s) - load_started)) s: $old drained in $drained s, stopped by SIGTERM in $seconds s (exit $code)"
}

# Phase 4: rolling deploy under load, then a replica killed.
run_rolling() {
  local before after failed in_flight victim
  proxy_start bullets-service
  proxy=http://127.0.0.1:$proxy_port
  start_replica bullets-service roll-1
  start_replica bullets-service roll-2
  bring_up roll-1 roll-2
  # A deployment replaces tasks that have been serving: warm the first two up (their JIT) before the measured load.
  echo 'wrk.method = "POST"' >"$run_dir/post.lua"
  wrk -t1 -c2 -d15s -s "$run_dir/post.lua" "$proxy/api/v1/player/fired_bullet" >"$run_dir/warm-up.log" 2>&1

  before=$(counter)
  log "rolling deploy under load: $load_rate bullets/s for $load_duration s through $proxy"
  gatling_start rolling "$load_duration"
  load_started=$(date +%s)
  sleep 5
  replace roll-1 roll-3
  replace roll-2 roll-4
  gatling_wait rolling
  after=$(counter)
  failed=$(proxy_failures)
  check "rolling deploy under load: no failed request" \
    "$([ "$gatling_ko" -eq 0 ] && [ -z "$failed" ] && echo pass || echo fail)" \
    "$gatling_ok requests OK, $gatling_ko KO; failed at the proxy: ${failed:-none}$([ -z "$failed" ] || echo " at +$(failure_seconds "$load_started") s") (roll-1, roll-2 replaced by roll-3, roll-4)"
  check "rolling deploy under load: counter = acknowledged bullets" \
    "$([ $((after - before)) -eq "$fired_ok" ] && $gatling_passed && echo pass || echo fail)" \
    "counter +$((after - before)), acknowledged $fired_ok; simulation's exactly-once check $($gatling_passed && echo passed || echo failed)"

  before=$(counter)
  victim=roll-3
  log "SIGKILL under load: $load_rate bullets/s for 30 s, $victim killed"
  gatling_start kill 30
  load_started=$(date +%s)
  sleep 5
  in_flight=$(proxy_stat "$victim" scur)
  task_kill "$victim"
  log "+$(($(date +%s) - load_started)) s: $victim killed with $in_flight requests in flight on it"
  # ECS deregisters a stopped task at once and starts a replacement.
  proxy_out "$victim"
  start_replica bullets-service roll-5
  task_wait_ready roll-5 120 >/dev/null || fail "roll-5 not ready"
  proxy_register roll-5
  gatling_wait kill
  after=$(counter)
  failed=$(proxy_failures)
  check "SIGKILL under load: failures only on the killed replica" \
    "$([ "$gatling_ko" -eq "$(failure_count "$failed")" ] && failures_only_on "$victim" "$failed" && echo pass || echo fail)" \
    "$gatling_ko KO of $((gatling_ok + gatling_ko)); failed at the proxy: ${failed:-none}; $in_flight in flight on it at the kill"
  check "SIGKILL under load: retried bullets counted once" \
    "$([ $((after - before)) -eq "$fired_ok" ] && $gatling_passed && echo pass || echo fail)" \
    "counter +$((after - before)), acknowledged $fired_ok; simulation's exactly-once check $($gatling_passed && echo passed || echo failed)"
  proxy_stop
}

main() {
  local package=--package tasks=true rolling=true service started=$SECONDS
  for arg in "$@"; do
    case $arg in
      --no-package) package=--no-package ;;
      --skip-tasks) tasks=false ;;
      --skip-rolling) rolling=false ;;
      *) fail "unknown option $arg (options: --no-package, --skip-tasks, --skip-rolling)" ;;
    esac
  done
  [ "$(id -u)" -eq 0 ] || fail "run as root: podman's storage and debootstrap need it"
  command -v terraform >/dev/null || fail "terraform is needed to read the task definitions"
  ensure_commands podman:podman runc:runc debootstrap:debootstrap haproxy:haproxy socat:socat wrk:wrk jq:jq \
    curl:curl redis-server:redis-server redis-cli:redis-tools
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
  if $rolling; then run_rolling; fi
  printf '\n%s\n' "platform-local/run.sh: $((${#summary[@]} - failures)) passed, $failures failed in $((SECONDS - started)) s (logs: $run_dir)"
  printf '%s\n' "${summary[@]}"
  exit $((failures == 0 ? 0 : 1))
}

main "$@"
