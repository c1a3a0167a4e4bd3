#!/usr/bin/env bash
# Renders benchmarks/wrk.sh's measurements as the Markdown tables of docs/benchmarks.md.
#   render-results.sh <scenario results> <service results> <seconds> <warm-up> <runs>
# scenario results: "scenario service connections rps p50_ms p99_ms non2xx socket_errors service_cpu_us_per_request
# backends_cpu_percent target..." per line;
# service results: "service ready_ms rss_mib" per line.
set -euo pipefail
cd "$(dirname "$0")/.."

results=${1:?} services=${2:?} seconds=${3:?} warmup=${4:?} runs=${5:?}

cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
memory=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
# shellcheck source=/dev/null
os=$(. /etc/os-release && printf '%s' "$PRETTY_NAME")
java=$(java -version 2>&1 | head -n 1)
commit=$(git rev-parse --short HEAD)
dirty=$(git diff --quiet HEAD -- . 2>/dev/null || echo " (with uncommitted changes)")

echo
echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') at commit \`$commit\`$dirty on $(nproc) × $cpu, $memory, $os,"
echo "$java; wrk 2 threads on the same machine. Medians of $runs runs of ${seconds} s after a ${warmup} s warm-up."
echo "Share = the scenario's req/s over nginx's (204, same machine, same connections) in the same run."
echo "Service CPU = the service JVM's CPU time (user + system, all threads) per request: what a Fargate task pays for."
echo "Backends = the local Redis / Dynoxide processes' share of the machine's two cores during the run."
echo
echo "| Scenario | Connections | req/s | p50 | p99 | non-2xx / socket errors | service CPU per request | backends' CPU | share of ceiling | target |"
echo "|---|---|---|---|---|---|---|---|---|---|"
awk '
  function grouped(n,    s) { s = sprintf("%d", n); while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", s); return s }
  NR == FNR { if ($2 == "nginx") ceiling[$3] = $4; next }
  {
    share = ceiling[$3] > 0 ? $4 / ceiling[$3] : 0
    target = "-"
    if ($2 != "nginx" && $11 != "" && $11 != "-") {
      ok = share >= $11 && $7 == 0 && $8 == 0
      text = "≥ " $11 " x"
      if ($12 ~ /^p99</) {
        limit = substr($12, 5) + 0
        ok = ok && $6 < limit
        text = text ", p99 < " limit " ms"
      }
      target = text ", 0 errors: " (ok ? "met" : "**not met**")
    }
    printf "| %s | %d | %s | %.2f ms | %.2f ms | %d / %d | %s | %s | %s | %s |\n", \
      $1, $3, grouped($4), $5, $6, $7, $8, ($9 == "-" ? "-" : $9 " µs"), ($10 == "-" ? "-" : $10 " %"), \
      ($2 == "nginx" ? "1 (ceiling)" : sprintf("%.2f x", share)), target
  }' "$results" "$results"
echo
echo "| Service | start to ready | RSS after load | target: ready ≤ 1.5 s, RSS ≤ 200 MiB |"
echo "|---|---|---|---|"
awk '{
  ok = $2 <= 1500 && $3 <= 200
  printf "| %s | %.2f s | %d MiB | %s |\n", $1, $2 / 1000, $3, (ok ? "met" : "**not met**")
}' "$services"
echo
