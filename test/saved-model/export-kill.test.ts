// 25 random kill -9 during SavedModel exports with overwrite: true. After every kill the path loads
// (hydra-tf, and Python for a few runs) the last finished export or the one being written, and
// the next save leaves no hidden directories behind.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Graph, Session, savedModel, tensor } from '../../lib';
import { runAndKill, seededRandom } from '../support/kill';
import { runPythonSync } from '../support/python';
import { tempDir } from '../support/tmp';

const RUNS = 25;
const MAX_DELAY_MS = 400;
const PYTHON_RUNS = 3;
const SEED = Number(process.env.HYDRA_KILL_SEED ?? 20261206);
const child = path.join(__dirname, 'children', 'export-kill.ts');

async function loadedValue(dir: string): Promise<number> {
  const model = await savedModel.load(dir);
  try {
    return (await model.run({})).v.item() as number;
  } finally {
    model.dispose();
  }
}

test(`${RUNS} random kills during exports with overwrite: the old or the new model loads every time`, async () => {
  const random = seededRandom(SEED + 2);
  // The next save after a kill, from this process: it must clean up what the killed one left.
  const graph = new Graph();
  const handle = graph.addOperation({ type: 'VarHandleOp', name: 'v', attrs: { dtype: 'float32', shape: [], shared_name: 'v' } });
  const read = graph
    .addOperation({ type: 'ReadVariableOp', name: 'read', inputs: [handle.output(0)], attrs: { dtype: 'float32' } })
    .output(0);
  const init = graph.addOperation({
    type: 'AssignVariableOp',
    name: 'init',
    inputs: [
      handle.output(0),
      graph.addOperation({ type: 'Const', name: 'c', attrs: { dtype: 'float32', value: tensor(-1, 'float32') } }).output(0),
    ],
    attrs: { dtype: 'float32' },
  });
  const session = new Session(graph);
  await session.run(null, [], [init]);
  const forPython: Array<{ dir: string; value: number }> = [];
  const outcomes = { old: 0, new: 0, missingUntilRecovered: 0 };
  for (let run = 0; run < RUNS; run++) {
    const root = tempDir('export-kill9');
    const target = path.join(root, 'model');
    const delay = Math.floor(random() * MAX_DELAY_MS);
    const context = `run ${run} (seed ${SEED}, delay ${delay} ms, ${root})`;
    // Ready after the first export finished: from then on there is always a model to lose.
    const { lines } = await runAndKill(child, [target], (l) => l.some((x) => (x as { done?: number }).done === 1), delay);
    const done = Math.max(...lines.map((l) => (l as { done?: number }).done ?? 0));
    const started = Math.max(...lines.map((l) => (l as { start?: number }).start ?? 0));
    if (!fs.existsSync(target)) outcomes.missingUntilRecovered++;
    const value = await loadedValue(target);
    expect({ context, value, allowed: [done, started].includes(value) }).toEqual({ context, value, allowed: true });
    if (value === done) outcomes.old++;
    else outcomes.new++;
    if (run < PYTHON_RUNS) {
      const copy = path.join(os.tmpdir(), `hydra-export-kill9-py-${process.pid}-${run}`);
      fs.cpSync(target, copy, { recursive: true });
      forPython.push({ dir: copy, value });
    }
    await savedModel.save(target, {
      graph,
      session,
      overwrite: true,
      variables: [handle],
      signatures: { serving_default: { inputs: {}, outputs: { v: read } } },
    });
    expect({ context, entries: fs.readdirSync(root) }).toEqual({ context, entries: ['model'] });
    expect(await loadedValue(target)).toBe(-1);
    fs.rmSync(root, { recursive: true, force: true });
  }
  console.log(`export kills: ${JSON.stringify(outcomes)} (seed ${SEED})`);
  expect(outcomes.old + outcomes.new).toBe(RUNS);
  const script = `import json, sys, tensorflow as tf
print(json.dumps([float(tf.saved_model.load(d).signatures["serving_default"]()["v"].numpy()) for d in sys.argv[1:]]))`;
  const report = JSON.parse(runPythonSync(['-c', script, ...forPython.map((r) => r.dir)]));
  expect(report).toEqual(forPython.map((r) => r.value));
  for (const r of forPython) fs.rmSync(r.dir, { recursive: true, force: true });
  await session.close();
}, 600_000);
