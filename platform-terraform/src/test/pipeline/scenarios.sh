#!/usr/bin/env bash
# The pipeline's stories, run with .github/scripts in a scratch git repository against stub aws, skopeo and gh
# (stubs/): each job below calls the scripts its workflow step calls, in the same order, with the same inputs.
# What the stubs cannot do is simulated here in as few lines as possible and marked "simulated": building an
# image, and `terraform apply` (a new task definition whose image is the digest its tag names, and the deployment
# ECS then runs, or rolls back). Exits non-zero at the first story whose expectation fails.
#   scenarios.sh <repository root> <scratch dir>
set -euo pipefail

source_root=$(cd "${1:?usage: scenarios.sh <repository root> <scratch dir>}" && pwd)
scratch=${2:?usage: scenarios.sh <repository root> <scratch dir>}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

rm -rf "$scratch"
mkdir -p "$scratch/repo" "$scratch/state"
export STUB_STATE="$scratch/state" PATH="$here/stubs:$PATH" AWS_REGION=eu-west-1
export GITHUB_REPOSITORY=cloudsuite/cloud-services-suite GITHUB_REF_NAME=main
unset GITHUB_OUTPUT GITHUB_ACTIONS
DEV=111111111111
PROD=222222222222
mkdir -p "$STUB_STATE/runs" "$STUB_STATE/manifests"
touch "$STUB_STATE/calls.log"

# The repository as committed plus the working tree's changes, with its own history.
repo="$scratch/repo"
git -C "$source_root" ls-files -z --cached --others --exclude-standard \
  | (cd "$source_root" && tar --null -T - -cf - 2>/dev/null) | tar -C "$repo" -xf -
cd "$repo"
git init -q -b main
git config user.email scenarios@example.com
git config user.name scenarios
git add -A
git commit -qm "first commit"

services=$(bash .github/scripts/pom-modules.sh services)
# The platform stacks (an administrator applied them): one repository per service in each account.
for service in $services; do mkdir -p "$STUB_STATE/ecr/$DEV/$service" "$STUB_STATE/ecr/$PROD/$service"; done
bash .github/scripts/render-paths-filters.sh build >"$scratch/build-filters.yml"
bash .github/scripts/render-paths-filters.sh deploy >"$scratch/deploy-filters.yml"

step() { echo "---- $*"; }
expect() { # expect <description> <actual> <expected>
  if [ "$2" != "$3" ]; then
    echo "FAIL $1: expected '$3', got '$2'" >&2
    exit 1
  fi
  echo "ok   $1"
}
short() { local s=${1%-service}; echo "$s"; }
output() { sed -n "s/^$1=//p" <<<"$2" | tail -n 1; }
change() { # change <file>... : one commit touching those files
  local file
  for file in "$@"; do mkdir -p "$(dirname "$file")"; echo "change $RANDOM" >>"$file"; done
  git add -A
  git commit -qm "change ${*}"
  git rev-parse HEAD
}

# What runs in <account>'s ECS service <service>: "<image>" of its PRIMARY deployment.
running() { cat "$STUB_STATE/running/$1/$2" 2>/dev/null || echo none; }
registry_digest() { cat "$STUB_STATE/ecr/$1/$2/$3" 2>/dev/null || echo none; }

# simulated: docker build and push (a manifest unique to service and commit).
build_and_push() {
  local service=$1 tag=$2 manifest digest
  manifest="{\"service\":\"$service\",\"commit\":\"$tag\",\"built\":\"$RANDOM$RANDOM\"}"
  digest="sha256:$(printf '%s' "$manifest" | sha256sum | cut -d' ' -f1)"
  printf '%s' "$manifest" >"$STUB_STATE/manifests/$digest"
  echo "$digest" >"$STUB_STATE/ecr/$DEV/$service/$tag"
}

# simulated: terraform apply of the service stack with image_tag=<tag> in <account> (data.aws_ecr_image resolves
# the tag in the account's own registry), the first apply of konnichiwa's stack creating its key secret, and what
# ECS then does: completes the deployment, or (FAIL_DEPLOY=<service>) rolls it back to the previous one.
apply_stack() {
  local account=$1 environment=$2 service=$3 tag=$4 digest previous revision cluster=cloudsuite-$2 name
  name="$(short "$service")-$environment"
  digest=$(registry_digest "$account" "$service" "$tag")
  [ "$digest" != none ] || { echo "terraform: data.aws_ecr_image: $service:$tag not found" >&2; return 1; }
  revision=$(($(cat "$STUB_STATE/revision-$account-$service" 2>/dev/null || echo 0) + 1))
  echo "$revision" >"$STUB_STATE/revision-$account-$service"
  task_definition="arn:aws:ecs:eu-west-1:$account:task-definition/$name:$revision"
  mkdir -p "$STUB_STATE/ecs/$account/$cluster" "$STUB_STATE/running/$account" "$STUB_STATE/secrets/$account/cloudsuite/$environment/konnichiwa"
  previous=$(cat "$STUB_STATE/task-definition-$account-$service" 2>/dev/null || true)
  if [ "${FAIL_DEPLOY:-}" = "$service" ] && [ -n "$previous" ]; then
    printf 'PRIMARY\tCOMPLETED\t%s\tECS deployment circuit breaker: rolling back\n' "$previous" >"$STUB_STATE/ecs/$account/$cluster/$name"
  else
    printf 'PRIMARY\tCOMPLETED\t%s\tECS deployment completed\n' "$task_definition" >"$STUB_STATE/ecs/$account/$cluster/$name"
    echo "$task_definition" >"$STUB_STATE/task-definition-$account-$service"
    echo "$account.dkr.ecr.eu-west-1.amazonaws.com/$service@$digest" >"$STUB_STATE/running/$account/$service"
  fi
  local secret="$STUB_STATE/secrets/$account/cloudsuite/$environment/konnichiwa/api-keys"
  if [ "$service" = konnichiwa-service ] && [ ! -f "$secret" ]; then
    printf 'key%s%s%s' "$RANDOM" "$RANDOM" "$environment" >"$secret"
  fi
}

# deploy-service.yml, one service to one environment at <commit> (IMAGE_TAG: the commit, or in production the
# commit of dev's image). Returns non-zero where the workflow's job would fail.
deploy() {
  local service=$1 environment=$2 commit=$3 out tag digest key
  git checkout -q "$commit"
  if [ "$environment" = dev ]; then
    export STUB_ACCOUNT=$DEV # prepare: dev's plan role
    out=$(bash .github/scripts/ecr-image-exists.sh "$service" "$commit")
    if [ "$(output exists "$out")" = false ]; then build_and_push "$service" "$commit"; fi
    tag=$commit
  else
    export STUB_ACCOUNT=$PROD # prepare: production's plan role
    out=$(bash .github/scripts/dev-deployed-image.sh "$service" "$commit" "$DEV")
    tag=$(output tag "$out")
    digest=$(output digest "$out")
    bash .github/scripts/promote-image.sh "$service" "$tag" "$digest" "$DEV" >/dev/null
  fi
  # apply: the deploy role.
  apply_stack "$STUB_ACCOUNT" "$environment" "$service" "$tag"
  if ! bash .github/scripts/ecs-deployment-outcome.sh "cloudsuite-$environment" "$(short "$service")-$environment" "$task_definition"; then
    git checkout -q main
    return 1
  fi
  if [ "$environment" = dev ]; then bash .github/scripts/mark-deployed.sh "$service" "$commit"; fi
  # load-check: its own job; only konnichiwa's assumes the load check role, which reads its key.
  key=$(bash .github/scripts/load-check-key.sh "$service" "$environment")
  if [ "$service" = konnichiwa-service ]; then
    echo "$key" >"$STUB_STATE/load-check-key-$environment"
  fi
  git checkout -q main
}

# ci.yml on a push to main: changes since the last green run, then deploy-dev per service of the deploy matrix.
ci_push() {
  local head base changes out deploy service result=success
  head=$(git rev-parse HEAD)
  base=$(WORKFLOW_FILE=ci.yml GITHUB_SHA=$head bash .github/scripts/last-green-sha.sh 2>/dev/null)
  base=$(output sha "$base")
  if [ -z "$base" ] && git rev-parse -q --verify "$head~1" >/dev/null; then base=$(git rev-parse "$head~1"); fi # the push's `before`
  if [ "$head" = "$(git rev-list --max-parents=0 HEAD)" ]; then base=""; fi # a first push: everything changed
  changes=$(bash .github/scripts/paths-filter.sh "$scratch/build-filters.yml" some "$base" "$head")
  changes+=$(bash .github/scripts/paths-filter.sh "$scratch/deploy-filters.yml" every "$base" "$head")
  out=$(CHANGES=$changes bash .github/scripts/changed-matrices.sh)
  ci_services=$(output services "$out")
  ci_deploy=$(output deploy "$out")
  deploy=$(tr -d '[]"' <<<"$ci_deploy" | tr , ' ')
  for service in $deploy; do deploy "$service" dev "$head" >/dev/null || result=failure; done
  echo "$result $head ci" >>"$STUB_STATE/runs/ci.yml"
}

# promote-production.yml after a green ci.yml run of <commit>: every service changed since the last successful
# promotion (all of them at the first), each promoted (deploy-service.yml, production). A failed service fails
# the run; a run whose approval is rejected counts as failed (REJECT=true).
promote() {
  local commit=$1 base out changes service result=success
  base=$(WORKFLOW_FILE=promote-production.yml RUN_EVENT=any HEAD_SHA=$commit SHA_IN_TITLE=true GITHUB_SHA=$commit \
    bash .github/scripts/last-green-sha.sh 2>/dev/null)
  base=$(output sha "$base")
  if [ -z "$base" ]; then
    changes=$(bash .github/scripts/pom-modules.sh services | sed 's/^/"deploy-/; s/$/"/' | paste -sd, | sed 's/^/[/; s/$/]/')
  else
    changes=$(bash .github/scripts/paths-filter.sh "$scratch/deploy-filters.yml" every "$base" "$commit")
  fi
  out=$(CHANGES=$changes bash .github/scripts/changed-matrices.sh)
  promoted=$(output deploy "$out")
  if [ "${REJECT:-false}" = true ]; then
    result=failure
  else
    for service in $(tr -d '[]"' <<<"$promoted" | tr , ' '); do deploy "$service" production "$commit" >/dev/null || result=failure; done
  fi
  echo "$result $commit promote $commit" >>"$STUB_STATE/runs/promote-production.yml"
  [ "$result" = success ]
}

dev_digest_at() { registry_digest "$DEV" "$1" "deployed-$2"; }
prod_runs() { running "$PROD" "$1"; }
expect_prod_runs_dev_image() { # <service> <commit whose dev image production must run>
  expect "production runs $1 as dev deployed it at ${2:0:7}" "$(prod_runs "$1")" "$PROD.dkr.ecr.eu-west-1.amazonaws.com/$1@$(dev_digest_at "$1" "$2")"
}

# Every service of the pom as the JSON array the matrices hold.
all="[$(while IFS= read -r s; do printf '"%s"\n' "$s"; done <<<"$services" | paste -sd,)]"

step "1. the very first deploy and the very first promotion, with no image and no state anywhere"
A=$(git rev-parse HEAD)
ci_push
expect "the first push builds every service" "$ci_services" "$all"
expect "the first push deploys every service to dev" "$ci_deploy" "$all"
for service in $services; do
  expect "dev runs the $service image it built at A" "$(running "$DEV" "$service")" "$DEV.dkr.ecr.eu-west-1.amazonaws.com/$service@$(dev_digest_at "$service" "$A")"
done
promote "$A"
for service in $services; do expect_prod_runs_dev_image "$service" "$A"; done

step "2. A changes bullets only, B mirror-clock only: promoting B gives production both, each the digest dev ran"
B1=$(change bullets-service/src/main/java/Changed.java)
ci_push
expect "a bullets-only change deploys bullets only" "$ci_deploy" '["bullets-service"]'
B2=$(change mirror-clock-service/src/main/java/Changed.java)
ci_push
expect "a mirror-clock-only change deploys mirror-clock only" "$ci_deploy" '["mirror-clock-service"]'
promote "$B2"
expect "promoting B promotes both changed services" "$promoted" '["bullets-service","mirror-clock-service"]'
expect_prod_runs_dev_image bullets-service "$B1"
expect_prod_runs_dev_image mirror-clock-service "$B2"
expect "production's bullets is the digest dev ran" "$(registry_digest "$PROD" bullets-service "$B1")" "$(dev_digest_at bullets-service "$B1")"

step "3. a promotion fails (ECS rolls it back), another is rejected, and a newer one follows"
C1=$(change people-info-service/src/main/java/Changed.java)
ci_push
if FAIL_DEPLOY=people-info-service promote "$C1" 2>"$scratch/rollback.log"; then
  echo "FAIL a promotion whose deployment ECS rolled back succeeded" >&2
  exit 1
fi
grep -q "rolled the deployment back" "$scratch/rollback.log" || { cat "$scratch/rollback.log" >&2; exit 1; }
echo "ok   a promotion whose deployment ECS rolled back fails, saying so"
expect_prod_runs_dev_image people-info-service "$A"
C2=$(change stream-limiter-service/src/main/java/Changed.java)
ci_push
REJECT=true promote "$C2" || true
C3=$(change konnichiwa-service/src/main/java/Changed.java)
ci_push
promote "$C3"
expect "the next promotion covers what the failed and the rejected ones did not deliver" "$promoted" \
  '["stream-limiter-service","people-info-service","konnichiwa-service"]'
expect_prod_runs_dev_image people-info-service "$C1"
expect_prod_runs_dev_image stream-limiter-service "$C2"
expect_prod_runs_dev_image konnichiwa-service "$C3"

step "4. a rollback of one service to a named earlier commit"
# deploy-service.yml run by hand: service bullets-service, environment production, commit A.
deploy bullets-service production "$A" >/dev/null
expect_prod_runs_dev_image bullets-service "$A"
expect "the rollback leaves the other services alone" "$(prod_runs mirror-clock-service)" \
  "$PROD.dkr.ecr.eu-west-1.amazonaws.com/mirror-clock-service@$(dev_digest_at mirror-clock-service "$B2")"
deploy bullets-service dev "$A" >/dev/null
expect "dev rolls back to the image it built at A, not a rebuild" "$(running "$DEV" bullets-service)" \
  "$DEV.dkr.ecr.eu-west-1.amazonaws.com/bullets-service@$(dev_digest_at bullets-service "$A")"
if (deploy bullets-service production "$(git hash-object -w --stdin <<<"not a commit")" >/dev/null 2>&1); then
  echo "FAIL a rollback to something that is not a commit succeeded" >&2
  exit 1
fi
echo "ok   a rollback to something that is not a commit fails"

step "5. changes under jvm/, under load-tests/, in a shared module"
change jvm/service-jvm.options >/dev/null
ci_push
expect "a JVM flag rebuilds every service" "$ci_services" "$all"
expect "a JVM flag redeploys every service" "$ci_deploy" "$all"
change load-tests/src/test/java/io/cloudsuite/loadtests/BulletsSimulation.java >/dev/null
ci_push
expect "bullets' simulation redeploys bullets only (its load check)" "$ci_deploy" '["bullets-service"]'
change load-tests/pom.xml >/dev/null
ci_push
expect "the load tests' shared build redeploys every service" "$ci_deploy" "$all"
change build-parent/pom.xml >/dev/null
ci_push
expect "the build parent (plugin versions, formatter) rebuilds every service" "$ci_services" "$all"
expect "the build parent redeploys every service" "$ci_deploy" "$all"
change service-commons/src/main/java/Changed.java >/dev/null
ci_push
expect "service-commons rebuilds every service" "$ci_services" "$all"
expect "service-commons redeploys every service" "$ci_deploy" "$all"
change service-testing/src/main/java/Changed.java >/dev/null
ci_push
expect "service-testing reruns every service's tests" "$ci_services" "$all"
expect "service-testing deploys nothing" "$ci_deploy" "[]"
change docs/changed.md >/dev/null
ci_push
expect "a docs change builds nothing" "$ci_services" "[]"

step "6. konnichiwa's load check gets a working key in dev and in production on the first deploy"
for environment in dev production; do
  account=$DEV
  if [ "$environment" = production ]; then account=$PROD; fi
  accepted=$(cut -d, -f1 "$STUB_STATE/secrets/$account/cloudsuite/$environment/konnichiwa/api-keys")
  expect "the $environment load check sends a key the $environment tasks accept" "$(cat "$STUB_STATE/load-check-key-$environment")" "$accepted"
done
expect "dev and production keys differ (each environment draws its own)" \
  "$([ "$(cat "$STUB_STATE/load-check-key-dev")" != "$(cat "$STUB_STATE/load-check-key-production")" ] && echo yes)" yes

echo "ok   every pipeline scenario passed ($(wc -l <"$STUB_STATE/calls.log") stub calls)"
