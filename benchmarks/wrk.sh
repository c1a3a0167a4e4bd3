#!/usr/bin/env bash
# The suite's one benchmark command: throughput, latency, start time and memory of every service, on this machine.
#
#   benchmarks/wrk.sh                                   every scenario of benchmarks/scenarios.tsv whose service is
#                                                       in the root pom's <modules>, plus the nginx ceiling; rewrites
#                                                       the results tables of docs/benchmarks.md
#   benchmarks/wrk.sh <scenario> [connections] [seconds]   one scenario, printed only (wrk's own report)
#
# Each service runs alone, as its packaged jar in the prod profile, started by `SUITE_PROFILE=prod ./suite up
# <service>` with the image's JVM flags and its real local backends, so services never compete for the two cores. Per service: start-to-ready time (as the launcher measures it), then per scenario a warm-up for the JIT,
# then BENCH_RUNS runs at each connection count (the medians are reported), then the service's resident memory.
# The ceiling is nginx from Debian's packages answering 204 on the same machine under the same load; each
# scenario's ratio is its median req/s over the ceiling's at the same connection count.
#
# Environment (the defaults are the documented method; smaller values only prove that the command works):
#   BENCH_SECONDS=30  BENCH_WARMUP=15  BENCH_RUNS=3  BENCH_CONNECTIONS="64 256"  BENCH_DOCS=docs/benchmarks.md
# Installs wrk and nginx from Debian's packages when they are missing and the user is root.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${BENCH_SECONDS:-30}
warmup=${BENCH_WARMUP:-15}
runs=${BENCH_RUNS:-3}
connection_counts=${BENCH_CONNECTIONS:-64 256}
docs=${BENCH_DOCS:-docs/benchmarks.md}
threads=2
clock_ticks=$(getconf CLK_TCK)
service_pid=-

work=$(mktemp -d)
started_pids=()
cleanup() {
  local pid
  for pid in "${started_pids[@]}"; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  # A service the benchmark's own suite still runs (the script failed half-way): ./suite down stops it.
  if [ -f "$work/suite/state.properties" ]; then ./suite down >/dev/null; fi
  rm -rf "$work"
  return 0
}
trap cleanup EXIT

# One random konnichiwa key per benchmark, never a real one: the service reads KONNICHIWA_API_KEYS from the
# environment ./suite passes on, and the wrk script sends it.
BENCH_KONNICHIWA_KEY="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
KONNICHIWA_API_KEYS=$BENCH_KONNICHIWA_KEY
export BENCH_KONNICHIWA_KEY KONNICHIWA_API_KEYS

install_missing() { # <command> <debian package>
  command -v "$1" >/dev/null && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "$1 is missing: apt-get install $2" >&2
    exit 1
  fi
  apt-get update -qq && apt-get install -y -qq "$2" >/dev/null
}

scenario_line() { # <scenario>
  awk -F'\t' -v s="$1" '$1 == s' benchmarks/scenarios.tsv
}

ensure_packaged() { # <service...>
  local service missing=0
  for service in "$@"; do
    [ -f "$service/target/quarkus-app/quarkus-run.jar" ] && [ -f "$service/target/service-jvm.options" ] || missing=1
  done
  if [ "$missing" -eq 1 ]; then
    ./mvnw -B -q package -DskipTests
  fi
}

# A suite of the benchmark's own, so a suite the user runs is left alone; its services in the prod profile they
# deploy with (pointed at the suite's local backends), not the dev profile of a developer's suite.
export SUITE_STATE_DIR="$work/suite" SUITE_PROFILE=prod

state_of() { # <service> <key>: a value ./suite recorded for the service's process
  local index
  index=$(grep -E "^process\.[0-9]+\.name=$1\$" "$SUITE_STATE_DIR/state.properties" | sed -E 's/^process\.([0-9]+)\..*/\1/')
  sed -nE "s/^process\.$index\.$2=//p" "$SUITE_STATE_DIR/state.properties"
}

# Starts one service alone with its backends; sets service_pid, service_port and ready_ms (from the launcher starting
# the service's JVM to its first ready answer, as ./suite up reports it).
start_service() { # <service>
  ./suite up "$1" | tee "$work/up.log" >&2
  ready_ms=$(sed -nE "s/^$1: ready ([0-9]+) ms after its JVM started\$/\1/p" "$work/up.log")
  [ -n "$ready_ms" ] || { echo "./suite up did not report when $1 was ready" >&2; exit 1; }
  service_pid=$(state_of "$1" pid)
  service_port=$(state_of "$1" port)
  launcher_pid=""
}

stop_launcher() {
  if [ -n "$launcher_pid" ]; then
    kill "$launcher_pid" 2>/dev/null || true
    wait "$launcher_pid" 2>/dev/null || true
  else
    ./suite down >/dev/null
  fi
}

free_port() { # a loopback port nothing listens on
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    ss -ltnH "sport = :$port" | grep -q . || { printf '%s' "$port"; return; }
  done
}

# nginx from Debian answering 204 to everything: the machine's HTTP ceiling. Sets service_port.
start_ceiling() {
  service_pid=-
  service_port=$(free_port)
  mkdir -p "$work/nginx/logs"
  cat >"$work/nginx/nginx.conf" <<EOF
worker_processes auto;
error_log $work/nginx/logs/error.log;
pid $work/nginx/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$service_port;
    location / { return 204; }
  }
}
EOF
  nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
  launcher_pid=$!
  started_pids+=("$launcher_pid")
  for _ in $(seq 1 50); do
    curl -s -o /dev/null "http://127.0.0.1:$service_port/" && return 0
    sleep 0.1
  done
  echo "nginx did not answer on $service_port" >&2
  exit 1
}

# Prints the path the scenario requests, after its setup (if any) created what it reads.
scenario_path() { # <setup> <path> <base url>
  if [ "$1" = "-" ]; then
    printf '%s' "$2"
  else
    "$1" "$3"
  fi
}

people_cached_get() { # <base url>: one person, read once so the cache holds it
  local id
  id=$(curl -sf -X POST "$1/api/v1/people" -H 'Content-Type: application/json' \
    -d '{"name":"Ada","surname":"Bench","birthdate":"1990-02-28","address":"1 Bench Street"}' |
    sed -E 's/.*"id":"([^"]+)".*/\1/')
  curl -sf -o /dev/null "$1/api/v1/people/$id"
  printf '/api/v1/people/%s' "$id"
}

wrk_script() { # <method> <lua> -> path of the script to pass to wrk
  if [ "$2" != "-" ]; then
    printf '%s' "benchmarks/lua/$2"
  else
    printf 'wrk.method = "%s"\n' "$1" >"$work/method.lua"
    printf '%s' "$work/method.lua"
  fi
}

# wrk's report -> "req/s p50_ms p99_ms non2xx socket_errors requests"
parse_report() {
  awk '
    function ms(v) {
      if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
      if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
      if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
      return v
    }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { non2xx = $5 }
    /Socket errors:/ { gsub(",", ""); socket = $4 + $6 + $8 + $10 }
    / requests in / { requests = $1 }
    END { printf "%s %s %s %d %d %d\n", rps, p50, p99, non2xx, socket, requests }'
}

# CPU time (clock ticks, user + system, every thread) the given processes have used so far.
cpu_ticks() { # <pid...>
  local pid total=0
  for pid in "$@"; do
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
  done
  printf '%s' "$total"
}

# The processes of the backends the benchmark's suite uses (started or found answering): the listeners of their ports.
backend_pids() {
  local uri port
  sed -nE 's/^backend\.[0-9]+\.uri=//p' "$SUITE_STATE_DIR/state.properties" | sed 's/\\//g' | while read -r uri; do
    port=${uri##*:}
    ss -ltnpH "sport = :$port" | grep -oE 'pid=[0-9]+' | head -n 1 | cut -d= -f2
  done
}

median() { # numbers on stdin -> their median (the lower middle for an even count)
  sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# Runs one scenario at one connection count BENCH_RUNS times; prints the medians
# "rps p50 p99 non2xx socket service_cpu_us_per_request backends_cpu_percent" (the last two "-" for nginx).
# The service's CPU per request is what a Fargate task pays for, whatever the local backends cost; the backends' CPU
# is their share of the whole machine (both cores) during the run.
measure() { # <url> <script> <connections>
  local i service0 backends0 report requests service_us backends_pct
  local -a backends=()
  if [ "$service_pid" != "-" ]; then mapfile -t backends < <(backend_pids); fi
  : >"$work/runs"
  for ((i = 1; i <= runs; i++)); do
    if [ "$service_pid" != "-" ]; then
      service0=$(cpu_ticks "$service_pid")
      backends0=$(cpu_ticks "${backends[@]}")
    fi
    report=$(wrk -t"$threads" -c"$3" -d"${seconds}s" --latency -s "$2" "$1" | parse_report)
    requests=$(awk '{ print $6 }' <<<"$report")
    if [ "$service_pid" != "-" ] && [ "$requests" -gt 0 ]; then
      service_us=$(awk -v t="$(($(cpu_ticks "$service_pid") - service0))" -v hz="$clock_ticks" -v n="$requests" \
        'BEGIN { printf "%.0f", t / hz * 1000000 / n }')
      backends_pct=$(awk -v t="$(($(cpu_ticks "${backends[@]}") - backends0))" -v hz="$clock_ticks" \
        -v s="$seconds" -v cores="$(nproc)" 'BEGIN { printf "%.0f", t / hz / s / cores * 100 }')
    else
      service_us=- backends_pct=-
    fi
    echo "$report $service_us $backends_pct" >>"$work/runs"
  done
  local column
  for column in 1 2 3 4 5 7 8; do
    if [ "$column" -ge 7 ] && [ "$service_pid" = "-" ]; then printf -- '- '; continue; fi
    printf '%s ' "$(awk -v c="$column" '{ print $c }' "$work/runs" | median)"
  done
  printf '\n'
}

rss_mib() { # <pid>
  awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}

run_one_scenario() { # <scenario> [connections] [seconds]: the old single-scenario form, wrk's report printed
  local line service method path lua setup url script
  line=$(scenario_line "$1")
  [ -n "$line" ] || { echo "unknown scenario '$1'; see benchmarks/scenarios.tsv" >&2; exit 2; }
  IFS=$'\t' read -r _ service method path lua setup _ <<<"$line"
  seconds=${3:-$seconds}
  if [ "$service" = nginx ]; then
    start_ceiling
  else
    ensure_packaged "$service"
    start_service "$service"
    echo "== $service ready in $ready_ms ms"
  fi
  url="http://127.0.0.1:$service_port$(scenario_path "$setup" "$path" "http://127.0.0.1:$service_port")"
  script=$(wrk_script "$method" "$lua")
  wrk -t"$threads" -c"${2:-64}" -d"${warmup}s" -s "$script" "$url" >/dev/null
  echo "== $1: $method $url, ${2:-64} connections, ${seconds}s (after ${warmup}s warm-up)"
  report=$(wrk -t"$threads" -c"${2:-64}" -d"${seconds}s" --latency -s "$script" "$url")
  echo "$report"
  grep -q "Non-2xx" <<<"$report" || echo "Non-2xx or 3xx responses: 0"
  grep -q "Socket errors" <<<"$report" || echo "Socket errors: none"
  [ "$service" = nginx ] || echo "Service RSS after the run: $(rss_mib "$service_pid") MiB"
}

install_missing wrk wrk
install_missing nginx nginx
install_missing curl curl

if [ $# -gt 0 ]; then
  run_one_scenario "$@"
  exit 0
fi

mapfile -t services < <(bash .github/scripts/pom-modules.sh services)
ensure_packaged "${services[@]}"

# results: "scenario service connections rps p50 p99 non2xx socket target"; services: "service ready_ms rss_mib"
results="$work/results"
service_results="$work/services"
: >"$results"
: >"$service_results"

run_scenarios_of() { # <service>; the service (or nginx) answers on service_port
  local scenario service method path lua setup target url script c
  while IFS=$'\t' read -r scenario service method path lua setup target; do
    [ "$service" = "$1" ] || continue
    url="http://127.0.0.1:$service_port$(scenario_path "$setup" "$path" "http://127.0.0.1:$service_port")"
    script=$(wrk_script "$method" "$lua")
    echo "-- $scenario: warm-up ${warmup}s, then $runs x ${seconds}s at each of: $connection_counts connections"
    wrk -t"$threads" -c64 -d"${warmup}s" -s "$script" "$url" >/dev/null
    for c in $connection_counts; do
      echo "$scenario $service $c $(measure "$url" "$script" "$c") $target" | tee -a "$results"
    done
  done < <(grep -v '^#' benchmarks/scenarios.tsv | tail -n +2)
}

echo "== nginx (the ceiling)"
start_ceiling
run_scenarios_of nginx
stop_launcher

for service in "${services[@]}"; do
  if ! grep -qP "\t$service\t" benchmarks/scenarios.tsv; then
    echo "no benchmark scenario for $service in benchmarks/scenarios.tsv" >&2
    exit 1
  fi
  echo "== $service"
  start_service "$service"
  echo "   ready in $ready_ms ms (pid $service_pid, port $service_port)"
  run_scenarios_of "$service"
  echo "$service $ready_ms $(rss_mib "$service_pid")" | tee -a "$service_results"
  stop_launcher
done

bash benchmarks/render-results.sh "$results" "$service_results" "$seconds" "$warmup" "$runs" >"$work/tables.md"
cat "$work/tables.md"
# Replace what lies between the two markers in the docs, keep everything else.
awk -v tables="$work/tables.md" '
  /<!-- benchmark-results:start -->/ { print; while ((getline line < tables) > 0) print line; skip = 1; next }
  /<!-- benchmark-results:end -->/ { skip = 0 }
  !skip' "$docs" >"$work/docs.md"
grep -q '<!-- benchmark-results:end -->' "$work/docs.md" || { echo "$docs lacks the result markers" >&2; exit 1; }
cp "$work/docs.md" "$docs"
echo "Rewrote the results in $docs"
