#!/usr/bin/env bash
# Throughput and latency of one service under wrk, on the packaged jar and real local backends.
#
#   benchmarks/wrk.sh <scenario> [connections] [seconds]
#
# Scenarios (one line each in benchmarks/scenarios.tsv): e.g. bullets-post, bullets-get, mirror-clock.
# Starts the suite with ./suite up (every service on its own port, its backends), warms the endpoint up for 15 s so the JIT settles,
# measures, prints wrk's report, and stops everything. Installs wrk from Debian's packages when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

scenario=${1:?usage: benchmarks/wrk.sh <scenario> [connections] [seconds]}
connections=${2:-64}
seconds=${3:-30}
warmup_seconds=15

line=$(awk -F'\t' -v s="$scenario" '$1 == s' benchmarks/scenarios.tsv)
[ -n "$line" ] || { echo "unknown scenario '$scenario'; see benchmarks/scenarios.tsv" >&2; exit 2; }
IFS=$'\t' read -r _ method url <<<"$line"

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then echo "wrk is missing; install it (apt-get install wrk)" >&2; exit 1; fi
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

# A suite of its own (./suite builds what is missing), stopped on exit whatever happens.
export SUITE_STATE_DIR=$PWD/target/benchmark-suite
trap './suite down >/dev/null' EXIT
./suite up >&2

script=$(mktemp --suffix=.lua)
printf 'wrk.method = "%s"\n' "$method" >"$script"
wrk -t2 -c"$connections" -d"${warmup_seconds}s" -s "$script" "$url" >/dev/null
echo "== $scenario: $method $url, $connections connections, ${seconds}s (after ${warmup_seconds}s warm-up)"
report=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$script" "$url")
rm -f "$script"
echo "$report"
# wrk prints the error lines only when there were errors; say so either way.
grep -q "Non-2xx" <<<"$report" || echo "Non-2xx or 3xx responses: 0"
grep -q "Socket errors" <<<"$report" || echo "Socket errors: none"
port=$(sed -E 's#^[a-z]+://[^:/]+:([0-9]+).*#\1#' <<<"$url")
service_pid=$(ss -ltnpH "sport = :$port" | grep -oE 'pid=[0-9]+' | head -n 1 | cut -d= -f2)
echo "Service RSS after the run: $(awk '/VmRSS/ {print $2, $3}' "/proc/$service_pid/status")"
