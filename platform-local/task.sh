# Runs service images as their ECS task definitions say (sourced, not run; needs common.sh and task-definition.sh):
# local backends the containers reach, and one container per task with the task's read-only root, /tmp volume,
# memory limit, environment, init process, stop timeout and container health check.
# shellcheck shell=bash
# shellcheck disable=SC2154 # repo_root, cache_root, platform_local: set by common.sh, sourced first

# Where the management interface answers in the images (HELPERS contract: Quarkus' management port, 9000).
management_port=${MANAGEMENT_PORT:-9000}
# The Dynoxide version local-backends runs, read from its one definition.
dynoxide_version=$(sed -nE 's/.*String VERSION = "([^"]+)".*/\1/p' \
  "$repo_root/local-backends/src/main/java/io/cloudsuite/backends/DynoxideBinary.java")
run_dir=${PLATFORM_LOCAL_RUN_DIR:-$repo_root/target/platform-local}
# Redis with a password, as ElastiCache has its AUTH token (without TLS: see docs/deploy.md).
redis_password=platform-local-$$

# The host's own address, which containers on podman's bridge reach (as tasks reach ElastiCache and DynamoDB).
host_address() {
  ip -4 route get 1.1.1.1 | sed -nE 's/.* src ([0-9.]+).*/\1/p'
}

free_port() {
  local port
  while true; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# dynoxide from the PATH, else the one local-backends caches (~/.cache/cloudsuite/dynoxide/<version>/dynoxide),
# fetched into that cache with npm as local-backends' DynoxideBinary does.
dynoxide_binary() {
  local cached=$cache_root/dynoxide/$dynoxide_version/dynoxide work
  if command -v dynoxide >/dev/null 2>&1; then command -v dynoxide; return; fi
  if [ ! -x "$cached" ]; then
    work=$(mktemp -d)
    (cd "$work" && npm pack --silent "@dynoxide/linux-x64@$dynoxide_version" >/dev/null && tar -xzf ./*.tgz) \
      || fail "could not fetch dynoxide $dynoxide_version with npm"
    mkdir -p "$(dirname "$cached")"
    install -m 0755 "$work/package/dynoxide" "$cached.partial.$$" && mv "$cached.partial.$$" "$cached"
    rm -rf "$work"
  fi
  echo "$cached"
}

# Starts Redis and Dynoxide on the host address; sets backend_host, redis_port, dynamodb_port.
backends_start() {
  mkdir -p "$run_dir"
  backend_host=$(host_address)
  [ -n "$backend_host" ] || fail "no host address for the containers to reach"
  redis_port=$(free_port)
  redis-server --bind "$backend_host" 127.0.0.1 --port "$redis_port" --save '' --appendonly no \
    --requirepass "$redis_password" --daemonize no >"$run_dir/redis.log" 2>&1 &
  echo $! >"$run_dir/redis.pid"
  dynamodb_port=$(free_port)
  "$(dynoxide_binary)" serve --host "$backend_host" --port "$dynamodb_port" >"$run_dir/dynoxide.log" 2>&1 &
  echo $! >"$run_dir/dynoxide.pid"
  local waited
  for waited in $(seq 50); do
    if redis_cli PING 2>/dev/null | grep -q PONG && (exec 3<>"/dev/tcp/$backend_host/$dynamodb_port") 2>/dev/null; then
      log "backends: Redis at $backend_host:$redis_port, Dynoxide at $backend_host:$dynamodb_port"
      return
    fi
    sleep 0.1
  done
  fail "backends did not answer within $((waited / 10)) s (logs in $run_dir)"
}

backends_stop() {
  local name pid
  for name in redis dynoxide; do
    [ -f "$run_dir/$name.pid" ] || continue
    pid=$(cat "$run_dir/$name.pid")
    rm -f "$run_dir/$name.pid"
    stop_process "$pid"
  done
}

redis_cli() {
  REDISCLI_AUTH=$redis_password redis-cli -h 127.0.0.1 -p "$redis_port" "$@"
}

# The local value of a stack's environment expression (Terraform references to AWS resources -> local servers).
local_value() {
  local service=$1 name=$2 expression=$3
  case $expression in
    module.redis.url) echo "redis://$backend_host:$redis_port" ;;
    module.redis.auth_token_secret_arn) echo "$redis_password" ;;
    var.region) sed -nE 's/^region[ \t]*=[ \t]*"([^"]+)".*/\1/p' "$tf_stacks/$service/env/dev.tfvars" ;;
    aws_dynamodb_table.*.name) expression=${expression#aws_dynamodb_table.}; echo "local-${expression%.name}" ;;
    # A key as the prod profile demands one (32 characters or more, not the published development key).
    aws_secretsmanager_secret_version.api_keys.arn) echo "platform-local-api-key-not-a-secret-$$" ;;
    # A literal passes as the task gets it.
    \"*\") expression=${expression#\"}; echo "${expression%\"}" ;;
    true | false | [0-9]*) echo "$expression" ;;
    *) fail "$service's stack passes $name = $expression: platform-local/task.sh has no local value for it" ;;
  esac
}

# The container's environment file: the stack's variables and secrets with local values, what the module adds,
# and, for a DynamoDB service, what points the SDK at Dynoxide (the only settings a real task does not get).
task_environment() {
  local service=$1 file=$2 line name value lines
  : >"$file"
  mapfile -t lines < <(stack_environment "$service")
  for line in "${lines[@]}"; do
    name=${line%%=*}
    value=$(local_value "$service" "$name" "${line#*=}")
    echo "$name=$value" >>"$file"
  done
  value=$(local_value "$service" region var.region)
  echo "SUITE_SERVICE_REGION=$value" >>"$file"
  echo "SUITE_SERVICE_STAGE=local" >>"$file"
  if grep -q '^QUARKUS_DYNAMODB_' "$file"; then
    cat >>"$file" <<ENV
QUARKUS_DYNAMODB_ENDPOINT_OVERRIDE=http://$backend_host:$dynamodb_port
QUARKUS_DYNAMODB_AWS_CREDENTIALS_TYPE=static
QUARKUS_DYNAMODB_AWS_CREDENTIALS_STATIC_PROVIDER_ACCESS_KEY_ID=local
QUARKUS_DYNAMODB_AWS_CREDENTIALS_STATIC_PROVIDER_SECRET_ACCESS_KEY=local
SUITE_DYNAMODB_CREATE_TABLES=true
ENV
  fi
}

# task_start SERVICE NAME: one task's container, started detached; its start instant is kept for task_wait_ready.
task_start() {
  local service=$1 name=$2 memory stop health env_file
  memory=$(task_memory "$service")
  stop=$(stop_timeout "$service")
  health=$(health_check_command "$service")
  env_file=$run_dir/$name.env
  task_environment "$service" "$env_file"
  task_remove "$name"
  date +%s%N >"$run_dir/$name.started"
  # readonlyRootFilesystem; the task volume "tmp" at /tmp (a fresh named volume starts with the image's /tmp, as
  # Fargate's does for a path the image declares a VOLUME); the task's memory as the only limit (no swap);
  # initProcessEnabled (--init); stopTimeout; the healthCheck command, run by /bin/sh -c (CMD-SHELL) on demand.
  podman_cmd run -d --name "$name" --init --read-only --read-only-tmpfs=false -v "$name-tmp:/tmp" \
    --memory "${memory}m" --memory-swap "${memory}m" --stop-timeout "$stop" --env-file "$env_file" \
    --health-cmd "$health" --health-interval disable --log-driver k8s-file --log-opt "path=$run_dir/$name.log" \
    "localhost/cloudsuite/$service:local" >/dev/null || fail "podman run of $service failed"
}

task_address() {
  podman_cmd inspect -f '{{.NetworkSettings.IPAddress}}' "$1"
}

# task_wait_ready NAME TIMEOUT: waits for 200 from readiness on the management port; prints seconds since the start.
task_wait_ready() {
  local name=$1 timeout=$2 address started now
  started=$(cat "$run_dir/$name.started")
  address=$(task_address "$name")
  while true; do
    now=$(date +%s%N)
    [ $(((now - started) / 1000000000)) -lt "$timeout" ] || { log "$name not ready in $timeout s"; return 1; }
    [ "$(podman_cmd inspect -f '{{.State.Running}}' "$name")" = true ] || { log "$name exited"; return 1; }
    if [ "$(http_status "http://$address:$management_port/q/health/ready")" = 200 ]; then
      awk -v ns=$((now - started)) 'BEGIN { printf "%.1f\n", ns / 1e9 }'
      return 0
    fi
    sleep 0.1
  done
}

http_status() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$@"
}

# The container health check, run once as ECS runs it; exit status 0 is healthy.
task_health() {
  podman_cmd healthcheck run "$1" >/dev/null 2>&1
}

# Resident memory of the task's JVM (KiB), and the container's cgroup memory use (what the limit applies to, KiB).
task_memory_use() {
  local name=$1 init java cgroup
  init=$(podman_cmd inspect -f '{{.State.Pid}}' "$name")
  java=$(pgrep -P "$init" | head -n 1)
  cgroup=$(podman_cmd stats --no-stream --no-reset --format '{{.MemUsage}}' "$name" | awk '{print $1}')
  echo "$(awk '/^VmRSS/ {print $2}' "/proc/$java/status") $cgroup"
}

# task_stop NAME: SIGTERM, SIGKILL after the stop timeout (podman stop, as ECS stops a task); prints
# "<seconds> <exit code>".
task_stop() {
  local name=$1 started code
  started=$(date +%s%N)
  podman_cmd stop "$name" >/dev/null
  code=$(podman_cmd inspect -f '{{.State.ExitCode}}' "$name")
  awk -v ns=$(($(date +%s%N) - started)) -v code="$code" 'BEGIN { printf "%.1f %s\n", ns / 1e9, code }'
}

task_kill() {
  podman_cmd kill --signal KILL "$1" >/dev/null
}

task_remove() {
  if podman_cmd container exists "$1"; then podman_cmd rm -f --volumes "$1" >/dev/null; fi
  if podman_cmd volume exists "$1-tmp"; then podman_cmd volume rm -f "$1-tmp" >/dev/null; fi
}
