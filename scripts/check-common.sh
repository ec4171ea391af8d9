# Helpers shared by the packaging checks (scripts/check-prebuilt.sh, scripts/check-registry-install.sh).
# Sourced, not run. Expects ROOT (the checkout) to be set.

# Every step that could hang (npm talking to a registry, an install script) runs under timeout(1),
# called by its full path because the restricted PATH below does not hold it.
TIMEOUT="$(command -v timeout)" || { echo "timeout (GNU coreutils) is needed to bound the checks' steps"; exit 1; }
STEP_TIMEOUT_S="${STEP_TIMEOUT_S:-900}"

# restricted_bin DIR TOOL...: DIR holds links to the given tools (those this machine has), so that
# PATH=DIR is a PATH with those tools only.
restricted_bin() {
  local bin="$1" tool
  shift
  mkdir -p "$bin"
  for tool in "$@"; do
    if command -v "$tool" > /dev/null; then ln -sf "$(command -v "$tool")" "$bin/$tool"; fi
  done
}

# assert_unreachable DIR TOOL...: fails naming the first tool that PATH=DIR still finds.
assert_unreachable() {
  local bin="$1" tool
  shift
  for tool in "$@"; do
    if PATH="$bin" command -v "$tool" > /dev/null 2>&1; then
      echo "$tool is still reachable with PATH=$bin"
      return 1
    fi
  done
}

# bounded COMMAND...: runs COMMAND, killed after STEP_TIMEOUT_S seconds (a failure, exit 124).
bounded() {
  "$TIMEOUT" --kill-after=10 "$STEP_TIMEOUT_S" "$@"
}

# pack_hydra_tf WORK: builds the addon into prebuilds/ (prebuildify, Node-API) and packs hydra-tf as it
# is published (scripts/pack-hydra-tf.js) into WORK; prints the tarball's path. Logs go to WORK/*.log.
pack_hydra_tf() {
  local work="$1" tarball
  (cd "$ROOT" && bounded node scripts/prebuild.js) > "$work/prebuild.log" 2>&1 || { tail -20 "$work/prebuild.log" >&2; return 1; }
  tarball="$(bounded node "$ROOT/scripts/pack-hydra-tf.js" --out "$work" 2> "$work/pack.log" | tail -1)"
  [ -f "$tarball" ] || { cat "$work/pack.log" >&2; echo "scripts/pack-hydra-tf.js produced no tarball" >&2; return 1; }
  tar -tzf "$tarball" > "$work/contents.txt"
  grep -q "^package/prebuilds/linux-x64/hydra-tf.node$" "$work/contents.txt" || { echo "$tarball has no prebuilt addon" >&2; return 1; }
  echo "$tarball"
}

# npm_install_as_user BIN LOG SPEC [NPM ARGS...]: `npm install SPEC` in the current directory with PATH=BIN.
# (npm 11.19 runs dependencies' install scripts not yet approved in allowScripts with a warning; with
# strict-allow-scripts it refuses them, hence run_install_script.)
npm_install_as_user() {
  local bin="$1" log="$2" spec="$3"
  shift 3
  PATH="$bin" bounded npm install --no-audit --no-fund "$@" "$spec" > "$log" 2>&1 || { tail -40 "$log"; return 1; }
}

# run_install_script BIN LOG [NPM ARGS...]: approves hydra-tf's install script and runs it (again), as
# a user would (README.md, "Install"), in the current directory with PATH=BIN. Output goes to LOG.
run_install_script() {
  local bin="$1" log="$2"
  shift 2
  {
    PATH="$bin" bounded npm install-scripts approve hydra-tf &&
    PATH="$bin" bounded npm rebuild hydra-tf --foreground-scripts "$@"
  } > "$log" 2>&1 || { tail -40 "$log"; return 1; }
}

# smoke_test APP BIN LOG: runs scripts/smoke.js (train a step, export and reload a SavedModel) from
# the project APP with PATH=BIN; prints its output without TensorFlow's start-up chatter.
smoke_test() {
  local app="$1" bin="$2" log="$3"
  cp "$ROOT/scripts/smoke.js" "$app/smoke.js"
  (cd "$app" && PATH="$bin" bounded node smoke.js) > "$log" 2>&1 || { cat "$log"; return 1; }
  grep -v "^I0000\|^WARNING: All log" "$log"
}
