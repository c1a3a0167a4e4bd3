#!/usr/bin/env bash
# Prints .github/dependabot.yml. Terraform folders and local actions are read from disk, so after
# adding a stack, module or action run:  bash .github/scripts/render-dependabot.sh > .github/dependabot.yml
# check-consistency.sh fails while the committed file differs from this output.
set -euo pipefail

scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$scripts/../.."

# Local composite actions pin actions too; Dependabot only looks where it is told.
action_dirs=(/)
for dir in .github/actions/*/; do
  if [ -f "$dir/action.yml" ]; then action_dirs+=("/${dir%/}"); fi
done
terraform_dirs=()
while IFS= read -r dir; do
  if [ -n "$dir" ]; then terraform_dirs+=("/$dir"); fi
done < <(bash "$scripts/terraform-dirs.sh")

# Prints one update entry: <ecosystem> <group> <directory>...
entry() {
  local ecosystem=$1 group=$2
  shift 2
  printf '  - package-ecosystem: %s\n    directories:\n' "$ecosystem"
  printf '      - %s\n' "$@"
  printf '    schedule:\n      interval: weekly\n    groups:\n      %s:\n        patterns: ["*"]\n' "$group"
}

echo "# Rendered by .github/scripts/render-dependabot.sh: edit the script, then re-render."
echo "version: 2"
echo "updates:"
# One reactor: the root pom manages every module's versions.
entry maven maven-minor-and-patch /
echo "        update-types: [minor, patch]"
entry github-actions github-actions "${action_dirs[@]}"
# All stacks and modules in one group, so provider versions move together in one pull request.
if [ "${#terraform_dirs[@]}" -gt 0 ]; then
  entry terraform terraform "${terraform_dirs[@]}"
fi
