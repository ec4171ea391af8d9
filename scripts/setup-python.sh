#!/usr/bin/env bash
# Creates <repo>/.venv with the pinned Python fixture environment (tensorflow-cpu==2.21.0, see
# test/fixtures/python/requirements.txt). Python is used by the tests only, never by the library.
#
#  - reuses the tensorflow-cpu wheel cached in ${HYDRA_TF_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hydra-tf}/wheels
#    (the same cache the libtensorflow fetch uses); downloads it there first if it is missing, and
#    checks its sha256 against the hashes PyPI publishes for 2.21.0;
#  - idempotent: does nothing when .venv already imports tensorflow 2.21.0 and was built from the
#    current requirements.txt;
#  - builds into a temporary directory beside .venv and renames it on success, so an interrupted
#    run never leaves a broken .venv.
#
# Environment: PYTHON (interpreter to build the venv from, default python3 (>= 3.10, <= 3.13)),
#              HYDRA_TF_CACHE, XDG_CACHE_HOME, HYDRA_TF_FORCE=1 (rebuild even if .venv is fine).
set -euo pipefail

START=$(date +%s)
elapsed() { echo "$(( $(date +%s) - START ))s"; }
log() { echo "[setup-python] $*"; }
die() { echo "[setup-python] error: $*" >&2; exit 1; }

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO/.venv"
REQS="$REPO/test/fixtures/python/requirements.txt"
TF_VERSION=2.21.0
CACHE="${HYDRA_TF_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hydra-tf}"
WHEELS="$CACHE/wheels"
PYTHON="${PYTHON:-python3}"
STAMP_NAME=".hydra-tf-requirements.sha256"

# sha256 of the official tensorflow-cpu 2.21.0 Linux wheels, as published on PyPI.
wheel_sha256() {
  case "$1" in
    tensorflow_cpu-2.21.0-cp310-cp310-manylinux_2_27_x86_64.whl) echo d143e92f5c0661cdfa26eaca8f73cd2efd0ec53a68af8dec82f584ba8eb14b83 ;;
    tensorflow_cpu-2.21.0-cp311-cp311-manylinux_2_27_x86_64.whl) echo 2b847d217b02ee7731ed91431daf3250daa0196c3c94614d23be27232e6e5b6c ;;
    tensorflow_cpu-2.21.0-cp312-cp312-manylinux_2_27_x86_64.whl) echo dcc8afd32930e42d5296b6ee19078b773706830af4ea97fbe503b9f5e0f820cb ;;
    tensorflow_cpu-2.21.0-cp313-cp313-manylinux_2_27_x86_64.whl) echo 05af7c26d35f4de910b5598c7b507e3981831a7b0f47fed9a405d995d51d7793 ;;
    *) echo "" ;;
  esac
}

[ -f "$REQS" ] || die "missing $REQS"
REQS_SHA="$(sha256sum "$REQS" | cut -d' ' -f1)"

tf_version_of() { # $1 = python; prints tensorflow.__version__ or nothing
  TF_CPP_MIN_LOG_LEVEL=3 "$1" -c 'import tensorflow as tf; print(tf.__version__)' 2>/dev/null | tail -n1 || true
}

# --- fast path: nothing to do -------------------------------------------------------------------
if [ "${HYDRA_TF_FORCE:-0}" != 1 ] && [ -x "$VENV/bin/python" ]; then
  have="$(tf_version_of "$VENV/bin/python")"
  stamp="$(cat "$VENV/$STAMP_NAME" 2>/dev/null || true)"
  if [ "$have" = "$TF_VERSION" ] && [ "$stamp" = "$REQS_SHA" ]; then
    log ".venv is up to date (tensorflow $have) at $VENV; nothing to do ($(elapsed))"
    exit 0
  fi
  if [ "$have" = "$TF_VERSION" ]; then
    log ".venv has tensorflow $have but requirements.txt changed: rebuilding"
  else
    log ".venv exists but does not import tensorflow $TF_VERSION (got '${have:-nothing}'): rebuilding"
  fi
fi

# --- one run at a time ---------------------------------------------------------------------------
mkdir -p "$WHEELS"
if command -v flock >/dev/null 2>&1; then
  exec 9>"$CACHE/setup-python.lock"
  flock 9
fi

# Leftovers of runs that were killed outright (SIGKILL skips the cleanup trap). We hold the lock,
# so no other run is using them.
for stale in "$REPO"/.venv.tmp.* "$REPO"/.venv.old.*; do
  [ -e "$stale" ] || continue
  log "removing leftover $(basename "$stale")"
  rm -rf "$stale"
done

command -v "$PYTHON" >/dev/null 2>&1 || die "no '$PYTHON' on PATH (set PYTHON=/path/to/python3.11)"
PYTAG="$("$PYTHON" -c 'import sys; print(f"cp{sys.version_info[0]}{sys.version_info[1]}")')"
case "$PYTAG" in cp310|cp311|cp312|cp313) ;; *) die "$PYTHON is $PYTAG; tensorflow-cpu $TF_VERSION needs CPython 3.10-3.13 (set PYTHON=...)" ;; esac
log "python: $("$PYTHON" -c 'import sys; print(sys.executable, sys.version.split()[0])')"

# --- the wheel: cached, else downloaded into the cache ------------------------------------------
WHEEL="tensorflow_cpu-${TF_VERSION}-${PYTAG}-${PYTAG}-manylinux_2_27_x86_64.whl"
if [ ! -f "$WHEELS/$WHEEL" ]; then
  log "wheel $WHEEL not in $WHEELS: downloading from PyPI"
  t0=$(date +%s)
  DL="$(mktemp -d "$WHEELS/.download.XXXXXX")"
  "$PYTHON" -m pip download --no-deps --only-binary=:all: --disable-pip-version-check \
      -d "$DL" "tensorflow-cpu==$TF_VERSION" || { rm -rf "$DL"; die "pip download failed"; }
  [ -f "$DL/$WHEEL" ] || { ls "$DL" >&2; rm -rf "$DL"; die "pip download did not produce $WHEEL"; }
  mv "$DL/$WHEEL" "$WHEELS/$WHEEL"
  rm -rf "$DL"
  log "downloaded in $(( $(date +%s) - t0 ))s"
else
  log "using cached wheel $WHEELS/$WHEEL"
fi
want_sha="$(wheel_sha256 "$WHEEL")"
if [ -n "$want_sha" ]; then
  got_sha="$(sha256sum "$WHEELS/$WHEEL" | cut -d' ' -f1)"
  [ "$got_sha" = "$want_sha" ] || die "sha256 mismatch for $WHEELS/$WHEEL (got $got_sha, want $want_sha); delete it and re-run"
  log "sha256 ok"
fi

# --- build into a temporary venv, then rename ---------------------------------------------------
TMP="$(mktemp -d "$REPO/.venv.tmp.XXXXXX")"
OLD=""
cleanup() { rm -rf "$TMP"; [ -z "$OLD" ] || rm -rf "$OLD"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

t0=$(date +%s)
"$PYTHON" -m venv "$TMP"
"$TMP/bin/python" -m pip install --disable-pip-version-check --no-input --quiet --upgrade pip
"$TMP/bin/python" -m pip install --disable-pip-version-check --no-input \
    --find-links "$WHEELS" -r "$REQS"
log "pip install done in $(( $(date +%s) - t0 ))s"

got="$(tf_version_of "$TMP/bin/python")"
[ "$got" = "$TF_VERSION" ] || die "new venv imports tensorflow '${got:-nothing}', expected $TF_VERSION"
echo "$REQS_SHA" > "$TMP/$STAMP_NAME"

# Console scripts, activate scripts and pyvenv.cfg carry the venv's absolute path: point them at
# the final location before the rename (bin/python itself is a symlink and needs nothing).
grep -rlIF -- "$TMP" "$TMP/bin" "$TMP/pyvenv.cfg" 2>/dev/null | while IFS= read -r f; do
  sed -i "s|$TMP|$VENV|g" "$f"
done

if [ -e "$VENV" ]; then
  OLD="$REPO/.venv.old.$$"
  mv "$VENV" "$OLD"
fi
mv "$TMP" "$VENV"
log "installed $("$VENV/bin/python" -m pip freeze 2>/dev/null | grep -iE '^(tensorflow[-_]cpu|protobuf|numpy)==' | tr '\n' ' ')"
log "ready: $VENV (tensorflow $got) in $(elapsed)"
