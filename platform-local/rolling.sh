# A rolling deploy under load, as ECS replaces a service's tasks, then a task killed (sourced by run.sh, after
# task.sh, proxy.sh and loads.sh; uses run.sh's check, start_replica and bring_up). The same for every service: the
# service's load (loads.sh) says what its requests are and what "nothing lost, nothing counted twice" means for it.
# shellcheck shell=bash
# shellcheck disable=SC2154 # run_dir, proxy, load_*: set by the files sourced before and by loads.sh

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

# replace SERVICE OLD NEW: ECS's rolling step: the new task started, registered and healthy, then the old one
# deregistered (draining) and stopped with SIGTERM. Logs the seconds since the load began.
replace() {
  local service=$1 old=$2 new=$3 ready drained seconds code
  start_replica "$service" "$new"
  ready=$(task_wait_ready "$new" 120) || fail "$new not ready"
  proxy_register "$new"
  proxy_wait_status "$new" UP 60 || fail "$new not healthy in HAProxy"
  log "+$(($(date +%s) - load_started)) s: $new ready in $ready s and healthy; draining $old"
  drained=$(proxy_drain "$old")
  read -r seconds code <<<"$(task_stop "$old")"
  proxy_deregister "$old"
  log "+$(($(date +%s) - load_started)) s: $old drained in $drained s, stopped by SIGTERM in $seconds s (exit $code)"
}

# load_start SERVICE LABEL DURATION: the service's load against the proxy, in the background (load_pid), from its
# first write through the proxy on (load_started); the proxy's request log holds this run only.
load_start() {
  local service=$1 label=$2 duration=$3 started=$SECONDS
  : >"$run_dir/haproxy-requests.log"
  load_step "$service" before
  load_step "$service" run "$duration" >"$run_dir/load-$service-$label.log" 2>&1 &
  load_pid=$!
  # The load's JVM starts first.
  until grep -q ' POST ' "$run_dir/haproxy-requests.log"; do
    kill -0 "$load_pid" 2>/dev/null || fail "the load ended before its first write: $run_dir/load-$service-$label.log"
    [ $((SECONDS - started)) -lt 180 ] || fail "no write through the proxy after 180 s"
    sleep 0.5
  done
  load_started=$(date +%s)
}

# load_wait SERVICE LABEL: waits for the load, then its outcome (loads.sh: load_ok, load_failed, load_exact...).
load_wait() {
  local service=$1 label=$2 status=0
  wait "$load_pid" || status=$?
  load_pid=""
  log "the load of $service ($label) ended with status $status"
  load_step "$service" result "$run_dir/load-$service-$label.log"
}

# run_rolling SERVICE: two replicas behind the proxy replaced one by one under the service's load (no failed
# request, nothing lost or counted twice), then one of the new ones killed under load (failures only on it).
run_rolling() {
  local service=$1 prefix=${1%-service} failed in_flight victim name started
  local replicas=("$prefix-1" "$prefix-2")
  proxy_start "$service"
  proxy=http://127.0.0.1:$proxy_port
  start_replica "$service" "${replicas[0]}"
  start_replica "$service" "${replicas[1]}"
  bring_up "${replicas[@]}"
  # A deployment replaces tasks that have been serving: warm the first two up (their JIT) before the measured load.
  load_step "$service" warm_up >"$run_dir/warm-up-$service.log" 2>&1

  log "rolling deploy of $service under load: $(load_step "$service" description) for $load_duration s through $proxy"
  load_start "$service" rolling "$load_duration"
  sleep 5
  replace "$service" "${replicas[0]}" "$prefix-3"
  replace "$service" "${replicas[1]}" "$prefix-4"
  load_wait "$service" rolling
  failed=$(proxy_failures)
  check "$service rolling deploy: no failed request" \
    "$([ "$load_failed" -eq 0 ] && [ -z "$failed" ] && echo pass || echo fail)" \
    "$load_ok requests OK, $load_failed failed; failed at the proxy: ${failed:-none}$([ -z "$failed" ] || echo " at +$(failure_seconds "$load_started") s") (${replicas[*]} replaced by $prefix-3, $prefix-4)"
  check "$service rolling deploy: $load_exact_name" "$load_exact" "$load_exact_detail"

  victim=$prefix-3
  log "SIGKILL under load: $(load_step "$service" description) for 30 s, $victim killed"
  load_start "$service" kill 30
  sleep 5
  # Killed with requests in flight on it, so that their failure and retry are seen (at these rates a replica is
  # idle between requests most of the time): at the first moment within 10 s the proxy has one on it.
  started=$SECONDS
  until in_flight=$(proxy_stat "$victim" scur) && [ "$in_flight" -gt 0 ] || [ $((SECONDS - started)) -ge 10 ]; do
    :
  done
  task_kill "$victim"
  log "+$(($(date +%s) - load_started)) s: $victim killed with $in_flight requests in flight on it"
  # ECS deregisters a stopped task at once and starts a replacement.
  proxy_out "$victim"
  start_replica "$service" "$prefix-5"
  task_wait_ready "$prefix-5" 120 >/dev/null || fail "$prefix-5 not ready"
  proxy_register "$prefix-5"
  load_wait "$service" kill
  failed=$(proxy_failures)
  check "$service SIGKILL: failures only on the killed replica" \
    "$([ "$load_failed" -eq "$(failure_count "$failed")" ] && failures_only_on "$victim" "$failed" && echo pass || echo fail)" \
    "$load_failed failed of $((load_ok + load_failed)); failed at the proxy: ${failed:-none}; $in_flight in flight on it at the kill"
  check "$service SIGKILL: $load_exact_name" "$load_exact" "$load_exact_detail"
  proxy_stop
  for name in "$victim" "$prefix-4" "$prefix-5"; do task_remove "$name"; done
}
