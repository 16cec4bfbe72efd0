#!/usr/bin/env bash
# Clones test262 at the commit the expectations were recorded against into
# tests/test262/checkout (git-ignored; test262 is never committed here).
#   tests/test262/fetch.sh            clone or update to the pinned commit
#   TEST262_REPO=DIR tests/test262/fetch.sh   take it from a local clone instead of GitHub
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
commit="$(sed -n 's/^commit=//p' "$here/pin.txt")"
repo="${TEST262_REPO:-https://github.com/tc39/test262.git}"
dest="$here/checkout"
if [ ! -d "$dest/.git" ]; then
  git init -q "$dest"
  git -C "$dest" remote add origin "$repo"
fi
git -C "$dest" remote set-url origin "$repo"
git -C "$dest" fetch -q --depth 1 origin "$commit" 2>/dev/null || git -C "$dest" fetch -q origin
git -C "$dest" checkout -q --detach "$commit"
echo "test262 at $(git -C "$dest" rev-parse --short HEAD) in $dest"
