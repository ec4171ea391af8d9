// GradNorm: task weights stepped so that the weighted gradient norms on the shared layer follow
// the tasks' relative training rates. Its weight rule on a two-variable "network"
// L_i = s_i‖W − t_i‖² with fed scales s_i, so ∂L_i/∂W = 2s_i(W − t_i) and ‖∂L_i/∂W‖ = 2s_i‖W − t_i‖
// are known in closed form; and its refusals (options, the representation-gradient mode).
import { Graph, Output, Session, Tensor, layers, mtl, optimizers } from '../../../lib';
import * as ops from '../../../lib/ops';
import { graphState } from '../../../lib/nn';
import { scale, sum } from './float64';
import { CLOSED_FORM, deviation } from './gradient-harness';

describe('GradNorm', () => {
  test("log w_i steps on sign(G_i − Ḡ·r_i^α)·G_i/Ḡ, then Σ w = K; L_i(0) is the first step's; only ∂L_i/∂W is built", async () => {
    const graph = new Graph();
    const state = graphState(graph, 0);
    const w = state.createVariable('shared/kernel', ops.constant(graph, [1, 2], 'float32'), { trainable: true, shape: [2] });
    const scales = ops.placeholder(graph, { dtype: 'float32', shape: [2], name: 'scales' });
    const step = ops.placeholder(graph, { dtype: 'int64', shape: [], name: 'step' });
    const targets = [
      [0, 0],
      [1, 4],
    ];
    const read = w.read();
    const losses = targets.map((t, i) =>
      ops.mul(
        ops.gatherV2(scales, ops.constant(graph, i, 'int32'), ops.constant(graph, 0, 'int32')),
        ops.reduceSum(ops.square(ops.sub(read, ops.constant(graph, t, 'float32')))),
      ),
    );
    const learningRate = 0.1;
    const alpha = 1.5;
    const result = mtl.weighting.gradnorm({ learningRate, alpha }).build({
      graph,
      state,
      taskNames: ['near', 'far'],
      losses,
      step,
      taskGradients: () => {
        throw new Error('GradNorm must not build the task-gradient matrix');
      },
      sharedVariables: [w],
      representationMode: false,
    });
    const session = new Session(graph);
    await session.run(
      null,
      [],
      state.variables.map((v) => v.initializer),
    );
    const run = async (s: number[], at: number) => {
      const feeds: Array<[Output, Tensor]> = [
        [scales, Tensor.from(s, { dtype: 'float32' })],
        [step, Tensor.from(BigInt(at), { dtype: 'int64' })],
      ];
      const [objective, weights] = await session.run(feeds, [result.objective!, result.weights], result.updates);
      const values = { objective: objective.item() as number, weights: weights.array() as number[] };
      objective.dispose();
      weights.dispose();
      const [after] = await session.run(null, [state.variable('mtl/gradnorm/weights')!.read()]);
      const next = after.array() as number[];
      after.dispose();
      return { ...values, next };
    };
    // ‖W − t‖² = 5 and 4 (W = (1, 2)): ‖∇_W L_i‖ = 2s_i·(√5, 2).
    const distance = [5, 4];
    const reference = (s: number[], weights: number[], initial: number[]) => {
      const n = s.map((si, i) => 2 * si * Math.sqrt(distance[i]));
      const g = n.map((ni, i) => weights[i] * ni);
      const mean = sum(g) / 2;
      const ratio = s.map((si, i) => (si * distance[i]) / initial[i]);
      const r = ratio.map((x) => x / (sum(ratio) / 2));
      const stepped = weights.map((wi, i) => wi * Math.exp((-learningRate * Math.sign(g[i] - mean * r[i] ** alpha) * g[i]) / mean));
      return scale(stepped, 2 / sum(stepped));
    };
    try {
      // Step 0: L(0) = (5, 4) is recorded, r = 1, so the target is Ḡ and the larger G_i is pulled down.
      const first = await run([1, 1], 0);
      expect(first.weights).toEqual([1, 1]);
      expect(first.objective).toBeCloseTo(9, 5);
      const afterFirst = reference([1, 1], [1, 1], [5, 4]);
      expect(deviation(first.next, afterFirst)).toBeLessThan(CLOSED_FORM);
      expect(first.next[0]).toBeLessThan(1); // ‖∇L_near‖ = 2√5 > ‖∇L_far‖ = 4
      // Step 1: the "near" loss halves (its scale does), "far" stays: "far" now lags, so its target rises.
      const second = await run([0.5, 1], 1);
      expect(second.objective).toBeCloseTo(afterFirst[0] * 2.5 + afterFirst[1] * 4, 5);
      const afterSecond = reference([0.5, 1], afterFirst, [5, 4]);
      expect(deviation(second.next, afterSecond)).toBeLessThan(CLOSED_FORM);
      expect(sum(second.next)).toBeCloseTo(2, 6);
      const [recorded] = await session.run(null, [state.variable('mtl/gradnorm/initial_losses')!.read()]);
      expect(deviation(recorded.array() as number[], [5, 4])).toBeLessThan(CLOSED_FORM);
      recorded.dispose();
    } finally {
      await session.close();
    }
  });

  test('bad options are refused naming the strategy', () => {
    expect(() => mtl.weighting.gradnorm({ alpha: -1 })).toThrow(/gradnorm: alpha/);
  });

  test('GradNorm refuses the representation mode (the Gram-based strategies accept it: their files check it)', () => {
    expect(mtl.weighting.gradnorm().supportsRepresentation).toBe(false);
    const input = layers.input({ name: 'x', shape: [2] });
    const trunk = layers.dense({ units: 2, name: 'trunk' }).apply(input);
    expect(() =>
      mtl.model({
        inputs: { x: input },
        trunk,
        tasks: {
          a: { head: layers.dense({ units: 1, name: 'ha' }), loss: 'mse' },
          b: { head: layers.dense({ units: 1, name: 'hb' }), loss: 'mse' },
        },
        weighting: mtl.weighting.gradnorm(),
        gradientMode: 'representation',
        optimizer: optimizers.sgd({ learningRate: 0.1 }),
      }),
    ).toThrow(/weighting "gradnorm" does not support the representation-gradient mode/);
  });
});
