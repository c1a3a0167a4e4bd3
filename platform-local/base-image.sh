#!/usr/bin/env bash
# Builds the stand-in for the services' base image (the FROM of every src/main/docker/Dockerfile.jvm) from
# Debian's packages, and tags it with that name in podman's local storage, so the Dockerfiles build unchanged
# without a registry. Cached: the root filesystem is kept under ~/.cache/cloudsuite/stand-in-base/ and rebuilt
# only when this script, the stand-in run-java.sh or the package list changes (about 5 minutes; seconds otherwise).
# What the stand-in keeps of the real image, and how it differs: docs/deploy.md, "Containers on one machine".
# Needs root (debootstrap, podman's storage); installs podman, runc and debootstrap when they are missing.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

suite=bookworm
packages=openjdk-17-jre-headless,ca-certificates
# Debian's own mirror as this machine's apt sources name it, else deb.debian.org.
debian_mirror() {
  local sources=() found=""
  [ -f /etc/apt/sources.list ] && sources+=(/etc/apt/sources.list)
  [ -d /etc/apt/sources.list.d ] && sources+=(/etc/apt/sources.list.d)
  if [ ${#sources[@]} -gt 0 ]; then
    found=$(grep -rhoE '^(URIs: *|deb +)https?://[^ ]+/debian/?( |$)' "${sources[@]}" \
      | head -n 1 | sed -E 's/^(URIs: *|deb +)//; s/ *$//') || found=""
  fi
  echo "${found:-http://deb.debian.org/debian}"
}

# The one base image every service builds on; the stand-in takes its name.
base_image_name() {
  local names
  names=$(grep -h '^FROM ' "$repo_root"/*/src/main/docker/Dockerfile.jvm | awk '{print $2}' | sort -u)
  [ -n "$names" ] || fail "no src/main/docker/Dockerfile.jvm found under $repo_root"
  [ "$(wc -l <<<"$names")" -eq 1 ] || fail "the Dockerfiles name different base images: $names"
  echo "$names"
}

# What the image is made of: the Debian release and packages, the stand-in run-java.sh, and the code (not the
# comments) of the functions that shape the tree and set the image's configuration.
inputs_hash() {
  { echo "$suite $packages"; cat "$platform_local/base/run-java.sh"; declare -f shape_rootfs image_config; } \
    | sha256sum | cut -c1-16
}

# Turns the debootstrapped tree into the base image's contract: user 185, bash as /bin/sh, run-java.sh, /deployments.
shape_rootfs() {
  local root=$1
  # The jboss.container.user module of the real image: user jboss, uid 185, primary group root, group jboss (185).
  chroot "$root" groupadd -r jboss -g 185
  chroot "$root" useradd -u 185 -r -g root -G jboss -m -d /home/jboss -s /sbin/nologin -c "JBoss user" jboss
  chmod ug+rwX,og+x "$root/home/jboss"
  # UBI's /bin/sh is bash; Debian's is dash, which has no /dev/tcp, and the task's health check (CMD-SHELL, run by
  # /bin/sh -c) opens one.
  ln -sf bash "$root/bin/sh"
  install -d -m 0755 "$root/opt/jboss/container/java/run"
  install -m 0755 "$platform_local/base/run-java.sh" "$root/opt/jboss/container/java/run/run-java.sh"
  install -d -m 0775 -o 185 -g 0 "$root/deployments"
  # The JRE as the real image names it: /usr/lib/jvm/jre.
  ln -s "$(basename "$(find "$root/usr/lib/jvm" -mindepth 1 -maxdepth 1 -type d -name 'java-17-*' | head -n 1)")" \
    "$root/usr/lib/jvm/jre"
  rm -rf "$root/var/cache/apt/archives/"*.deb "$root/var/lib/apt/lists/"*
}

# The real image's environment, user and entry point, as far as the Dockerfiles and task definitions rely on them:
# one `--change` argument per line for podman import.
image_config() {
  local name=$1 hash=$2 change
  for change in 'ENV JAVA_HOME=/usr/lib/jvm/jre' 'ENV LANG=C.utf8' 'ENV HOME=/home/jboss' \
    'ENV JAVA_APP_DIR=/deployments' 'ENV JBOSS_CONTAINER_JAVA_RUN_MODULE=/opt/jboss/container/java/run' \
    'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' 'USER 185' 'WORKDIR /home/jboss' \
    'ENTRYPOINT ["/opt/jboss/container/java/run/run-java.sh"]' \
    "LABEL io.cloudsuite.stand-in-for=$name io.cloudsuite.inputs=$hash"; do
    printf -- '--change\n%s\n' "$change"
  done
}

build_rootfs_tar() {
  local tar=$1 work
  work=$(mktemp -d "$(dirname "$tar")/rootfs.XXXXXX")
  local mirror
  mirror=$(debian_mirror)
  log "debootstrap $suite ($packages) from $mirror: about 5 minutes the first time"
  if ! debootstrap --variant=minbase --include="$packages" "$suite" "$work" "$mirror" >"$work.log" 2>&1; then
    tail -n 20 "$work.log" >&2
    rm -rf "$work"
    fail "debootstrap failed (log: $work.log)"
  fi
  shape_rootfs "$work"
  tar -C "$work" --numeric-owner -cf "$tar.partial" .
  mv "$tar.partial" "$tar"
  rm -rf "$work" "$work.log"
}

main() {
  ensure_commands podman:podman runc:runc debootstrap:debootstrap
  local name hash image tar
  name=$(base_image_name)
  hash=$(inputs_hash)
  image=localhost/cloudsuite/stand-in-base:$hash
  tar=$cache_root/stand-in-base/$hash.tar
  if podman_cmd image exists "$image"; then
    log "stand-in base image $image is up to date"
  else
    mkdir -p "$(dirname "$tar")"
    [ -f "$tar" ] || build_rootfs_tar "$tar"
    # Older root filesystems of this script are no longer needed once a new one is built.
    find "$(dirname "$tar")" -maxdepth 1 -name '*.tar' ! -name "$hash.tar" -delete
    local changes=()
    mapfile -t changes < <(image_config "$name" "$hash")
    podman_cmd import --quiet "${changes[@]}" "$tar" "$image" >/dev/null
    log "built $image"
  fi
  podman_cmd tag "$image" "$name"
  log "$name -> $image (stand-in from Debian $suite)"
}

main "$@"
