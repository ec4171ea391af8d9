// Simulated kills for crash-safety tests: from the n-th file-system mutation on, every mutation
// throws, as if the process had died there (no cleanup code of the library gets to run either).
// The module object itself (not an import-star copy), so that the library sees the patched functions.
import fs = require('fs');
import * as os from 'os';

const MUTATIONS = [
  'renameSync',
  'rmSync',
  'unlinkSync',
  'writeFileSync',
  'writeSync',
  'fsyncSync',
  'mkdirSync',
  'rmdirSync',
  'copyFileSync',
] as const;

export class SimulatedKill extends Error {}

// Node's rmSync loads its helper lazily and keeps the fs functions it found then: load it now,
// unpatched, or it would keep a patched (forever "killed") unlinkSync.
{
  const warmUp = `${os.tmpdir()}/.hydra-crash-warm-up-${process.pid}`;
  fs.writeFileSync(warmUp, '');
  fs.rmSync(warmUp, { force: true });
}

/** Runs `action` with the file system "dying" at mutation number `at` (1-based); returns whether it died. */
export async function withKillAt<T>(at: number, action: () => Promise<T>): Promise<{ killed: boolean; mutations: number }> {
  const fsAny = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = new Map<string, (...args: unknown[]) => unknown>();
  let count = 0;
  let killed = false;
  const guard = (name: string, original: (...args: unknown[]) => unknown) =>
    function (this: unknown, ...args: unknown[]) {
      // Opening for writing is a mutation too (it creates the file).
      count++;
      if (killed || count >= at) {
        killed = true;
        throw new SimulatedKill(`simulated kill at ${name} (mutation ${count})`);
      }
      return original.apply(this, args);
    };
  for (const name of MUTATIONS) {
    originals.set(name, fsAny[name]);
    fsAny[name] = guard(name, fsAny[name]);
  }
  const openSync = fsAny.openSync;
  originals.set('openSync', openSync);
  fsAny.openSync = function (this: unknown, ...args: unknown[]) {
    const flags = args[1];
    const writes =
      typeof flags === 'string'
        ? /[wa+]/.test(flags)
        : typeof flags === 'number' && (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR | fs.constants.O_CREAT)) !== 0;
    return writes ? guard('openSync', openSync).apply(this, args) : openSync.apply(this, args);
  };
  try {
    await action();
  } catch (error) {
    if (!(error instanceof SimulatedKill) && !killed) throw error;
  } finally {
    for (const [name, original] of originals) fsAny[name] = original;
  }
  return { killed, mutations: count };
}
