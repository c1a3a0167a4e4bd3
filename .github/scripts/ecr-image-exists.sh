#!/usr/bin/env bash
# Prints exists=true|false for $GITHUB_OUTPUT: whether ECR repository <repository> already holds <tag>,
# and digest=<sha256:...> (empty when it does not).
#   ecr-image-exists.sh <repository> <tag>
# Tags are immutable, so a re-run (or production after dev, in one account) must not push the same
# tag again; any error other than "image not found" fails.
set -euo pipefail

repository=${1:?usage: ecr-image-exists.sh <repository> <tag>}
tag=${2:?usage: ecr-image-exists.sh <repository> <tag>}

digest=""
if answer=$(aws ecr describe-images --repository-name "$repository" --image-ids "imageTag=$tag" \
  --query 'imageDetails[0].imageDigest' --output text 2>&1); then
  exists=true
  digest=$answer
elif grep -q ImageNotFoundException <<<"$answer"; then
  exists=false
elif grep -q RepositoryNotFoundException <<<"$answer"; then
  echo "ECR repository '$repository' does not exist: an administrator applies the platform stack," \
    "which creates one repository per service, before a new service's first deploy (docs/deploy.md)." >&2
  exit 1
else
  echo "$answer" >&2
  exit 1
fi
printf 'exists=%s\ndigest=%s\n' "$exists" "$digest" | tee -a "${GITHUB_OUTPUT:-/dev/null}"
