#!/usr/bin/env bash
# Prints exists=true|false for $GITHUB_OUTPUT: whether ECR repository <repository> already holds <tag>.
#   ecr-image-exists.sh <repository> <tag>
# Tags are immutable, so a re-run (or production after dev, in one account) must not push the same
# tag again; any error other than "image not found" fails.
set -euo pipefail

repository=${1:?usage: ecr-image-exists.sh <repository> <tag>}
tag=${2:?usage: ecr-image-exists.sh <repository> <tag>}

if answer=$(aws ecr describe-images --repository-name "$repository" --image-ids "imageTag=$tag" 2>&1); then
  exists=true
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
echo "exists=$exists" | tee -a "${GITHUB_OUTPUT:-/dev/null}"
