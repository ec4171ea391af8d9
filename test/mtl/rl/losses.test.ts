// The PPO clipped objective (and A2C's) and their gradients on a fixed batch against a hand
// computation in float64, with rows chosen to hit every branch of min(ρÂ, clip(ρ)Â); and
// PopArt: its statistics follow their definition, and the unnormalised value of every input is
// the same before and after a statistics update (the POP rescaling of the value layer).
import { Graph, Session, Tensor, mtl, ops } from '../../../lib';
import { graphState } from '../../../lib/nn';

const rl = mtl.rl;

async function fetch(session: Session, outputs: ops.OutputLike[]): Promise<Float32Array[]> {
  const results = await session.run(null, outputs as never);
  return results.map((r) => {
    const data = Float32Array.from(r.data() as Float32Array);
    r.dispose();
    return data;
  });
}

const A = 3;
const logits = [
  [0.2, -0.4, 1.0],
  [1.5, 0.3, -0.7],
  [-0.2, 0.0, 0.9],
  [0.4, 0.4, -1.2],
  [2.0, -1.0, 0.5],
  [-0.6, 1.1, 0.1],
];
const values = [0.5, -1.0, 2.0, 0.0, 1.5, -0.3];
const actions = [2, 0, 1, 1, 2, 0];
const advantages = [1.2, -0.7, 0.9, -1.5, 0.6, -0.4];
// Target ratios ρ = π/π_old per row: inside [0.8, 1.2], above with Â > 0 (clipped: no gradient),
// below with Â < 0 (clipped), above with Â < 0 (unclipped term is the min), below with Â > 0 (unclipped), inside.
const ratios = [1.05, 0.7, 1.4, 1.3, 0.6, 0.95];
const targets = [1.0, -0.5, 3.0, 0.2, 0.0, -1.0];

function softmax(row: number[]): number[] {
  const max = Math.max(...row);
  const e = row.map((v) => Math.exp(v - max));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

const logProb = (i: number) => Math.log(softmax(logits[i])[actions[i]]);
const oldLogProbs = logits.map((_, i) => logProb(i) - Math.log(ratios[i]));

async function evaluate(options: mtl.rl.ActorCriticLossOptions) {
  const graph = new Graph();
  const session = new Session(graph);
  try {
    const yPred = ops.constant(
      graph,
      Tensor.from(Float32Array.from(logits.flatMap((row, i) => [...row, values[i]])), { shape: [6, A + 1] }),
    );
    const yTrue = ops.constant(
      graph,
      Tensor.from(Float32Array.from(actions.flatMap((a, i) => [a, advantages[i], oldLogProbs[i], targets[i]])), { shape: [6, 4] }),
    );
    const terms = rl.actorCriticTerms(yTrue, yPred, A, options);
    const mean = ops.reduceMean(terms.loss);
    const [gradient] = graph.addGradients([mean], [yPred]);
    const [loss, grad, policy, entropy] = await fetch(session, [mean, gradient!, terms.policy, terms.entropy]);
    return { loss: loss[0], grad, policy, entropy };
  } finally {
    await session.close();
  }
}

describe('actor-critic losses', () => {
  const cv = 0.5;
  const ce = 0.01;
  const eps = 0.2;

  test('PPO: loss and gradient by hand on every branch of the clipped objective', async () => {
    const got = await evaluate({ algorithm: 'ppo', clipRange: eps, valueCoefficient: cv, entropyCoefficient: ce });
    let loss = 0;
    const B = logits.length;
    for (let i = 0; i < B; i++) {
      const p = softmax(logits[i]);
      const r = Math.exp(logProb(i) - oldLogProbs[i]);
      expect(r).toBeCloseTo(ratios[i], 12);
      const adv = advantages[i];
      const clipped = Math.min(Math.max(r, 1 - eps), 1 + eps);
      const surrogate = Math.min(r * adv, clipped * adv);
      const H = -p.reduce((s, pk) => s + pk * Math.log(pk), 0);
      const rowLoss = -surrogate + cv * (values[i] - targets[i]) ** 2 - ce * H;
      loss += rowLoss / B;
      expect(got.policy[i]).toBeCloseTo(-surrogate, 5);
      expect(got.entropy[i]).toBeCloseTo(H, 5);
      // The unclipped term is the minimum exactly when ρ is inside the range or on the side where clipping would raise the objective.
      const unclippedActive = r * adv <= clipped * adv;
      expect(unclippedActive).toBe([true, false, false, true, true, true][i]);
      for (let k = 0; k < A; k++) {
        const dPolicy = unclippedActive ? -adv * r * ((k === actions[i] ? 1 : 0) - p[k]) : 0;
        const dEntropy = -p[k] * (Math.log(p[k]) + H);
        expect(got.grad[i * (A + 1) + k]).toBeCloseTo((dPolicy - ce * dEntropy) / B, 6);
      }
      expect(got.grad[i * (A + 1) + A]).toBeCloseTo((2 * cv * (values[i] - targets[i])) / B, 6);
    }
    expect(got.loss).toBeCloseTo(loss, 5);
  });

  test('A2C: −log π(a|s)·Â, gradient −Â(1[k = a] − π_k)', async () => {
    const got = await evaluate({ algorithm: 'a2c', valueCoefficient: 0.25, entropyCoefficient: 0 });
    const B = logits.length;
    let loss = 0;
    for (let i = 0; i < B; i++) {
      const p = softmax(logits[i]);
      loss += (-logProb(i) * advantages[i] + 0.25 * (values[i] - targets[i]) ** 2) / B;
      for (let k = 0; k < A; k++)
        expect(got.grad[i * (A + 1) + k]).toBeCloseTo((-advantages[i] * ((k === actions[i] ? 1 : 0) - p[k])) / B, 6);
    }
    expect(got.loss).toBeCloseTo(loss, 5);
  });

  test('refuses bad options and mis-shaped labels', () => {
    expect(() => rl.actorCriticLoss(2, { algorithm: 'dqn' as never })).toThrow(/algorithm must be "ppo" or "a2c"/);
    expect(() => rl.actorCriticLoss(2, { clipRange: 1.5 })).toThrow(/clipRange must be in \(0, 1\)/);
    expect(() => rl.actorCriticLoss(2, { entropyCoefficient: NaN })).toThrow(/entropyCoefficient must be a finite number >= 0/);
    const graph = new Graph();
    const loss = rl.actorCriticLoss(2);
    const yPred = ops.placeholder(graph, { dtype: 'float32', shape: [-1, 3] });
    expect(() => loss.perExample(ops.placeholder(graph, { dtype: 'float32', shape: [-1, 3] }), yPred, 'task "pole"')).toThrow(
      /task "pole": labels must be \(batch, 4\) = \[action, advantage, old_log_prob, value_target\], got shape \[-1, 3\]/,
    );
    expect(() =>
      loss.perExample(
        ops.placeholder(graph, { dtype: 'float32', shape: [-1, 4] }),
        ops.placeholder(graph, { dtype: 'float32', shape: [-1, 5] }),
        'task "pole"',
      ),
    ).toThrow(/the head must output \(batch, 3\) = logits and value, got \[-1, 5\]/);
  });
});

describe('PopArt', () => {
  test('statistics follow their definition; every unnormalised output is preserved by the update', async () => {
    const graph = new Graph();
    const state = graphState(graph, 1);
    const session = new Session(graph);
    try {
      const kernel = state.createVariable(
        'value/kernel',
        ops.constant(graph, Tensor.from(Float32Array.of(0.3, -0.8, 1.1), { shape: [3, 1] })),
        { trainable: true, shape: [3, 1] },
      );
      const bias = state.createVariable('value/bias', ops.constant(graph, Tensor.from(Float32Array.of(0.25), { shape: [1] })), {
        trainable: true,
        shape: [1],
      });
      const popArt = new rl.PopArtGraph(graph, state, { pole: { kernel, bias } });
      await session.run(
        null,
        [],
        state.variables.map((v) => v.initializer),
      );
      const features = ops.constant(graph, Tensor.from(Float32Array.of(1, 2, 3, -0.5, 0.1, 4, 0, 0, 0, 10, -7, 2), { shape: [4, 3] }));
      const normalised = ops.add(ops.matMul(features, kernel.read()), bias.read());
      const unnormalised = async () => {
        const [n] = await fetch(session, [normalised]);
        const s = (await popArt.statistics(session)).pole;
        return Array.from(n, (v) => s.std * v + s.mean);
      };
      expect((await popArt.statistics(session)).pole).toEqual({ mean: 0, secondMoment: 1, std: 1 });
      const before = await unnormalised();
      const beta = 0.25;
      const batches = [
        [120, 80, 100, 140],
        [1500, -200, 900],
        [0.5, 0.5],
      ];
      let mean = 0;
      let second = 1;
      for (const batch of batches) {
        const stats = (await popArt.update(session, { pole: batch }, { beta })).pole;
        // μ ← (1 − β)μ + β·mean(G), ν ← (1 − β)ν + β·mean(G²), σ = sqrt(ν − μ²).
        mean = (1 - beta) * mean + (beta * batch.reduce((a, b) => a + b, 0)) / batch.length;
        second = (1 - beta) * second + (beta * batch.reduce((a, b) => a + b * b, 0)) / batch.length;
        expect(stats.mean).toBeCloseTo(Math.fround(mean), 3);
        expect(stats.mean / mean).toBeCloseTo(1, 6);
        expect(stats.secondMoment / second).toBeCloseTo(1, 6);
        expect(stats.std / Math.sqrt(second - mean * mean)).toBeCloseTo(1, 6);
        const after = await unnormalised();
        // Preserved up to float32 rounding of the rescaled weights (relative 1e-5 of the output scale).
        after.forEach((v, i) => expect(Math.abs(v - before[i])).toBeLessThan(1e-5 * Math.max(1, stats.std, Math.abs(stats.mean))));
      }
      expect(() => rl.updateStatistics(rl.INITIAL_STATISTICS, [1, NaN])).toThrow(/value target 1 is NaN/);
      expect(() => rl.updateStatistics(rl.INITIAL_STATISTICS, [1], { beta: 0 })).toThrow(/beta must be in \(0, 1\]/);
    } finally {
      await session.close();
    }
  });
});
