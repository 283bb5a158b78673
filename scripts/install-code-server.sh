#!/usr/bin/env bash
# Installs code-server (VS Code server + web workbench) into .cache/code-server/ of this
# repo. It is the real editor the end-to-end tests and `npm start` use when no desktop
# `code` exists. Idempotent: a completed install of the pinned version is left alone.
#
# code-server's own postinstall cannot run here (it downloads ripgrep from GitHub), so
# its steps are done by hand: build the native modules against the local Node headers,
# use Debian's `rg`, and create the links the postinstall would create.
set -euo pipefail

readonly VERSION=4.100.3
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
install_dir="$repo_root/.cache/code-server"
marker="$install_dir/.installed-version"
bin="$install_dir/node_modules/.bin/code-server"

if [ -f "$marker" ] && [ "$(cat "$marker")" = "$VERSION" ] && [ -x "$bin" ]; then
  echo "code-server $VERSION already installed in .cache/code-server"
  exit 0
fi

command -v rg >/dev/null || { echo "ripgrep (rg) is missing: run scripts/ensure-system-packages.sh" >&2; exit 1; }

# node-pty's build runs `npx node-gyp`; with npm's `yes=false` that prompt is cancelled.
export npm_config_yes=true
# Build against the installed Node headers instead of downloading them from nodejs.org.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node_version.h ]; then
  export npm_config_nodedir=/usr
fi

rm -f "$marker"
mkdir -p "$install_dir"
cd "$install_dir"
# A package.json of its own keeps npm from walking up into the product's node_modules.
cat > package.json <<EOF
{ "private": true, "description": "Local editor for tests; not part of the product", "dependencies": { "code-server": "$VERSION" } }
EOF

echo "Installing code-server $VERSION into .cache/code-server ..."
npm install --ignore-scripts --no-audit --no-fund --loglevel=error
npm rebuild argon2 --loglevel=error

cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm rebuild --loglevel=error
(cd extensions && npm install --omit=dev --no-audit --no-fund --loglevel=error)
ln -sfn node_modules node_modules.asar
ln -sfn code-linux.sh bin/remote-cli/code-server
ln -sfn browser-linux.sh bin/helpers/browser.sh

reported="$("$bin" --version 2>/dev/null | grep -E "^$VERSION " || true)"
if [ -z "$reported" ]; then
  echo "code-server did not report version $VERSION after install" >&2
  exit 1
fi
echo "$VERSION" > "$marker"
echo "Installed: $reported"
