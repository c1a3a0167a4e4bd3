#!/usr/bin/env bash
# Prints sha=<commit> for $GITHUB_OUTPUT: the head commit of the newest successful push run of this
# workflow on this branch, so change detection on main covers every commit since the last run that
# built AND deployed everything. Comparing with the push's `before` commit instead would lose the
# changes of a run that failed, or that GitHub cancelled because a newer run queued behind it.
# Prints sha= (empty: paths-filter then compares with `before`) when there is no usable green run.
# Needs GH_TOKEN with actions:read, a full clone (fetch-depth: 0), GITHUB_REPOSITORY and WORKFLOW_FILE.
set -euo pipefail

: "${WORKFLOW_FILE:?WORKFLOW_FILE must name this workflow file, e.g. ci.yml}"
branch=${GITHUB_REF_NAME:?}

sha=$(gh run list --repo "${GITHUB_REPOSITORY:?}" --workflow "$WORKFLOW_FILE" --branch "$branch" \
  --event push --status success --limit 1 --json headSha --jq '.[0].headSha // ""')

if [ -z "$sha" ]; then
  echo "No successful push run of $WORKFLOW_FILE on $branch yet: comparing with the pushed range." >&2
elif [ "$sha" = "${GITHUB_SHA:?}" ]; then
  # A re-run of a green run: behave like its first attempt instead of finding nothing changed.
  echo "This commit already ran green (a re-run): comparing with the pushed range." >&2
  sha=""
elif ! git merge-base --is-ancestor "$sha" HEAD 2>/dev/null; then
  echo "Last green commit $sha is not an ancestor of HEAD (history rewritten?): comparing with the pushed range." >&2
  sha=""
else
  echo "Comparing with the last green commit $sha." >&2
fi
echo "sha=$sha" | tee -a "${GITHUB_OUTPUT:-/dev/null}"
