/**
 * nn.pruning's schedules against tfmot's own (examples/python/tfmot_schedules.py, which runs
 * tensorflow-model-optimization's pruning_schedule.py from its wheel): for every case and step,
 * whether the mask is updated, and the sparsity in JS (`sparsityAt`) and in the graph.
 *
 *   .venv/bin/pip download tensorflow-model-optimization==0.8.1 --no-deps -d /tmp/tfmot
 *   .venv/bin/python examples/python/tfmot_schedules.py /tmp/tfmot/tensorflow_model_optimization-0.8.1-py2.py3-none-any.whl > /tmp/tfmot.json
 *   npx tsc -p examples/tsconfig.json && node dist/examples/prune-schedules.js /tmp/tfmot.json
 *
 * Prints, per case, the steps whose update flag differs (expected: none) and the largest
 * |sparsity − tfmot's| in JS and in the graph.
 */
import * as fs from 'fs';
import { Graph, Session, Tensor, nn } from '../lib';
import * as ops from '../lib/ops';
import { readFlags } from './flags';

interface Case {
  kind: 'ConstantSparsity' | 'PolynomialDecay';
  options: Record<string, number>;
  steps: Array<[boolean, number]>;
}

/** tfmot's argument names → nn.pruning's options. */
function schedule(c: Case): nn.pruning.PruningSchedule {
  const o = c.options;
  if (c.kind === 'ConstantSparsity')
    return nn.pruning.constantSparsity({
      targetSparsity: o.target_sparsity,
      beginStep: o.begin_step,
      endStep: o.end_step,
      frequency: o.frequency,
    });
  return nn.pruning.polynomialDecay({
    initialSparsity: o.initial_sparsity,
    finalSparsity: o.final_sparsity,
    beginStep: o.begin_step,
    endStep: o.end_step,
    power: o.power,
    frequency: o.frequency,
  });
}

async function main() {
  // TFMOT_JSON: the output of examples/python/tfmot_schedules.py.
  const { tfmotJson } = readFlags('prune-schedules', { tfmotJson: null as string | null }, { positionals: ['tfmotJson'] });
  const reference = JSON.parse(fs.readFileSync(tfmotJson!, 'utf8')) as { version: string; cases: Case[] };
  console.log(`reference: ${reference.version}`);
  let worst = 0;
  for (const c of reference.cases) {
    const s = schedule(c);
    const graph = new Graph();
    const step = ops.placeholder(graph, { dtype: 'int64', shape: [] });
    const built = s.build(graph, step);
    const session = new Session(graph);
    const flagged: number[] = [];
    let js = 0;
    let inGraph = 0;
    for (const [i, [prune, sparsity]] of c.steps.entries()) {
      const [p, v] = await session.run(
        [[step, Tensor.from(BigInt(i), { dtype: 'int64', shape: [] })]],
        [built.shouldPrune, built.sparsity],
      );
      if (p.item() !== prune || s.shouldPrune(i) !== prune) flagged.push(i);
      js = Math.max(js, Math.abs(s.sparsityAt(i) - sparsity));
      inGraph = Math.max(inGraph, Math.abs((v.item() as number) - sparsity));
    }
    await session.close();
    graph.dispose();
    worst = Math.max(worst, js, inGraph);
    console.log(
      `${c.kind}(${JSON.stringify(c.options)}): update steps differing: ${flagged.length ? flagged.join(', ') : 'none'}; max |Δ sparsity| JS ${js.toExponential(2)}, graph ${inGraph.toExponential(2)}`,
    );
  }
  console.log(`largest difference over all cases: ${worst.toExponential(2)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
