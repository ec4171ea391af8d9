// Kernel fuzz in CI: a fixed budget of random cases over a seeded sample of the registered ops (and
// every op of lib/core/kernel-guards.ts), each built through Graph.addOperation and run, in child
// processes (scripts/kernel-fuzz.js). A case that kills its process fails this test, naming the op,
// its inputs and attributes and the seed that replays it: guard the kernel in kernel-guards.ts.
// HYDRA_FUZZ_SEED picks another sample; the full run over every op is `node scripts/kernel-fuzz.js`.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../support/tmp';
import { KERNEL_GUARDS } from '../../lib/core/kernel-guards';

const root = path.resolve(__dirname, '..', '..');
const seed = process.env.HYDRA_FUZZ_SEED ?? '20261206';
const sample = 400;
const casesPerOp = 6;

interface Summary {
  opsPlanned: number;
  opsDone: number;
  cases: number;
  outcomes: Record<string, number>;
  crashes: Array<{ op: string; phase: string; inputs: string[]; attrs: unknown; seed: number; signal: string | null; message: string }>;
  hangs: Array<{ op: string }>;
  harnessFailure?: string;
  complete: boolean;
}

test(`kernel fuzz: ${sample} sampled ops and the guarded ones, ${casesPerOp} cases each, seed ${seed}: no case kills the process`, () => {
  const report = path.join(tempDir('fuzz'), 'summary.json');
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'scripts', 'kernel-fuzz.js'),
      '--seed',
      seed,
      '--sample',
      String(sample),
      '--cases',
      String(casesPerOp),
      '--budget-s',
      '240',
      '--json',
      report,
    ],
    { cwd: root, encoding: 'utf8', timeout: 400000, maxBuffer: 64 * 2 ** 20 },
  );
  expect(fs.existsSync(report)).toBe(true);
  const summary = JSON.parse(fs.readFileSync(report, 'utf8')) as Summary;
  const crashes = summary.crashes.map(
    (c) =>
      `${c.op} at ${c.phase}: inputs ${c.inputs.join(' ')} attrs ${JSON.stringify(c.attrs)} (case seed ${c.seed}): ${c.signal} ${c.message}`,
  );
  expect(crashes).toEqual([]);
  expect(summary.harnessFailure).toBeUndefined();
  expect(result.status).toBe(0);
  // Not vacuous: the sample and every guarded op were reached, and most cases built and ran or were refused with an error.
  expect(summary.complete).toBe(true);
  expect(summary.opsPlanned).toBeGreaterThanOrEqual(sample);
  expect(summary.opsPlanned).toBeGreaterThanOrEqual(Object.keys(KERNEL_GUARDS).length);
  expect(summary.cases).toBeGreaterThan(300);
  expect(summary.outcomes.ran).toBeGreaterThan(50);
  console.log(
    `kernel fuzz seed ${seed}: ${summary.opsDone} ops, ${summary.cases} cases, outcomes ${JSON.stringify(summary.outcomes)}, ${summary.hangs.length} hang(s) (${summary.hangs.map((h) => h.op).join(', ')})`,
  );
});
