#!/bin/bash
# Stand-in for /opt/jboss/container/java/run/run-java.sh of registry.access.redhat.com/ubi9/openjdk-17-runtime,
# written for platform-local/base-image.sh. It keeps the part of the real script's contract the suite's images use:
#   - JAVA_OPTS, when set (even empty), replaces every option the script would add; unset, the script adds its
#     defaults (parallel GC, 80 % of the container's memory as heap, heap free ratios) and JAVA_OPTS_APPEND;
#   - the options are split on white space, unquoted, as the real script does, so "@file" is one argument;
#   - JAVA_APP_JAR is started with `java -jar` from JAVA_APP_DIR (default /deployments), relative to it when not
#     absolute; with neither JAVA_APP_JAR nor JAVA_MAIN_CLASS the one *.jar in JAVA_APP_DIR is taken;
#   - it logs the command line, then execs java under the name "java", so the JVM receives the container's SIGTERM.
# Not kept (the images do not use them): run-env.sh, JAVA_CLASSPATH, JAVA_LIB_DIR/classpath files, debug and proxy
# options, and the real defaults' exact computation from cgroup limits. docs/deploy.md lists the differences.
set -eo pipefail

log_info() { echo "INFO $*"; }
log_error() { echo "ERROR $*" >&2; }

default_options() {
  local ratio=${JAVA_MAX_MEM_RATIO:-80}
  echo "-XX:+UseParallelGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:GCTimeRatio=4" \
    "-XX:AdaptiveSizePolicyWeight=90 -XX:+ExitOnOutOfMemoryError -XX:MaxRAMPercentage=${ratio}.0"
}

java_options() {
  local opts
  opts=${JAVA_OPTS-$(default_options) ${JAVA_OPTS_APPEND}}
  echo "$opts" | awk '$1=$1'
}

app_jar() {
  local jar=$1 found
  if [ -z "$jar" ]; then
    found=$(find "$JAVA_APP_DIR" -maxdepth 1 -name '*.jar')
    if [ "$(printf '%s' "$found" | grep -c .)" -ne 1 ]; then
      log_error "JAVA_APP_JAR is not set and $JAVA_APP_DIR does not hold exactly one jar"
      exit 1
    fi
    jar=$found
  fi
  case $jar in
    /*) ;;
    *) jar=$JAVA_APP_DIR/$jar ;;
  esac
  if [ ! -f "$jar" ]; then
    log_error "No $jar found"
    exit 1
  fi
  echo "$jar"
}

JAVA_APP_DIR=${JAVA_APP_DIR:-/deployments}
export JAVA_APP_DIR
cd "$JAVA_APP_DIR"
if [ -n "${JAVA_MAIN_CLASS:-}" ]; then
  app=("$JAVA_MAIN_CLASS")
  classpath=".:$JAVA_APP_DIR/*"
else
  JAVA_APP_JAR=$(app_jar "${JAVA_APP_JAR:-}")
  export JAVA_APP_JAR
  app=(-jar "$JAVA_APP_JAR")
  classpath="."
fi
procname=${JAVA_APP_NAME-java}
# shellcheck disable=SC2046 # the options are split on white space on purpose, as the real script splits them
set -- $(java_options) -cp "$classpath" "${app[@]}" "$@"
log_info "exec -a \"$procname\" java $*"
log_info "running in $PWD"
exec -a "$procname" java "$@"
