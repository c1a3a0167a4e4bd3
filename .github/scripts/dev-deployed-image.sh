#!/usr/bin/env bash
# Prints tag=<commit> and digest=<sha256:...> for $GITHUB_OUTPUT: the image of <service> that dev deployed for
# <commit> or, when dev deployed nothing for it (the commit changed other services only), for its newest
# first-parent ancestor that dev deployed. dev marks each image it deployed with deployed-<commit>
# (mark-deployed.sh), so this is what dev ran at that commit: what production promotes, and what a rollback to
# that commit brings back.
#   dev-deployed-image.sh <service> <commit> [<dev-account-id>]
# <dev-account-id>: the registry to read (production reads dev's account); default this account's.
set -euo pipefail

service=${1:?usage: dev-deployed-image.sh <service> <commit> [<dev-account-id>]}
commit=${2:?usage: dev-deployed-image.sh <service> <commit> [<dev-account-id>]}
registry_args=()
if [ -n "${3:-}" ]; then registry_args=(--registry-id "$3"); fi
# How far back a promotion or rollback may reach; ECR keeps the newest images (modules/ecr tagged_images_to_keep).
depth=${DEV_IMAGE_SEARCH_DEPTH:-1000}

if ! git rev-parse --verify --quiet "$commit^{commit}" >/dev/null; then
  echo "FAIL $commit is not a commit of this repository" >&2
  exit 1
fi

# One line per image: digest, then its tags separated by commas.
# shellcheck disable=SC2016 # a JMESPath literal, not a shell expansion
images=$(aws ecr describe-images ${registry_args[@]+"${registry_args[@]}"} --repository-name "$service" \
  --filter tagStatus=TAGGED --query 'imageDetails[].[imageDigest, join(`,`, imageTags)]' --output text)

declare -A deployed=()
while IFS=$'\t' read -r digest tags; do
  [ -n "${digest:-}" ] || continue
  IFS=, read -r -a tag_list <<<"$tags"
  for tag in "${tag_list[@]}"; do
    if [[ $tag == deployed-* ]]; then deployed[${tag#deployed-}]=$digest; fi
  done
done <<<"$images"

while IFS= read -r candidate; do
  if [ -n "${deployed[$candidate]:-}" ]; then
    if [ "$candidate" != "$(git rev-parse "$commit^{commit}")" ]; then
      echo "dev deployed nothing of $service for $commit: its image of $candidate, the newest commit before it dev deployed" >&2
    fi
    printf 'tag=%s\ndigest=%s\n' "$candidate" "${deployed[$candidate]}" | tee -a "${GITHUB_OUTPUT:-/dev/null}"
    exit 0
  fi
done < <(git rev-list --first-parent --max-count="$depth" "$commit")

echo "FAIL dev has deployed no image of $service at $commit or in the $depth commits before it: deploy it to dev first" >&2
exit 1
