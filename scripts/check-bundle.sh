#!/bin/bash
# Runs dist/cli.js from a copy of dist/ alone (no node_modules anywhere above it) with each given
# node binary: the shipped bundle must be self-contained.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp -a dist "$dir/dist"
cp -a examples "$dir/examples"
for node in "$@"; do
  node=$(command -v "$node" || realpath "$node")
  (cd "$dir" && "$node" dist/cli.js plan --repo examples/seed --node localhost.localdomain >/dev/null)
  (cd "$dir" && "$node" dist/cli.js dance --noop --repo examples/seed --node localhost.localdomain \
      --root "${DISCO_TEST_ROOTFS:-/var/cache/disco-test/rootfs-bookworm}" | grep -q 'stuff.cfg : Created')
  echo "ok: $("$node" --version) runs dist/cli.js with no node_modules"
done
