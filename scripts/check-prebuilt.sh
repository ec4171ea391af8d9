#!/usr/bin/env bash
# Packaging check: the packed tarball installs and works with no compiler reachable.
#   1. prebuildify builds the addon into prebuilds/linux-x64/ (Node-API), and
#      scripts/pack-hydra-tf.js packs hydra-tf as it is published;
#   2. in an empty directory, with a PATH holding only node, npm and python3 (no g++, cc,
#      make), npm install the tarball (libtensorflow comes from the wheel cache: the platform
#      package it lists as an optionalDependency is not on the registry npm uses here, so this
#      also checks that its absence is harmless; the addon comes from prebuilds/), then run
#      scripts/smoke.js there.
# scripts/check-registry-install.sh checks the other way, with the platform package.
# Prints "packaging check: passed" or fails.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/check-common.sh"
WORK="$(mktemp -d /tmp/hydra-tf-pack.XXXXXX)"
trap '[ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT
TARBALL="$(pack_hydra_tf "$WORK")"

restricted_bin "$WORK/bin" node npm npx python3 bash sh env tar gzip unzip
assert_unreachable "$WORK/bin" g++ gcc cc c++ make
mkdir -p "$WORK/app"
cd "$WORK/app"
echo '{"name": "smoke-app", "version": "1.0.0", "private": true}' > package.json
npm_install_as_user "$WORK/bin" "$WORK/install.log" "$TARBALL"
run_install_script "$WORK/bin" "$WORK/install-script.log"
grep -q "using prebuilt addon" "$WORK/install-script.log" || { tail -20 "$WORK/install-script.log"; echo "the install did not use the prebuilt addon"; exit 1; }
# (npm install may have run the script already, hence "already present".)
grep -Eq "^libtensorflow: (unpacked tensorflow_cpu-2\.21\.0-|already present \(wheel 2\.21\.0\))" "$WORK/install-script.log" ||
  { tail -20 "$WORK/install-script.log"; echo "libtensorflow did not come from the wheel"; exit 1; }
smoke_test "$WORK/app" "$WORK/bin" "$WORK/smoke.log"
echo "packaging check: passed"
