#!/usr/bin/env bash
# Prints the names of the filters that match the changed files, as a JSON array (what dorny/paths-filter's
# `changes` output held): the one matcher CI, promotions and the pipeline scenarios use.
#   paths-filter.sh <filters.yml> <some|every> <base> [<head>]
# <filters.yml>: as render-paths-filters.sh prints it (name:, then "  - '<glob>'" lines). <base> empty: every
# file of <head> counts as changed (no earlier run to compare with). Globs as picomatch reads them with dot files:
# ** any path, * and ? within one folder, {a,b} alternatives, a leading ! negates. Quantifier some: a file matches
# when one pattern does; every: when all do (one positive pattern, then exclusions).
set -euo pipefail

filters=${1:?usage: paths-filter.sh <filters.yml> <some|every> <base> [<head>]}
quantifier=${2:?usage: paths-filter.sh <filters.yml> <some|every> <base> [<head>]}
base=${3-}
head=${4:-HEAD}

if [ -n "$base" ]; then
  files=$(git diff --name-only "$base" "$head")
else
  files=$(git ls-tree -r --name-only "$head")
fi

# A glob as an anchored extended regular expression.
to_regex() {
  local glob=$1 out="" c i
  for ((i = 0; i < ${#glob}; i++)); do
    c=${glob:i:1}
    case "$c" in
      '*')
        if [ "${glob:i+1:1}" = '*' ]; then
          # "**/" also matches no folder at all.
          if [ "${glob:i+2:1}" = / ]; then out+='(.*/)?'; i=$((i + 2)); else out+='.*'; i=$((i + 1)); fi
        else
          out+='[^/]*'
        fi
        ;;
      '?') out+='[^/]' ;;
      '{') out+='(' ;;
      '}') out+=')' ;;
      ',') out+='|' ;;
      [.+^\$\(\)\|\[\]\\]) out+="\\$c" ;;
      *) out+=$c ;;
    esac
  done
  printf '^%s$' "$out"
}

# Whether one file matches a filter's patterns.
matches() {
  local file=$1 pattern negated hit
  shift
  for pattern in "$@"; do
    negated=false
    if [[ $pattern == '!'* ]]; then negated=true; pattern=${pattern#!}; fi
    if [[ $file =~ $(to_regex "$pattern") ]]; then hit=true; else hit=false; fi
    if [ "$negated" = true ]; then
      if [ "$hit" = true ]; then hit=false; else hit=true; fi
    fi
    if [ "$quantifier" = some ] && [ "$hit" = true ]; then return 0; fi
    if [ "$quantifier" = every ] && [ "$hit" = false ]; then return 1; fi
  done
  [ "$quantifier" = every ]
}

matched=()
check_filter() {
  local name=$1 file
  shift
  [ -n "$name" ] || return 0
  while IFS= read -r file; do
    if [ -n "$file" ] && matches "$file" "$@"; then
      matched+=("\"$name\"")
      return 0
    fi
  done <<<"$files"
}

case "$quantifier" in some | every) ;; *) echo "paths-filter.sh: quantifier must be some or every" >&2; exit 2 ;; esac
name=""
patterns=()
while IFS= read -r line; do
  if [[ $line =~ ^([A-Za-z0-9._-]+):$ ]]; then
    next=${BASH_REMATCH[1]}
    check_filter "$name" ${patterns[@]+"${patterns[@]}"}
    name=$next
    patterns=()
  elif [[ $line =~ ^[[:space:]]+-[[:space:]]+\'(.*)\'$ ]]; then
    patterns+=("${BASH_REMATCH[1]}")
  fi
done <"$filters"
check_filter "$name" ${patterns[@]+"${patterns[@]}"}

(IFS=,; printf '[%s]\n' "${matched[*]-}")
