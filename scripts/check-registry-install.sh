#!/usr/bin/env bash
# Registry install check: `npm install hydra-tf` from a registry gets libtensorflow from the platform
# package @hydra-tf/libtensorflow-linux-x64, with no pip, no Python, no compiler and nothing downloaded
# by hydra-tf itself.
#   1. build the platform package (scripts/pack-libtensorflow.js; reused when the wheel and the script
#      are unchanged) and hydra-tf as it is published (prebuilt addon, the optionalDependency);
#   2. start verdaccio (a devDependency) on 127.0.0.1 on a free port, with its storage, users and
#      config in a temporary directory; hydra-tf and @hydra-tf/* live only there, every other package
#      is proxied to the registry npm is configured with (`npm config get registry`); publish both;
#   3. in an empty project, with a PATH holding only node, npm, npx and a shell (python3, pip, unzip
#      and compilers unreachable, asserted), an empty npm cache and an empty hydra-tf download cache:
#      `npm install --ignore-scripts hydra-tf` from that registry and check that hydra-tf works with no
#      install script run at all; then approve and run its install script (as check-prebuilt.sh does)
#      and check that it took the library from the platform package: no wheel, no deps/libtensorflow,
#      nothing downloaded. (A plain `npm install` runs the same script, only sooner.)
#   4. run scripts/smoke.js there.
# Every step is bounded (STEP_TIMEOUT_S, default 900 s); verdaccio is stopped and the temporary
# directory removed on any exit (KEEP=1 keeps the directory). Prints "registry install check: passed"
# or fails naming the step.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/check-common.sh"
WORK="$(mktemp -d /tmp/hydra-tf-registry.XXXXXX)"
VERDACCIO_PID=""

stop_registry() {
  [ -n "$VERDACCIO_PID" ] || return 0
  kill "$VERDACCIO_PID" 2> /dev/null || return 0
  for _ in $(seq 50); do kill -0 "$VERDACCIO_PID" 2> /dev/null || return 0; sleep 0.2; done
  kill -9 "$VERDACCIO_PID" 2> /dev/null || true
}
cleanup() {
  stop_registry
  if [ -n "${KEEP:-}" ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

fail() {
  echo "registry install check: FAILED: $*"
  exit 1
}
log_tail() { [ -f "$1" ] && tail -"${2:-30}" "$1"; return 0; }
CHECK_STARTED=$SECONDS
since() { echo $((SECONDS - $1)); }

# 1. The two packages.
step_started=$SECONDS
bounded node "$ROOT/scripts/pack-libtensorflow.js" --json > "$WORK/libtensorflow.json" 2> "$WORK/pack-libtensorflow.log" ||
  { log_tail "$WORK/pack-libtensorflow.log"; fail "scripts/pack-libtensorflow.js"; }
read -r LIBTF_TARBALL LIBTF_SUMMARY < <(node -e '
  const r = require(process.argv[1]);
  const mb = (bytes) => (bytes / 1e6).toFixed(1);
  console.log(r.tarball, `${mb(r.tarballBytes)} MB packed, ${mb(r.unpackedBytes)} MB unpacked${r.reused ? " (reused)" : ""}`);
' "$WORK/libtensorflow.json") || true
[ -f "$LIBTF_TARBALL" ] || fail "scripts/pack-libtensorflow.js reported no tarball"
HYDRA_TARBALL="$(pack_hydra_tf "$WORK")" || fail "packing hydra-tf"
PACK_S=$(since $step_started)

# 2. The registry.
VERDACCIO_PACKAGE="$(node -p "require.resolve('verdaccio/package.json', { paths: [process.argv[1]] })" "$ROOT" 2> /dev/null)" ||
  fail "verdaccio is not installed (it is a devDependency: run npm install)"
VERDACCIO="$(dirname "$VERDACCIO_PACKAGE")/bin/verdaccio"
UPSTREAM="$(cd "$ROOT" && npm config get registry)"
PORT="$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
REGISTRY="http://127.0.0.1:$PORT/"
mkdir -p "$WORK/registry/storage"
# hydra-tf and @hydra-tf/* are never proxied: a package of the same name upstream must not mix in.
cat > "$WORK/registry/config.yaml" << EOF
storage: $WORK/registry/storage
listen: 127.0.0.1:$PORT
auth:
  htpasswd:
    file: $WORK/registry/htpasswd
    max_users: 1
    # the cheapest bcrypt: the password is random and thrown away, and every publish checks it
    rounds: 4
uplinks:
  upstream:
    url: $UPSTREAM
    timeout: 60s
packages:
  'hydra-tf':
    access: \$all
    publish: \$authenticated
  '@hydra-tf/*':
    access: \$all
    publish: \$authenticated
  '**':
    access: \$all
    proxy: upstream
# npm sends the tarball base64-encoded inside a JSON document: about 4/3 of the tarball's size.
max_body_size: 1024mb
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
EOF
node "$VERDACCIO" --config "$WORK/registry/config.yaml" > "$WORK/verdaccio.log" 2>&1 &
VERDACCIO_PID=$!
ready=""
for _ in $(seq 120); do
  kill -0 "$VERDACCIO_PID" 2> /dev/null || { log_tail "$WORK/verdaccio.log"; fail "verdaccio exited while starting"; }
  if REGISTRY="$REGISTRY" node -e '
    const request = require("http").get(`${process.env.REGISTRY}-/ping`, (response) => process.exit(response.statusCode === 200 ? 0 : 1));
    request.setTimeout(2000, () => request.destroy());
    request.on("error", () => process.exit(1));' 2> /dev/null; then ready=1; break; fi
  sleep 0.5
done
[ -n "$ready" ] || { log_tail "$WORK/verdaccio.log"; fail "verdaccio did not answer on $REGISTRY within 60 s"; }

# A throwaway user in the temporary htpasswd file; its token is only in the temporary npmrc.
TOKEN="$(REGISTRY="$REGISTRY" node -e '
  const name = "hydra-tf-check";
  const body = JSON.stringify({ name, password: require("crypto").randomBytes(16).toString("hex") });
  const request = require("http").request(`${process.env.REGISTRY}-/user/org.couchdb.user:${name}`,
    { method: "PUT", headers: { "content-type": "application/json" } }, (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => {
        const token = response.statusCode === 201 && JSON.parse(text).token;
        if (!token) { console.error(`HTTP ${response.statusCode}: ${text}`); process.exit(1); }
        console.log(token);
      });
    });
  request.setTimeout(30000, () => request.destroy(new Error("no answer in 30 s")));
  request.on("error", (error) => { console.error(error.message); process.exit(1); });
  request.end(body);')" || fail "could not create a user on the local registry"
printf 'registry=%s\n//127.0.0.1:%s/:_authToken=%s\n' "$REGISTRY" "$PORT" "$TOKEN" > "$WORK/npmrc"

# From here on npm sees only the local registry, with no user config and an empty cache.
export npm_config_userconfig="$WORK/npmrc" npm_config_cache="$WORK/npm-cache" npm_config_registry="$REGISTRY"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
# An empty download cache: had anything reached for the wheel, there would be no wheel to find.
export HYDRA_TF_CACHE="$WORK/hydra-tf-cache"

step_started=$SECONDS
bounded npm publish "$LIBTF_TARBALL" > "$WORK/publish.log" 2>&1 || { log_tail "$WORK/publish.log"; log_tail "$WORK/verdaccio.log"; fail "npm publish $LIBTF_TARBALL"; }
PUBLISH_LIBTF_S=$(since $step_started)
bounded npm publish "$HYDRA_TARBALL" >> "$WORK/publish.log" 2>&1 || { log_tail "$WORK/publish.log"; log_tail "$WORK/verdaccio.log"; fail "npm publish $HYDRA_TARBALL"; }
OPTIONAL="$(bounded npm view hydra-tf optionalDependencies --json 2>&1)" || fail "npm view hydra-tf: $OPTIONAL"
echo "$OPTIONAL" | grep -q '"@hydra-tf/libtensorflow-linux-x64": "2.21.0"' ||
  fail "the published hydra-tf does not list @hydra-tf/libtensorflow-linux-x64@2.21.0 as optional: $OPTIONAL"

# 3. Install as a user, with nothing but node and npm.
restricted_bin "$WORK/bin" node npm npx bash sh env
assert_unreachable "$WORK/bin" python3 python pip pip3 unzip g++ gcc cc c++ make || fail "the restricted PATH is not restricted"
APP="$WORK/app"
mkdir -p "$APP"
cd "$APP"
echo '{"name": "registry-smoke-app", "version": "1.0.0", "private": true}' > package.json
step_started=$SECONDS
npm_install_as_user "$WORK/bin" "$WORK/install.log" hydra-tf --ignore-scripts || fail "npm install hydra-tf from $REGISTRY"
INSTALL_S=$(since $step_started)
PLATFORM_PACKAGE="$APP/node_modules/@hydra-tf/libtensorflow-linux-x64"
[ -f "$PLATFORM_PACKAGE/lib/libtensorflow_cc.so.2" ] || { log_tail "$WORK/install.log"; fail "npm did not install the platform package"; }

# doctor --json: where the library came from, as the loader saw it ("error <message>" if it found none).
library_source() {
  PATH="$WORK/bin" bounded node "$APP/node_modules/hydra-tf/bin/hydra-tf.js" doctor --json > "$WORK/doctor.json" 2> "$WORK/doctor.err" || true
  node -e '
    const report = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(report.error ? `error ${report.error.message}` : `${report.librarySource} ${report.libraryPath}`);
  ' "$WORK/doctor.json" 2> /dev/null || echo "no report from hydra-tf doctor: $(tail -c 600 "$WORK/doctor.err")"
}
EXPECTED="package $PLATFORM_PACKAGE/lib/libtensorflow_cc.so.2"
# No install script has run: the prebuilt addon and the platform package suffice.
[ ! -e "$APP/node_modules/hydra-tf/deps" ] || fail "node_modules/hydra-tf/deps exists although no install script ran"
BEFORE="$(library_source)"
[ "$BEFORE" = "$EXPECTED" ] || fail "with no install script run, hydra-tf loads '$BEFORE', expected '$EXPECTED'"

step_started=$SECONDS
run_install_script "$WORK/bin" "$WORK/install-script.log" || fail "hydra-tf's install script"
INSTALL_SCRIPT_S=$(since $step_started)
grep -q "libtensorflow: already present (package @hydra-tf/libtensorflow-linux-x64@2.21.0), nothing downloaded" "$WORK/install-script.log" ||
  { log_tail "$WORK/install-script.log"; fail "the install script did not use the platform package"; }
grep -q "using prebuilt addon" "$WORK/install-script.log" || { log_tail "$WORK/install-script.log"; fail "the install script did not use the prebuilt addon"; }
if grep -Eqi '\.whl|pip download|python' "$WORK/install-script.log"; then log_tail "$WORK/install-script.log"; fail "the install script went for the wheel"; fi
[ ! -e "$APP/node_modules/hydra-tf/deps" ] || fail "the install made node_modules/hydra-tf/deps (a wheel copy)"
[ -z "$(ls -A "$HYDRA_TF_CACHE" 2> /dev/null)" ] || fail "the install downloaded into $HYDRA_TF_CACHE"
AFTER="$(library_source)"
[ "$AFTER" = "$EXPECTED" ] || fail "after its install script, hydra-tf loads '$AFTER', expected '$EXPECTED'"

# 4. Use it.
step_started=$SECONDS
smoke_test "$APP" "$WORK/bin" "$WORK/smoke.log" || fail "scripts/smoke.js"
SMOKE_S=$(since $step_started)
echo "libtensorflow package: $LIBTF_SUMMARY"
echo "timings: packages ${PACK_S} s, publish libtensorflow ${PUBLISH_LIBTF_S} s, npm install ${INSTALL_S} s, install script ${INSTALL_SCRIPT_S} s, smoke ${SMOKE_S} s, total $(since $CHECK_STARTED) s"
echo "library: $AFTER"
echo "registry install check: passed"
