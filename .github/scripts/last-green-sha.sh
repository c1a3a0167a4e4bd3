#!/usr/bin/env bash
# Prints sha=<commit> for $GITHUB_OUTPUT: the head commit of the newest successful push run of this
# workflow on this branch, so change detection on main covers every commit since the last run that
# built AND deployed everything. Comparing with the push's `before` commit instead would lose the
# changes of a run that failed, or that GitHub cancelled because a newer run queued behind it.
# Prints sha= (empty: paths-filter then compares with `before`) when there is no usable green run.
# Needs GH_TOKEN with actions:read, a full clone (fetch-depth: 0), GITHUB_REPOSITORY and WORKFLOW_FILE.
# Optional: RUN_EVENT (default push; any: runs of every event), HEAD_SHA (the commit this run covers, default GITHUB_SHA), and
# SHA_IN_TITLE=true for workflows whose run-name carries the commit they covered (promote-production.yml:
# a workflow_run's own head commit is main's newest, not necessarily the commit it promoted).
set -euo pipefail

: "${WORKFLOW_FILE:?WORKFLOW_FILE must name this workflow file, e.g. ci.yml}"
branch=${GITHUB_REF_NAME:?}
event_filter=(--event "${RUN_EVENT:-push}")
if [ "${RUN_EVENT:-push}" = any ]; then event_filter=(); fi
head=${HEAD_SHA:-${GITHUB_SHA:?}}

if [ "${SHA_IN_TITLE:-false}" = true ]; then
  title=$(gh run list --repo "${GITHUB_REPOSITORY:?}" --workflow "$WORKFLOW_FILE" --branch "$branch" \
    ${event_filter[@]+"${event_filter[@]}"} --status success --limit 1 --json displayTitle --jq '.[0].displayTitle // ""')
  if [[ $title =~ ([0-9a-f]{40}) ]]; then sha=${BASH_REMATCH[1]}; else sha=""; fi
else
  sha=$(gh run list --repo "${GITHUB_REPOSITORY:?}" --workflow "$WORKFLOW_FILE" --branch "$branch" \
    ${event_filter[@]+"${event_filter[@]}"} --status success --limit 1 --json headSha --jq '.[0].headSha // ""')
fi

if [ -z "$sha" ]; then
  echo "No successful push run of $WORKFLOW_FILE on $branch yet: comparing with the pushed range." >&2
elif [ "$sha" = "$head" ]; then
  # A re-run of a green run: behave like its first attempt instead of finding nothing changed.
  echo "This commit already ran green (a re-run): comparing with the pushed range." >&2
  sha=""
elif ! git merge-base --is-ancestor "$sha" "$head" 2>/dev/null; then
  echo "Last green commit $sha is not an ancestor of HEAD (history rewritten?): comparing with the pushed range." >&2
  sha=""
else
  echo "Comparing with the last green commit $sha." >&2
fi
echo "sha=$sha" | tee -a "${GITHUB_OUTPUT:-/dev/null}"
