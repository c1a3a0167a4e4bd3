#!/usr/bin/env bash
# After a dev deploy succeeded (applied, the ECS deployment completed, the smoke check passed): tags the image
# <service>:<commit> that now runs also deployed-<commit>, the record dev-deployed-image.sh reads. A new tag on
# the same manifest (no layer is uploaded, the digest is unchanged); tags are immutable, so a re-run finds the
# tag present and succeeds.
#   mark-deployed.sh <service> <commit>
set -euo pipefail

service=${1:?usage: mark-deployed.sh <service> <commit>}
commit=${2:?usage: mark-deployed.sh <service> <commit>}

manifest=$(aws ecr batch-get-image --repository-name "$service" --image-ids "imageTag=$commit" \
  --query 'images[0].imageManifest' --output text)
media_type=$(aws ecr batch-get-image --repository-name "$service" --image-ids "imageTag=$commit" \
  --query 'images[0].imageManifestMediaType' --output text)
if [ -z "$manifest" ] || [ "$manifest" = None ]; then
  echo "FAIL $service:$commit is not in this account's registry" >&2
  exit 1
fi

if answer=$(aws ecr put-image --repository-name "$service" --image-tag "deployed-$commit" \
  --image-manifest "$manifest" --image-manifest-media-type "$media_type" 2>&1); then
  echo "ok   $service:$commit marked deployed-$commit"
elif grep -q ImageAlreadyExistsException <<<"$answer"; then
  echo "ok   $service:$commit was already marked deployed-$commit"
else
  echo "$answer" >&2
  exit 1
fi
