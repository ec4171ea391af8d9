// The actor-critic agent end to end: a single-task PPO agent learns CartPole-v1 far beyond the
// near-uniform initial policy (~22 steps, the random policy's mean episode length); a multi-task
// agent with PCGrad learns a CartPole and a grid world at once through one trunk; runs repeat
// exactly under a seed; misuse fails with clear errors.
import { mtl } from '../../../lib';
import { tempDir } from '../../support/tmp';

const rl = mtl.rl;

describe('actor-critic agent', () => {
  test('PPO + PopArt learns CartPole-v1: greedy return ≥ 150 after 24,576 steps (random policy ≈ 22)', async () => {
    const agent = rl.actorCritic({ tasks: { pole: () => rl.cartPole() }, seed: 1, popArt: true });
    try {
      const before = await agent.evaluate({ episodes: 32, seed: 5 });
      // Near-uniform initial policy (policy gain 0.01): the random policy's episode length, 22.4 on average.
      expect(before.pole.mean).toBeGreaterThan(15);
      expect(before.pole.mean).toBeLessThan(32);
      const result = await agent.train({ steps: 24_576 });
      expect(result.updates).toHaveLength(24); // 8 copies × 128 steps per update
      expect(result.updates[23].stepsPerTask).toBe(24_576);
      const after = await agent.evaluate({ episodes: 32, seed: 5, greedy: true });
      // 150 is about 7× random; seeds 1-3 give 360-500 at this budget (docs/rl.md, examples/rl-cartpole.ts).
      expect(after.pole.mean).toBeGreaterThan(150);
      // The training curve rose as well: the last update's episodes are longer than the first's.
      expect(result.updates[23].meanReturn.pole > 3 * result.updates[0].meanReturn.pole || result.updates[23].episodes.pole <= 2).toBe(
        true,
      );
    } finally {
      await agent.close();
    }
  });

  test('multi-task: one trunk, per-task heads, PCGrad; CartPole and a grid world (padded observations) both learn', async () => {
    const agent = rl.actorCritic({
      tasks: { pole: () => rl.cartPole(), grid: () => rl.gridWorld({ goal: [0, 4] }) },
      weighting: mtl.weighting.pcgrad(),
      popArt: true,
      seed: 1,
    });
    try {
      expect(agent.inputSize).toBe(4 + 2); // CartPole's 4 observations (the grid's 2 padded) + the task one-hot
      expect(agent.model.taskNames).toEqual(['pole', 'grid']);
      const result = await agent.train({ steps: 16_384 });
      const logs = result.updates[result.updates.length - 1].logs;
      expect(Object.keys(logs)).toEqual(expect.arrayContaining(['pole_loss', 'grid_loss', 'grad_cos/pole/grid']));
      const after = await agent.evaluate({ episodes: 48, seed: 9, greedy: true });
      expect(after.pole.mean).toBeGreaterThan(100);
      // The grid's optimum: from a uniform start the goal is 4.17 moves away on average (100/24),
      // so the best mean return is 1 − 0.04·(100/24 − 1) = 0.873; the random policy gets ≈ −0.5.
      expect(after.grid.mean).toBeGreaterThan(0.8);
      expect(after.grid.mean).toBeLessThanOrEqual(1);
      const names = agent.model.runtime.state.variables.map((v) => v.name);
      expect(names).toEqual(expect.arrayContaining(['trunk_0/kernel', 'trunk_1/kernel', 'popart/pole/std', 'popart/grid/mean']));
    } finally {
      await agent.close();
    }
  });

  test('the same seed gives the same run', async () => {
    const run = async () => {
      const agent = rl.actorCritic({
        tasks: { a: () => rl.cartPole({ poleLength: 0.6 }), b: () => rl.gridWorld({ size: 3 }) },
        seed: 4,
        envsPerTask: 2,
        rolloutSteps: 16,
        hidden: [8],
      });
      try {
        const result = await agent.train({ steps: 64 });
        return {
          logs: result.updates.map((u) => u.logs),
          episodes: result.episodes,
          values: (await agent.predict('a', Float32Array.of(0.01, 0, 0.02, 0), 1)).values[0],
        };
      } finally {
        await agent.close();
      }
    };
    const first = await run();
    expect(await run()).toEqual(first);
  });

  test('loss-based weightings with learned state (uncertainty) and A2C plug in the same way', async () => {
    const agent = rl.actorCritic({
      tasks: { a: () => rl.cartPole(), b: () => rl.cartPole({ poleLength: 2 }) },
      weighting: mtl.weighting.uncertainty(),
      algorithm: 'a2c',
      envsPerTask: 2,
      rolloutSteps: 16,
      hidden: [8],
    });
    try {
      const { updates } = await agent.train({ steps: 64 });
      expect(updates).toHaveLength(2);
      for (const u of updates) {
        // A2C: one pass, one minibatch per update; the learned σ of each task is logged and moves.
        expect(Object.keys(u.logs)).toEqual(expect.arrayContaining(['a_loss', 'b_loss', 'sigma/a', 'sigma/b', 'weight/a']));
        for (const value of Object.values(u.logs)) expect(Number.isFinite(value)).toBe(true);
      }
      expect(updates[1].logs['sigma/a']).not.toBe(1);
    } finally {
      await agent.close();
    }
  });

  test('a checkpoint restores the network and the PopArt statistics into a new agent', async () => {
    const dir = tempDir('rl');
    const options = {
      tasks: { a: () => rl.cartPole(), b: () => rl.gridWorld({ size: 3 }) },
      envsPerTask: 2,
      rolloutSteps: 32,
      hidden: [8],
      popArt: true,
    };
    const observation = Float32Array.of(0.01, 0.2, -0.03, 0.1);
    const first = rl.actorCritic({ ...options, seed: 1 });
    const second = rl.actorCritic({ ...options, seed: 2 });
    try {
      await first.train({ steps: 128 });
      const prefix = await first.saveCheckpoint(dir);
      const expected = await first.predict('a', observation, 1);
      const stats = await first.popArtStatistics();
      expect(stats!.a.mean).not.toBe(0);
      expect(await second.predict('a', observation, 1)).not.toEqual(expected);
      await second.restoreCheckpoint(prefix);
      expect(await second.predict('a', observation, 1)).toEqual(expected);
      expect(await second.popArtStatistics()).toEqual(stats);
      await second.train({ steps: 64 }); // and it trains on from there
    } finally {
      await first.close();
      await second.close();
    }
  });

  test('misuse gives clear errors', async () => {
    const pole = () => rl.cartPole();
    expect(() => rl.actorCritic({ tasks: {} })).toThrow(/at least one task/);
    expect(() => rl.actorCritic({ tasks: { pole_mask: pole } })).toThrow(/task name "pole_mask" is reserved/);
    expect(() => rl.actorCritic({ tasks: { pole: rl.cartPole() as never } })).toThrow(
      /task "pole" must be a function that makes one environment/,
    );
    expect(() => rl.actorCritic({ tasks: { pole }, gamma: 1.5 })).toThrow(/gamma must be in \[0, 1\]/);
    expect(() => rl.actorCritic({ tasks: { pole }, envsPerTask: 0 })).toThrow(/envsPerTask must be a positive integer/);
    expect(() => rl.actorCritic({ tasks: { pole: () => ({ name: 'half' }) as never } })).toThrow(/environment "half": needs reset/);
    const broken = {
      name: 'nan-reward',
      observationSpace: rl.box(1, -1, 1),
      actionSpace: rl.discrete(2),
      calls: 0,
      reset: () => Float32Array.of(0),
      step(this: { calls: number }) {
        this.calls++;
        return { observation: Float32Array.of(0), reward: this.calls > 5 ? NaN : 0, done: false, truncated: false };
      },
    };
    const agent = rl.actorCritic({ tasks: { broken: () => ({ ...broken }) }, envsPerTask: 1, rolloutSteps: 8, hidden: [4] });
    try {
      await expect(agent.train({ steps: 0 })).rejects.toThrow(/steps must be a positive integer, got 0/);
      await expect(agent.train({ steps: 8 })).rejects.toThrow(/environment "nan-reward": step returned reward NaN/);
      await expect(agent.predict('other', Float32Array.of(0), 1)).rejects.toThrow(/unknown task "other" \(tasks: broken\)/);
      await expect(agent.predict('broken', Float32Array.of(0, 0), 1)).rejects.toThrow(
        /needs rows × 1 observation values, got 2 for 1 rows/,
      );
      await expect(agent.evaluate({ episodes: 0 })).rejects.toThrow(/episodes must be a positive integer/);
      await expect(agent.evaluate({ maxEpisodeSteps: 0 })).rejects.toThrow(/maxEpisodeSteps must be a positive integer/);
    } finally {
      await agent.close();
    }
    // An environment that never ends: evaluate stops each episode at maxEpisodeSteps, with the return so far.
    const endless = {
      name: 'endless',
      observationSpace: rl.box(1, 0, 1),
      actionSpace: rl.discrete(2),
      reset: () => Float32Array.of(0),
      step: () => ({ observation: Float32Array.of(0), reward: 0.5, done: false, truncated: false }),
    };
    const patient = rl.actorCritic({ tasks: { endless: () => ({ ...endless }) }, envsPerTask: 1, hidden: [4] });
    try {
      expect((await patient.evaluate({ episodes: 3, maxEpisodeSteps: 40 })).endless).toEqual({ mean: 20, std: 0, returns: [20, 20, 20] });
    } finally {
      await agent.close();
    }
  });
});
