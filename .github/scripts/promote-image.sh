#!/usr/bin/env bash
# Production runs the image dev ran, never a rebuild: copies <service>@<digest> (dev-deployed-image.sh found it)
# from dev's registry (account <dev-account-id>, a separate account) into this account's registry as
# <service>:<tag>, with the same digest. An image already there under that tag must have that digest.
#   promote-image.sh <service> <tag> <digest> <dev-account-id>
# Credentials come from the current role in AWS_REGION (production's plan role may pull from dev's repositories:
# bootstrap promote_from_account_id, platform image_pull_principal_arns); one ECR token is valid for every registry
# the role may use. skopeo is preinstalled on GitHub's Ubuntu runners. Prints digest=<sha256:...>.
set -euo pipefail

usage="usage: promote-image.sh <service> <tag> <digest> <dev-account-id>"
service=${1:?$usage}
tag=${2:?$usage}
digest=${3:?$usage}
source_account=${4:?$usage (dev and production are separate accounts: PROMOTE_FROM_ACCOUNT_ID)}
region=${AWS_REGION:?AWS_REGION must be set}

own_account=$(aws sts get-caller-identity --query Account --output text)
if [ "$source_account" = "$own_account" ]; then
  echo "FAIL dev's account $source_account is this account: dev and production need separate accounts" >&2
  exit 1
fi
target_registry="$own_account.dkr.ecr.$region.amazonaws.com"
source_registry="$source_account.dkr.ecr.$region.amazonaws.com"
for registry in "$target_registry" "$source_registry"; do
  aws ecr get-login-password --region "$region" | skopeo login --username AWS --password-stdin "$registry"
done

if target_digest=$(skopeo inspect --format '{{.Digest}}' "docker://$target_registry/$service:$tag" 2>/dev/null); then
  echo "$target_registry/$service:$tag already exists (tags are immutable)"
else
  # --preserve-digests: refuse any copy that would change the manifest (and so the digest) dev ran.
  skopeo copy --preserve-digests --all "docker://$source_registry/$service@$digest" "docker://$target_registry/$service:$tag"
  target_digest=$(skopeo inspect --format '{{.Digest}}' "docker://$target_registry/$service:$tag")
fi

if [ "$target_digest" != "$digest" ]; then
  echo "FAIL $target_registry/$service:$tag is $target_digest, but dev ran $digest" >&2
  exit 1
fi
echo "ok   $service:$tag is $digest in both registries"
echo "digest=$digest" | tee -a "${GITHUB_OUTPUT:-/dev/null}"
