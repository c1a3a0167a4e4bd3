#!/usr/bin/env bash
# Production runs the image dev tested, never a rebuild: copies <service>:<tag> from dev's registry (account
# <source-account-id>) into this account's registry with the same digest, or, when the environments share an
# account (no source account), checks the image dev pushed is there.
#   promote-image.sh <service> <tag> [<source-account-id>]
# Credentials come from the current role in AWS_REGION (production's plan role may pull from dev's
# repositories: bootstrap promote_from_account_id, platform image_pull_principal_arns); one ECR token is valid
# for every registry the role may use. skopeo is preinstalled on GitHub's Ubuntu runners.
# Prints digest=<sha256:...>.
set -euo pipefail

service=${1:?usage: promote-image.sh <service> <tag> [<source-account-id>]}
tag=${2:?usage: promote-image.sh <service> <tag> [<source-account-id>]}
source_account=${3:-}
region=${AWS_REGION:?AWS_REGION must be set}

own_account=$(aws sts get-caller-identity --query Account --output text)
target_registry="$own_account.dkr.ecr.$region.amazonaws.com"
source_registry="${source_account:-$own_account}.dkr.ecr.$region.amazonaws.com"
for registry in $(printf '%s\n' "$target_registry" "$source_registry" | sort -u); do
  aws ecr get-login-password --region "$region" | skopeo login --username AWS --password-stdin "$registry"
done

source_digest=$(skopeo inspect --format '{{.Digest}}' "docker://$source_registry/$service:$tag")
if [ "$source_registry" != "$target_registry" ]; then
  if target_digest=$(skopeo inspect --format '{{.Digest}}' "docker://$target_registry/$service:$tag" 2>/dev/null); then
    echo "$target_registry/$service:$tag already exists (tags are immutable)"
  else
    # --preserve-digests: refuse any copy that would change the manifest (and so the digest) dev tested.
    skopeo copy --preserve-digests --all "docker://$source_registry/$service@$source_digest" \
      "docker://$target_registry/$service:$tag"
    target_digest=$(skopeo inspect --format '{{.Digest}}' "docker://$target_registry/$service:$tag")
  fi
else
  target_digest=$source_digest
fi

if [ "$target_digest" != "$source_digest" ]; then
  echo "FAIL $target_registry/$service:$tag is $target_digest, but dev tested $source_digest" >&2
  exit 1
fi
echo "ok   $service:$tag is $source_digest in both registries"
echo "digest=$source_digest" | tee -a "${GITHUB_OUTPUT:-/dev/null}"
