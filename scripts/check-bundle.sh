#!/bin/bash
# Runs dist/cli.js, main.js and post.js from a copy of dist/ alone (no node_modules anywhere above it) with each given
# node binary: the shipped bundle must be self-contained.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp -a dist "$dir/dist"
cp -a examples "$dir/examples"
for node in "$@"; do
  if [[ $node == */* ]]; then node=$(realpath "$node"); else node=$(command -v "$node"); fi
  (cd "$dir" && "$node" dist/cli.js plan --repo examples/seed --node localhost.localdomain >/dev/null)
  (cd "$dir" && "$node" dist/cli.js dance --noop --repo examples/seed --node localhost.localdomain \
      --root "${DISCO_TEST_ROOTFS:-/var/cache/disco-test/rootfs-bookworm}" | grep 'stuff.cfg : Created' >/dev/null)
  # The action's entries load and fail cleanly on missing inputs (a module-loading error would not).
  (cd "$dir" && "$node" dist/main.js 2>&1 || true) | grep '^::error::repo .* is not inside a git repository' >/dev/null
  (cd "$dir" && "$node" dist/post.js) | grep 'nothing to clean up' >/dev/null
  echo "ok: $("$node" --version) runs dist/cli.js, dist/main.js and dist/post.js with no node_modules"
done
