# The load each service gets during its rolling deploy (sourced by run.sh; rolling.sh calls load_step), and what
# "nothing lost, nothing counted twice" means for it. A service's load is five functions, <driver>_<step>:
#   description       what the load is, for the log;
#   warm_up           a short load before the measured one (the replicas ECS replaces have been serving);
#   before            what the check needs from before the load;
#   run DURATION      the load against $proxy in the foreground (rolling.sh runs it in the background);
#   result LOG        sets load_ok and load_failed (requests answered, attempts failed: 5xx or no answer, each one
#                     also a failure in the proxy's log), load_exact ("pass" or "fail"), load_exact_name and
#                     load_exact_detail.
# shellcheck shell=bash
# shellcheck disable=SC2154 # repo_root, platform_local, run_dir, proxy, load_rate: set by the files sourced before
# shellcheck disable=SC2034 # load_*: read by rolling.sh

# The services that have a load here, so a rolling deploy.
rolling_services=(bullets-service people-info-service)
# people-info's simulation's rate in dev (load-tests/simulations.tsv: 50 clients/s); each client here creates a
# person and reads it people_reads times.
people_rate=${PEOPLE_RATE:-50}
people_reads=3

# load_step SERVICE STEP [ARGUMENT...]: the service's function for that step.
load_step() {
  local driver
  case $1 in
    bullets-service) driver=bullets ;;
    people-info-service) driver=people ;;
    *) fail "platform-local/loads.sh has no load for $1" ;;
  esac
  "${driver}_$2" "${@:3}"
}

# bullets-service: its Gatling simulation, each bullet with an Idempotency-Key and retried after a 503 with it.

bullets_description() {
  echo "$load_rate bullets/s"
}

bullets_warm_up() {
  echo 'wrk.method = "POST"' >"$run_dir/post.lua"
  wrk -t1 -c2 -d15s -s "$run_dir/post.lua" "$proxy/api/v1/player/fired_bullet"
}

bullets_counter() {
  curl -s --max-time 5 "$proxy/api/v1/player/fired_bullets" | jq -r .fired_bullets
}

bullets_before() {
  bullets_counter_before=$(bullets_counter)
}

bullets_run() {
  cd "$repo_root" && exec ./mvnw -B -pl load-tests -am verify -Pload-check -DskipTests -DskipWorkflowChecks \
    -Dgatling.simulationClass=io.cloudsuite.loadtests.BulletsSimulation "-Dload.base-url=$proxy" \
    "-Dload.rate=$load_rate" "-Dload.duration=$1" -Dload.ramp=0
}

# Gatling's every request (load_ok, load_failed) and acknowledged bullets (one 2xx per bullet), the counter's rise,
# and the simulation's exactly-once check (its "counter rose by exactly the 2xx answers" assertion, which also needs
# every bullet acknowledged in the end), apart from its success share, which run.sh checks stricter itself.
bullets_result() {
  local log=$1 acknowledged rise passed=false
  if grep -q "^counter rose by exactly the 2xx answers: percentage of successful events is 100.0 : true" "$log"; then
    passed=true
  fi
  read -r load_ok load_failed <<<"$(gatling_counts 'request count' "$log")"
  read -r acknowledged _ <<<"$(gatling_counts 'fire a bullet' "$log")"
  if [ -z "$load_ok" ] || [ -z "$acknowledged" ]; then fail "no Gatling statistics in $log"; fi
  rise=$(($(bullets_counter) - bullets_counter_before))
  load_exact_name="counter = acknowledged bullets"
  load_exact=$([ "$rise" -eq "$acknowledged" ] && $passed && echo pass || echo fail)
  load_exact_detail="counter +$rise, acknowledged $acknowledged; simulation's exactly-once check $($passed && echo passed || echo failed)"
}

# gatling_counts NAME LOG: "<OK> <KO>" of a line of Gatling's last statistics table (`> NAME | total | OK | KO`;
# Gatling writes "-" for none).
gatling_counts() {
  awk -F'|' -v name="> $1" 'index($0, name) == 1 { ok = $3; ko = $4 }
    END { gsub(/[ ,]/, "", ok); gsub(/[ ,]/, "", ko); print (ok == "-" ? 0 : ok), (ko == "-" ? 0 : ko) }' "$2"
}

# people-info-service: PeopleLoad.java (its Gatling simulation deletes its people and sends no Idempotency-Key, so
# it cannot show that each acknowledged create is stored once): people created with an Idempotency-Key, retried with
# it after a failed attempt, and read; afterwards each acknowledged one looked up by its own surname.

people_description() {
  echo "$people_rate people/s created and read $people_reads times each"
}

people_warm_up() {
  java "$platform_local/PeopleLoad.java" "$proxy" "$people_rate" 15 "$people_reads"
}

people_before() {
  :
}

people_run() {
  exec java "$platform_local/PeopleLoad.java" "$proxy" "$people_rate" "$1" "$people_reads"
}

# people_count NAME: a count of PeopleLoad's summary line (people_summary).
people_count() {
  sed -nE "s/.*(^| )$1=([0-9]+).*/\2/p" <<<"$people_summary"
}

people_result() {
  local log=$1 acknowledged once
  people_summary=$(grep '^requests=' "$log" | tail -n 1)
  [ -n "$people_summary" ] || fail "no summary line in $log"
  load_ok=$(people_count ok)
  load_failed=$(people_count failed)
  acknowledged=$(people_count acknowledged)
  once=$(people_count once)
  load_exact_name="every acknowledged create stored once"
  load_exact=$([ "$acknowledged" -gt 0 ] && [ "$once" -eq "$acknowledged" ] \
    && [ "$(people_count clients)" -eq "$acknowledged" ] \
    && [ $(($(people_count unexpected) + $(people_count stuck-clients))) -eq 0 ] && echo pass || echo fail)
  load_exact_detail="$(people_count clients) creates, $acknowledged acknowledged ($(people_count replayed) as a replay of a failed attempt's); stored once $once, missing $(people_count missing), twice or more $(people_count duplicated), unchecked $(people_count unverified); other wrong answers $(people_count unexpected)"
}
