#!/usr/bin/env bash
# Turns the names of the matched paths filters (CHANGES, the JSON arrays paths-filter.sh prints,
# e.g. ["build-bullets-service","terraform"]["deploy-bullets-service"], one array per
# paths-filter step, written one after the other) into job inputs:
#   services   JSON array of services to build and test
#   deploy     JSON array of services to deploy (on main)
#   terraform  true when the Terraform checks must run
#   suite      true when the end-to-end test of ./suite must run
# Written to $GITHUB_OUTPUT when set, else printed.
set -euo pipefail

: "${CHANGES:?CHANGES must hold the paths-filter changes output}"

json_array() {
  local out="" item
  for item in "$@"; do
    out+="${out:+,}\"$item\""
  done
  printf '[%s]' "$out"
}

build=()
deploy=()
terraform=false
suite=false
body=${CHANGES//][/,}
body=${body#[}
body=${body%]}
IFS=, read -r -a names <<<"$body"
for name in "${names[@]}"; do
  name=${name//[[:space:]]/}
  name=${name//\"/}
  [ -n "$name" ] || continue
  if [[ ! $name =~ ^[A-Za-z0-9._-]+$ ]]; then
    echo "changed-matrices.sh: unexpected filter name '$name' in $CHANGES" >&2
    exit 1
  fi
  case "$name" in
    build-*) build+=("${name#build-}") ;;
    deploy-*) deploy+=("${name#deploy-}") ;;
    terraform) terraform=true ;;
    suite) suite=true ;;
    *) echo "changed-matrices.sh: unknown filter '$name'" >&2; exit 1 ;;
  esac
done

{
  echo "services=$(json_array ${build[@]+"${build[@]}"})"
  echo "deploy=$(json_array ${deploy[@]+"${deploy[@]}"})"
  echo "terraform=$terraform"
  echo "suite=$suite"
} | tee -a "${GITHUB_OUTPUT:-/dev/null}"
