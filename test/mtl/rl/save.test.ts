// An agent's network saves as an ordinary multi-task model: the actor-critic head and its loss
// are registered, so model.save → mtl.load in a fresh process gives the same head outputs and
// the same next training step; the PopArt statistics are in the saved checkpoint, and a new
// agent restores them from it.
import * as path from 'path';
import { mtl, nn, train } from '../../../lib';
import { runInChild, survived } from '../../support/child';
import { tempDir } from '../../support/tmp';

const rl = mtl.rl;

describe('saving an actor-critic agent as a model', () => {
  test('agent.model.save → mtl.load in a fresh process: same outputs, same training step, PopArt statistics restored', async () => {
    const dir = path.join(tempDir('rl-save'), 'model');
    const options = { tasks: { pole: () => rl.cartPole() }, envsPerTask: 2, rolloutSteps: 32, hidden: [8], popArt: true, seed: 3 };
    const agent = rl.actorCritic(options);
    // Two rows of observations and packed labels [action, advantage, old log π, value target].
    const observation = [0.01, 0.2, -0.03, 0.1, -0.2, 0.5, 0.04, -0.3];
    const labels = [0, 1.5, -0.69, 2, 1, -0.7, -0.71, 0.5];
    const rows = [observation.slice(0, 4), observation.slice(4)];
    const batch = {
      observation: { dtype: 'float32' as const, shape: [2, 4], data: Float32Array.from(observation) },
      pole: { dtype: 'float32' as const, shape: [2, 4], data: Float32Array.from(labels) },
      pole_mask: { dtype: 'float32' as const, shape: [2], data: Float32Array.of(1, 1) },
    };
    try {
      await agent.train({ steps: 64 });
      const stats = await agent.popArtStatistics();
      expect(stats!.pole.mean).not.toBe(0); // the statistics moved, so restoring them is observable
      await agent.model.save(dir);
      const predictions = await agent.model.predict({ observation: rows });
      const expectedOutputs = Array.from(predictions.pole.data as Float32Array);
      const expectedLoss = (await agent.model.compiled.trainOnBatch(batch)).loss;
      const after = await agent.model.predict({ observation: rows });
      const expectedAfter = Array.from(after.pole.data as Float32Array);

      const child = survived(
        runInChild(`
        const { mtl } = lib('');
        const dir = ${JSON.stringify(dir)};
        const observation = () => ({ dtype: 'float32', shape: [2, 4], data: Float32Array.from(${JSON.stringify(observation)}) });
        const model = await mtl.load(dir);
        const outputs = Array.from((await model.predict({ observation: ${JSON.stringify([
          [0.01, 0.2, -0.03, 0.1],
          [-0.2, 0.5, 0.04, -0.3],
        ])} })).pole.data);
        const loss = (await model.compiled.trainOnBatch({
          observation: observation(),
          pole: { dtype: 'float32', shape: [2, 4], data: Float32Array.from(${JSON.stringify(labels)}) },
          pole_mask: { dtype: 'float32', shape: [2], data: Float32Array.of(1, 1) },
        })).loss;
        const after = Array.from((await model.predict({ observation: ${JSON.stringify([
          [0.01, 0.2, -0.03, 0.1],
          [-0.2, 0.5, 0.04, -0.3],
        ])} })).pole.data);
        await model.close();
        const agent = mtl.rl.actorCritic({ tasks: { pole: () => mtl.rl.cartPole() }, envsPerTask: 2, rolloutSteps: 32, hidden: [8], popArt: true, seed: 9 });
        await agent.restoreCheckpoint(dir);
        const stats = await agent.popArtStatistics();
        await agent.close();
        report({ outputs, loss, after, stats, className: JSON.parse(require('fs').readFileSync(path.join(dir, 'config.json'), 'utf8')).model.tasks[0].loss.className });
      `),
      ) as { outputs: number[]; loss: number; after: number[]; stats: unknown; className: string };
      expect(child.className).toBe('ActorCriticLoss');
      // Logits (2) and the normalised value (1) per row; the same program on the same weights.
      expect(child.outputs).toHaveLength(6);
      child.outputs.forEach((v, i) => expect(v).toBeCloseTo(expectedOutputs[i], 6));
      expect(child.loss).toBeCloseTo(expectedLoss, 6);
      child.after.forEach((v, i) => expect(v).toBeCloseTo(expectedAfter[i], 6));
      // The step changed the outputs, so "the same after the step" compares a real update.
      expect(expectedAfter).not.toEqual(expectedOutputs);
      expect(child.stats).toEqual(stats);
    } finally {
      await agent.close();
    }
  });

  test('the head and the loss round-trip through their configs', () => {
    const head = new rl.ActorCriticHead({ actions: 3, policyGain: 0.5, name: 'h' });
    const rebuilt = nn.getLayer(nn.serializeLayer(head)) as InstanceType<typeof rl.ActorCriticHead>;
    expect(rebuilt).toBeInstanceOf(rl.ActorCriticHead);
    expect(rebuilt.getConfig()).toEqual(head.getConfig());
    expect(rebuilt.actions).toBe(3);
    const loss = rl.actorCriticLoss(3, { algorithm: 'a2c', entropyCoefficient: 0.02 });
    const serialized = train.losses.serialize(loss) as nn.Serialized;
    expect(serialized).toEqual({
      className: 'ActorCriticLoss',
      config: { actions: 3, algorithm: 'a2c', clipRange: 0.2, valueCoefficient: 0.5, entropyCoefficient: 0.02 },
    });
    const back = train.losses.get(serialized);
    expect(back.name).toBe('a2c_loss');
    expect(back.getConfig!()).toEqual(serialized.config);
    expect(() => train.losses.get({ className: 'ActorCriticLoss', config: { actions: 0 } })).toThrow(/actions must be a positive integer/);
  });
});
