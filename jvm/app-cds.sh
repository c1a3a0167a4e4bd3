#!/usr/bin/env bash
# Writes a packaged service's AppCDS archive, <quarkus-app>/app-cds.jsa: starts the service once (prod profile, its own
# JVM flags, loopback, ports the OS picks), asks it once whether it is ready (the readiness check a load balancer
# makes, which calls its backends) and once for a path it does not have (a problem+json answer), stops it, and lets
# the JVM write every class it loaded into the archive as it exits (-XX:ArchiveClassesAtExit). A later start with
# -XX:SharedArchiveFile=<the archive> maps those classes, already parsed and verified, instead of loading them from
# the jars: about a third less CPU to start (docs/benchmarks.md).
#   app-cds.sh <quarkus-app folder> <JVM options file> [--verify]
# An archive is used only by the JVM build that wrote it, with the same jars at the same paths, so it is written where
# it runs: by each service's Maven build with the build's java (for the local launchers and the *IT tests), and by a
# RUN step of each Dockerfile.jvm with the image's own java. A JVM that cannot use its archive starts without it.
# --verify then starts the service once more with the archive and -Xshare:on, which refuses to start without it: the
# image build fails unless the image's JVM takes both the flags and the archive.
# No backend is needed: in the prod profile no service calls one before it has started, and the readiness check
# answers 503 within its bound without one, after loading the classes of the call it tried.
# Environment: JAVA (default $JAVA_HOME/bin/java, else java), APP_CDS_TIMEOUT (seconds to start, default 120), and
# whatever configuration the service needs to start in the prod profile (konnichiwa: its keys).
set -euo pipefail

usage() {
  echo "usage: $0 <quarkus-app folder> <JVM options file> [--verify]" >&2
  exit 2
}
if [ $# -lt 2 ] || [ $# -gt 3 ]; then usage; fi
app=$1
options=$2
verify=false
if [ $# -eq 3 ]; then
  [ "$3" = --verify ] || usage
  verify=true
fi
[ -f "$app/quarkus-run.jar" ] || { echo "app-cds.sh: no $app/quarkus-run.jar" >&2; exit 1; }
[ -f "$options" ] || { echo "app-cds.sh: no JVM options file $options" >&2; exit 1; }
if [ -z "${JAVA:-}" ]; then
  if [ -n "${JAVA_HOME:-}" ]; then JAVA=$JAVA_HOME/bin/java; else JAVA=java; fi
fi
timeout=${APP_CDS_TIMEOUT:-120}
archive=$app/app-cds.jsa
log=$(mktemp)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$log"
}
trap cleanup EXIT

# Leaves no archive behind: one written by a start that failed would be used by the next.
fail() {
  echo "app-cds.sh: $1" >&2
  cat "$log" >&2
  rm -f "$archive"
  exit 1
}

# GET <port> <path>: one request through bash's /dev/tcp (the base image has no HTTP client to count on); the answer
# is read to its end and dropped.
get() {
  local connection
  exec {connection}<>"/dev/tcp/127.0.0.1/$1" || fail "the service took no connection on port $1 for GET $2:"
  printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$2" >&"$connection"
  while IFS= read -r -t 30 _ <&"$connection"; do :; done
  exec {connection}<&-
}

# Starts the service with the given extra JVM flags, waits until it says it started, makes the two requests, stops it
# (SIGTERM, as ECS does) and waits for it to exit. Fails with the service's output when it exits or stays silent
# instead.
run_once() {
  : >"$log"
  "$JAVA" "@$options" "$@" \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0 \
    -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port=0 \
    -jar "$app/quarkus-run.jar" >"$log" 2>&1 &
  pid=$!
  local waited=0
  # Bash's own match, not grep: the script runs in the base image too, which is kept minimal.
  until [[ "$(<"$log")" == *"started in"* ]]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid" || true
      pid=""
      fail "the service exited before it started ($*):"
    fi
    if [ "$waited" -ge $((timeout * 10)) ]; then
      fail "the service did not start within $timeout s ($*):"
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  # Quarkus' start line names both ports: "Listening on: http://127.0.0.1:<port>. Management interface listening on
  # http://127.0.0.1:<port>."
  local started
  started=$(<"$log")
  [[ "$started" =~ Listening\ on:\ http://127\.0\.0\.1:([0-9]+).*Management\ interface\ listening\ on\ http://127\.0\.0\.1:([0-9]+) ]] \
    || fail "the start line names no port and management port ($*):"
  get "${BASH_REMATCH[2]}" /q/health/ready
  get "${BASH_REMATCH[1]}" /app-cds-training-path-that-does-not-exist
  kill -TERM "$pid"
  # The JVM writes the archive while it exits; its exit status after SIGTERM says nothing about the archive.
  wait "$pid" || true
  pid=""
}

rm -f "$archive"
# -Xlog:cds=off: the dump lists every class it leaves out (hundreds of "Skipping ...: Not linked"), which would bury
# the service's own output when the start fails.
run_once "-XX:ArchiveClassesAtExit=$archive" -Xlog:cds=off
[ -s "$archive" ] || fail "the JVM wrote no archive at $archive:"
if $verify; then
  run_once "-XX:SharedArchiveFile=$archive" -Xshare:on
fi
echo "app-cds.sh: wrote $archive ($(($(stat -c %s "$archive") / 1048576)) MiB)"
