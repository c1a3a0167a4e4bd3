# Reads what the ECS task definition of a service says from the Terraform, never from a copy (sourced, not run):
# the container health check command, its timing, the stop timeout, the task's memory and the environment the stack
# passes. Expressions are taken from platform-terraform/modules/ecs-fargate-service and the service's stack and
# evaluated with `terraform console` (no provider, no init): the stack's literal module arguments, else the module's
# defaults. Needs terraform on the PATH.
# shellcheck shell=bash

# shellcheck disable=SC2154 # repo_root: set by common.sh, sourced first
# PLATFORM_TERRAFORM: another checkout's platform-terraform to read instead, e.g. a branch not merged yet.
tf_root=${PLATFORM_TERRAFORM:-$repo_root/platform-terraform}
tf_module=$tf_root/modules/ecs-fargate-service
tf_stacks=$tf_root/stacks
# The ECS default when a container definition sets no stopTimeout (Fargate: 30 s).
ecs_default_stop_timeout=30

# tf_expression NAME FILE...: the expression of the first attribute `NAME = ...` in the files, across lines until
# its brackets close (brackets inside double-quoted strings ignored). Prints nothing when there is none.
tf_expression() {
  local name=$1
  shift
  awk -v name="$name" '
    function depth_of(s,   i, c, d, q) {
      d = 0; q = 0
      for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 1)
        if (q && c == "\\") { i++; continue }
        if (c == "\"") q = !q
        else if (!q && (c == "(" || c == "[" || c == "{")) d++
        else if (!q && (c == ")" || c == "]" || c == "}")) d--
      }
      return d
    }
    !found && $0 ~ "^[ \t]*" name "[ \t]*=[^=]" {
      found = 1; sub("^[ \t]*" name "[ \t]*=[ \t]*", ""); expr = $0; depth = depth_of($0)
      if (depth <= 0) { print expr; exit }
      next
    }
    found { expr = expr "\n" $0; depth += depth_of($0); if (depth <= 0) { print expr; exit } }
  ' "$@"
}

# tf_block_of NAME FILE: the lines of the first block `NAME = {` or `NAME {` (to narrow a search).
tf_block_of() {
  awk -v name="$1" '
    !found && $0 ~ "^[ \t]*" name "[ \t]*(=[ \t]*)?\\{" { found = 1 }
    found { print; n += gsub(/\{/, "{"); n -= gsub(/\}/, "}"); if (n <= 0) exit }
  ' "$2"
}

# The module argument NAME as the service's stack sets it when it is a literal, else the module's default.
tf_module_argument() {
  local service=$1 name=$2 value
  value=$(tf_expression "$name" <(tf_block_of 'module "service"' "$tf_stacks/$service/main.tf"))
  if [ -n "$value" ] && ! grep -qE '(^|[^a-z_])(var|local|module|data)\.' <<<"$value"; then
    echo "$value"
    return
  fi
  tf_expression default <(awk -v name="$1" -v var="$name" '
    $0 ~ "^variable \"" var "\"" { found = 1 } found { print } found && /^}/ { exit }' "$tf_module/variables.tf")
}

# tf_evaluate SERVICE EXPRESSION: the value of a module expression for the service's stack, evaluated by terraform
# with every var.* and local.* it uses (recursively) defined as above.
tf_evaluate() {
  local service=$1 expression=$2 work name ref refs value pending done_names=" "
  work=$(mktemp -d)
  printf 'locals {\n  platform_local_value = %s\n}\n' "$expression" >"$work/main.tf"
  pending=$expression
  while true; do
    name=""
    mapfile -t refs < <(awk '{ while (match($0, /(var|local)\.[a-z_][a-z0-9_]*/)) {
      print substr($0, RSTART, RLENGTH); $0 = substr($0, RSTART + RLENGTH) } }' <<<"$pending" | sort -u)
    for ref in "${refs[@]}"; do
      if [[ $done_names != *" $ref "* ]]; then name=$ref; break; fi
    done
    [ -n "$name" ] || break
    done_names+="$name "
    case $name in
      var.*)
        value=$(tf_module_argument "$service" "${name#var.}")
        [ -n "$value" ] || { rm -rf "$work"; fail "no value for $name in $service's stack or the module"; }
        printf 'variable "%s" {\n  default = %s\n}\n' "${name#var.}" "$value" >>"$work/main.tf" ;;
      local.*)
        value=$(tf_expression "${name#local.}" "$tf_module"/*.tf)
        [ -n "$value" ] || { rm -rf "$work"; fail "no local ${name#local.} in $tf_module"; }
        printf 'locals {\n  %s = %s\n}\n' "${name#local.}" "$value" >>"$work/main.tf" ;;
    esac
    pending+=$'\n'$value
  done
  if ! value=$(cd "$work" && echo 'base64encode(tostring(local.platform_local_value))' \
    | TF_CLI_CONFIG_FILE=/dev/null CHECKPOINT_DISABLE=1 terraform console 2>&1); then
    rm -rf "$work"
    fail "terraform could not evaluate $expression: $value"
  fi
  rm -rf "$work"
  value=${value#\"}
  base64 -d <<<"${value%\"}"
}

# The container definition's attribute NAME (top level, or inside the healthCheck block with health_ prefix).
container_definition() {
  local service=$1 name=$2 expression
  case $name in
    health_*) expression=$(tf_expression "${name#health_}" <(tf_block_of healthCheck "$tf_module/main.tf")) ;;
    *) expression=$(tf_expression "$name" <(tf_block_of container_definitions "$tf_module/main.tf")) ;;
  esac
  [ -n "$expression" ] || return 1
  tf_evaluate "$service" "$expression"
}

# The CMD-SHELL command of the container health check.
health_check_command() {
  local service=$1 command
  command=$(tf_evaluate "$service" "$(tf_expression command <(tf_block_of healthCheck "$tf_module/main.tf"))[1]")
  [ -n "$command" ] || fail "no health check command in $tf_module/main.tf"
  echo "$command"
}

stop_timeout() {
  container_definition "$1" stopTimeout || echo "$ecs_default_stop_timeout"
}

# The task's memory in MiB for a stage's tfvars (the container sets no limit of its own: the task's is its limit).
task_memory() {
  local service=$1 stage=${2:-dev} value
  value=$(sed -nE 's/^memory[ \t]*=[ \t]*([0-9]+).*/\1/p' "$tf_stacks/$service/env/$stage.tfvars")
  echo "${value:-$(tf_module_argument "$service" memory)}"
}

# The names of the plain environment variables and of the secrets the stack passes, one "NAME=expression" a line.
stack_environment() {
  local service=$1 block
  for block in environment secrets; do
    tf_block_of "$block" <(tf_block_of 'module "service"' "$tf_stacks/$service/main.tf") | sed -nE \
      's/^[ \t]*([A-Z][A-Z0-9_]*)[ \t]*=[ \t]*(.*)$/\1=\2/p'
  done
}
