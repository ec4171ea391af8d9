#!/usr/bin/env bash
# Packaging check: the packed tarball installs and works with no compiler reachable.
#   1. prebuildify builds the addon into prebuilds/linux-x64/ (Node-API);
#   2. npm pack;
#   3. in an empty directory, with a PATH holding only node, npm and python3 (no g++, cc,
#      make), npm install the tarball (libtensorflow comes from the wheel cache, the addon
#      from prebuilds/), then run scripts/smoke.js there.
# Prints "packaging check: passed" or fails.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d /tmp/hydra-tf-pack.XXXXXX)"
trap '[ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT
cd "$ROOT"
node scripts/prebuild.js > "$WORK/prebuild.log" 2>&1 || { tail -20 "$WORK/prebuild.log"; exit 1; }
TARBALL="$(npm pack --silent --pack-destination "$WORK" 2> "$WORK/pack.log" | tail -1)"
[ -f "$WORK/$TARBALL" ] || { cat "$WORK/pack.log"; echo "npm pack produced no tarball"; exit 1; }
tar -tzf "$WORK/$TARBALL" > "$WORK/contents.txt"
grep -q "package/prebuilds/linux-x64/hydra-tf.node" "$WORK/contents.txt" || { echo "the tarball has no prebuilt addon"; exit 1; }

# A PATH with node, npm and python3 only.
mkdir -p "$WORK/bin" "$WORK/app"
for tool in node npm npx python3 bash sh env tar gzip unzip; do
  if command -v "$tool" > /dev/null; then ln -s "$(command -v "$tool")" "$WORK/bin/$tool"; fi
done
for tool in g++ gcc cc c++ make; do
  if PATH="$WORK/bin" command -v "$tool" > /dev/null 2>&1; then echo "$tool is still reachable"; exit 1; fi
done
cd "$WORK/app"
echo '{"name": "smoke-app", "version": "1.0.0", "private": true}' > package.json
# npm 11 blocks dependencies' install scripts until they are approved: approve hydra-tf's,
# as a user would (README), then let npm run them.
{
  PATH="$WORK/bin" npm install --no-audit --no-fund "$WORK/$TARBALL" &&
  PATH="$WORK/bin" npm install-scripts approve hydra-tf &&
  PATH="$WORK/bin" npm rebuild hydra-tf --foreground-scripts
} > "$WORK/install.log" 2>&1 || { tail -40 "$WORK/install.log"; exit 1; }
grep -q "using prebuilt addon" "$WORK/install.log" || { tail -20 "$WORK/install.log"; echo "the install did not use the prebuilt addon"; exit 1; }
cp "$ROOT/scripts/smoke.js" "$WORK/app/smoke.js"
PATH="$WORK/bin" node "$WORK/app/smoke.js" > "$WORK/smoke.log" 2>&1 || { cat "$WORK/smoke.log"; exit 1; }
grep -v "^I0000\|^WARNING: All log" "$WORK/smoke.log"
echo "packaging check: passed"
