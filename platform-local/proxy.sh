# HAProxy in front of a service's replicas as the ALB and its target group stand (sourced, not run; needs common.sh,
# task-definition.sh and task.sh): round robin, X-Forwarded-For appended, active health checks on the management
# port, slow start, and deregistration with connection draining. Targets are added and removed at run time through
# HAProxy's admin socket, as ECS registers and deregisters a task's IP.
# shellcheck shell=bash
# shellcheck disable=SC2154 # run_dir, tf_module, management_port: set by the files sourced before

# Seconds between health checks. The target group checks every 10 s (load_balancer.tf); 2 s here so that a run
# takes minutes, with the target group's own thresholds and timeout.
proxy_check_interval=${PROXY_CHECK_INTERVAL:-2}

# The target group's attribute NAME (top level, or in its health_check block with health_ prefix), for a service.
target_group() {
  local service=$1 name=$2 expression
  case $name in
    health_*) expression=$(tf_expression "${name#health_}" <(tf_block_of health_check "$tf_module/load_balancer.tf")) ;;
    *) expression=$(tf_expression "$name" <(tf_block_of 'resource "aws_lb_target_group" "this"' "$tf_module/load_balancer.tf")) ;;
  esac
  [ -n "$expression" ] || fail "no $name in the target group of $tf_module/load_balancer.tf"
  tf_evaluate "$service" "$expression"
}

proxy_cli() {
  echo "$*" | socat stdio "unix-connect:$run_dir/haproxy.sock"
}

# proxy_start SERVICE: HAProxy on a free loopback port (proxy_port) with an empty backend; targets come later.
proxy_start() {
  local service=$1 healthy unhealthy timeout slow_start
  healthy=$(target_group "$service" health_healthy_threshold)
  unhealthy=$(target_group "$service" health_unhealthy_threshold)
  timeout=$(target_group "$service" health_timeout)
  slow_start=$(target_group "$service" slow_start)
  proxy_deregistration_delay=$(target_group "$service" deregistration_delay)
  proxy_port=$(free_port)
  # Every target is added with these options (dynamic servers take no default-server line). The health check goes
  # where the contract puts readiness: the management port, /q/health/ready (HELPERS contract, issue 28's Terraform).
  proxy_server_options="check port $management_port inter ${proxy_check_interval}s rise $healthy fall $unhealthy"
  if [ "$slow_start" -gt 0 ]; then proxy_server_options+=" slowstart ${slow_start}s"; fi
  cat >"$run_dir/haproxy.cfg" <<CFG
global
  stats socket $run_dir/haproxy.sock mode 600 level admin
  maxconn 8000
  # One line per request (target, status, termination state): which requests failed, and on which target.
  log stdout format raw local0 info

defaults
  mode http
  log global
  log-format "%s %ST %tsc %HM %HU %Ts"
  timeout connect 5s
  # The ALB's idle timeout (60 s) on both sides.
  timeout client 60s
  timeout server 60s
  timeout http-keep-alive 60s
  timeout check ${timeout}s
  # The client's address appended to X-Forwarded-For (as a new header line after the client's own: the services
  # read all lines as one list), as the ALB in append mode adds it.
  option forwardfor
  # A target that refuses the connection (stopped, killed) gets the request on another one; a request already sent
  # is never sent again.
  retries 2
  option redispatch 1

frontend public
  bind 127.0.0.1:$proxy_port
  default_backend targets

backend targets
  balance roundrobin
  # The backups (see proxy_register) share the requests when no target is healthy.
  option allbackups
  option httpchk GET /q/health/ready
  http-check expect status 200
CFG
  # Appending: the request log is emptied between runs while HAProxy writes to it.
  haproxy -f "$run_dir/haproxy.cfg" -db >>"$run_dir/haproxy-requests.log" 2>"$run_dir/haproxy.log" &
  echo $! >"$run_dir/haproxy.pid"
  local waited
  for waited in $(seq 50); do
    [ -S "$run_dir/haproxy.sock" ] && proxy_cli "show info" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  fail "HAProxy did not start in $((waited / 10)) s: $(cat "$run_dir/haproxy.log")"
}

proxy_stop() {
  [ -f "$run_dir/haproxy.pid" ] || return 0
  local pid
  pid=$(cat "$run_dir/haproxy.pid")
  rm -f "$run_dir/haproxy.pid"
  stop_process "$pid"
}

# proxy_register NAME [first]: adds the task's container (by IP, port 8080) as a target; it takes traffic once
# healthy, slowly at first (slow start), except for the first targets of a service ("first"): a target group
# starts a new target slowly only when another, healthy one is already serving. Each target is also added as an
# unchecked backup server, NAME_failopen: a target group whose targets are all unhealthy fails open and sends
# requests to all of them, where HAProxy alone would answer 503 itself.
proxy_register() {
  local name=$1 options=$proxy_server_options address output
  if [ "${2:-}" = first ]; then options=${options/ slowstart */}; fi
  address=$(task_address "$name"):8080
  output=$(proxy_cli "add server targets/$name $address $options")
  grep -qi 'New server registered' <<<"$output" || fail "HAProxy refused target $name: $output"
  output=$(proxy_cli "add server targets/${name}_failopen $address backup")
  grep -qi 'New server registered' <<<"$output" || fail "HAProxy refused backup ${name}_failopen: $output"
  proxy_cli "enable health targets/$name" >/dev/null
  proxy_cli "enable server targets/$name" >/dev/null
  proxy_cli "enable server targets/${name}_failopen" >/dev/null
}

# A field of a target's line in `show stat` (status, scur, stot, ...).
proxy_stat() {
  local name=$1 field=$2
  proxy_cli "show stat" | awk -F, -v name="$name" -v field="$field" '
    NR == 1 { for (i = 1; i <= NF; i++) if ($i == field || $i == "# " field) column = i; next }
    $1 == "targets" && $2 == name { print $column }'
}

# proxy_wait_status NAME STATUS TIMEOUT: waits until the target's health status starts with STATUS (UP, DOWN).
proxy_wait_status() {
  local name=$1 status=$2 timeout=$3 started=$SECONDS
  until [[ $(proxy_stat "$name" status) == "$status"* ]]; do
    [ $((SECONDS - started)) -lt "$timeout" ] || { log "$name not $status in $timeout s"; return 1; }
    sleep 0.2
  done
}

# proxy_drain NAME: ECS deregistering a stopping task: no new requests, then up to the deregistration delay for
# the requests in flight to finish. Prints the seconds it waited.
proxy_drain() {
  local name=$1 started=$SECONDS server
  for server in "$name" "${name}_failopen"; do proxy_cli "set server targets/$server state drain" >/dev/null; done
  while [ $(($(proxy_stat "$name" scur) + $(proxy_stat "${name}_failopen" scur))) -gt 0 ] \
    && [ $((SECONDS - started)) -lt "$proxy_deregistration_delay" ]; do
    sleep 0.2
  done
  echo $((SECONDS - started))
}

# proxy_out NAME: the target takes no more requests (ECS deregistering a task that stopped by itself), and the
# requests still on it end now (logged, answered with a closed connection): a killed container's network goes away
# without a reset, so they would otherwise wait out the 60 s server timeout, as on a target whose task vanished.
proxy_out() {
  local server
  for server in "$1" "${1}_failopen"; do
    proxy_cli "set server targets/$server state maint" >/dev/null
    proxy_cli "shutdown sessions server targets/$server" >/dev/null
  done
}

proxy_deregister() {
  local server
  proxy_out "$1"
  for server in "$1" "${1}_failopen"; do proxy_cli "del server targets/$server" >/dev/null; done
}
