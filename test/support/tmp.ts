// Temporary directories for the tests, under the OS temporary directory and named after what they
// hold. tempDir's directories are removed after the test file that made them (an afterAll hook
// registered when a test file imports this module); withTempDir's as soon as its function ends.
// HYDRA_TF_KEEP_TMP=1 keeps them to look at after a failure.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const made: string[] = [];

/** Removes a directory tree; a directory already gone is fine. */
export function removeDirectory(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

function removeAll(): void {
  if (process.env.HYDRA_TF_KEEP_TMP) return;
  for (const dir of made.splice(0)) removeDirectory(dir);
}

// Jest gives each test file its own module registry, so each file that imports this module gets
// its own list and hook. Outside jest (a child process's script) there is no hook: such callers
// use withTempDir or remove their directories themselves.
if (typeof afterAll === 'function') afterAll(removeAll);

/** os.tmpdir()/hydra-tf-<prefix>-XXXXXX (a prefix already starting hydra- or ending - is taken as it is meant). */
function makeDirectory(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `hydra-tf-${prefix.replace(/^hydra-(tf-)?/, '').replace(/-+$/, '')}-`));
}

/** A fresh directory /tmp/hydra-tf-<prefix>-XXXXXX, removed after the calling test file. */
export function tempDir(prefix: string): string {
  const dir = makeDirectory(prefix);
  made.push(dir);
  return dir;
}

/** Runs `fn` with a fresh directory and removes the directory when it ends, whether it returned or threw. */
export async function withTempDir<T>(prefix: string, fn: (dir: string) => Promise<T> | T): Promise<T> {
  const dir = makeDirectory(prefix);
  try {
    return await fn(dir);
  } finally {
    if (!process.env.HYDRA_TF_KEEP_TMP) removeDirectory(dir);
  }
}
