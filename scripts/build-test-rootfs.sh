#!/bin/bash
# Builds the Debian root filesystem that disco's integration tests dance on (never this machine's /).
# Cached: a second run with the same recipe does nothing. Usage: scripts/build-test-rootfs.sh [DIR]
set -euo pipefail
dir=${1:-${DISCO_TEST_ROOTFS:-/var/cache/disco-test/rootfs-bookworm}}
recipe="bookworm minbase +iproute2,procps,psmisc,kmod v1"
if [[ -f $dir/.disco-recipe && $(cat "$dir/.disco-recipe") == "$recipe" ]]; then exit 0; fi
command -v debootstrap >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
rm -rf "$dir.tmp"
mkdir -p "$(dirname "$dir")"
echo "building test root filesystem $dir (debootstrap, about 2 minutes)" >&2
debootstrap --variant=minbase --include=iproute2,procps,psmisc,kmod bookworm "$dir.tmp" http://deb.debian.org/debian >"$dir.log" 2>&1 ||
  { tail -20 "$dir.log" >&2; exit 1; }
rm -rf "$dir.tmp/var/cache/apt/archives/"*.deb "$dir.tmp/var/lib/apt/lists/"*_Packages
echo "$recipe" >"$dir.tmp/.disco-recipe"
rm -rf "$dir"
mv "$dir.tmp" "$dir"
