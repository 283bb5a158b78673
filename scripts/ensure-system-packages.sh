#!/usr/bin/env bash
# Makes sure the Debian packages the tests and `npm start` need are present.
#   (no argument)  everything `npm test` needs
#   --editor       only what installing code-server needs (for `npm start`)
# code-server's native modules build against a toolchain and a few -dev headers and use
# ripgrep for file search; the tests add Chromium (drives the web workbench), Neovim
# (a second LSP client) and a CJK font (the notes are half Chinese; screenshots must be
# legible). As root, missing packages are installed with apt-get; otherwise the exact
# install command is printed and the script exits non-zero.
set -euo pipefail

# package -> a command that proves it is installed ('' = ask dpkg)
declare -A editor_packages=(
  [ripgrep]=rg
  [build-essential]=g++
  [pkg-config]=pkg-config
  [python3]=python3
  [libkrb5-dev]=''
  [libx11-dev]=''
  [libxkbfile-dev]=''
  [libsecret-1-dev]=''
)
declare -A test_packages=(
  [chromium]=chromium
  [neovim]=nvim
  [fonts-wqy-microhei]=''
)

is_installed() {
  local package="$1" command="$2"
  if [ -n "$command" ]; then
    command -v "$command" >/dev/null 2>&1
  else
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'
  fi
}

missing=()
for package in "${!editor_packages[@]}"; do
  is_installed "$package" "${editor_packages[$package]}" || missing+=("$package")
done
if [ "${1:-}" != "--editor" ]; then
  for package in "${!test_packages[@]}"; do
    is_installed "$package" "${test_packages[$package]}" || missing+=("$package")
  done
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages: all present."
  exit 0
fi

# Stable order so the printed command is the same on every run.
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort)

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing system packages: ${missing[*]}" >&2
  echo "Install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "Installing system packages: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
