#!/usr/bin/env bash
# After `terraform apply`: fails unless ECS completed the deployment of the task definition just registered.
# The apply waits for a steady service, but a steady service may be the old task definition again: the deployment
# circuit breaker or a deployment alarm rolled the new one back. ECS itself says which: the service's deployment
# of <task-definition-arn> must reach rolloutState COMPLETED as the PRIMARY deployment; FAILED, or a PRIMARY
# deployment of another task definition (a rollback), fails. Waits while it is IN_PROGRESS (alarms keep watching
# a deployment for a while after it is steady).
#   ecs-deployment-outcome.sh <cluster> <service> <task-definition-arn>
set -euo pipefail

cluster=${1:?usage: ecs-deployment-outcome.sh <cluster> <service> <task-definition-arn>}
service=${2:?usage: ecs-deployment-outcome.sh <cluster> <service> <task-definition-arn>}
task_definition=${3:?usage: ecs-deployment-outcome.sh <cluster> <service> <task-definition-arn>}
attempts=${ECS_OUTCOME_ATTEMPTS:-90}
delay=${ECS_OUTCOME_DELAY_SECONDS:-10}

for ((i = 1; i <= attempts; i++)); do
  # One line per deployment: status (PRIMARY, ACTIVE), rolloutState, task definition, rolloutStateReason.
  deployments=$(aws ecs describe-services --cluster "$cluster" --services "$service" \
    --query 'services[0].deployments[].[status, rolloutState, taskDefinition, rolloutStateReason]' --output text)
  primary=$(awk -F'\t' '$1 == "PRIMARY"' <<<"$deployments")
  IFS=$'\t' read -r _ state primary_definition reason <<<"$primary"
  if [ "${primary_definition:-}" != "$task_definition" ]; then
    echo "FAIL $service runs ${primary_definition:-nothing}, not $task_definition: ECS rolled the deployment back" >&2
    echo "$deployments" >&2
    exit 1
  fi
  case "$state" in
    COMPLETED)
      echo "ok   $service: deployment of $task_definition COMPLETED"
      exit 0
      ;;
    FAILED)
      echo "FAIL $service: deployment of $task_definition FAILED: $reason" >&2
      exit 1
      ;;
  esac
  echo "..   $service: deployment of $task_definition is $state (check $i of $attempts)"
  sleep "$delay"
done
echo "FAIL $service: deployment of $task_definition did not complete after $attempts checks" >&2
exit 1
