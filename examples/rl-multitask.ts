/**
 * Multi-task versus single-task reinforcement learning (mtl.rl) on two task families:
 *
 *   cartpole: CartPole-v1 (Gymnasium's equations) with three poles — short and light (0.5 m,
 *             0.05 kg), the standard one (1 m, 0.1 kg), long and heavy (2 m, 0.3 kg);
 *   gridworld: a 5×5 grid world whose goal is one of the four corners (10% slip);
 *   acrobot (not in the default run): Acrobot-v1 (Gymnasium's book equations) with the second
 *             link's mass 0.5, 1 (standard) and 2 kg.
 *
 * Each agent is PPO with GAE (γ 0.99, λ 0.95, ε 0.2, 4 epochs × 4 minibatches, 8 copies × 128
 * steps per update per task, Adam 1e-3, a 64-64 tanh trunk). "single" trains one agent per task;
 * "mt-*" train one agent on every task of the family, with a shared trunk, per-task heads, a task
 * one-hot in the input and the named weighting. Every agent gets the same number of environment
 * steps per task (`--steps` for CartPole and Acrobot, `--grid-steps` for the grid world), so the comparison is
 * return per environment step of each task.
 *
 *   npm run example:rl -- [--seeds 5] [--steps 32768] [--grid-steps 16384] [--families cartpole,gridworld]
 *                         [--agents single,mt-equal,mt-pcgrad,single-nopopart,mt-equal-nopopart] [--episodes 20]
 *
 * Prints, per family and agent: the greedy return of each task after training (mean ± std over
 * seeds, each seed's value the mean of `--episodes` evaluation episodes) and the mean training
 * return in four windows of the run (all tasks), and writes examples/results/rl-multitask-<families>.json.
 */
import { mtl } from '../lib';
import { machine, meanSd, writeSummary } from './common';
import { readFlags } from './flags';

const rl = mtl.rl;

const FAMILIES: Record<string, Record<string, () => mtl.rl.Environment>> = {
  cartpole: {
    short: () => rl.cartPole({ poleLength: 0.5, poleMass: 0.05 }),
    standard: () => rl.cartPole(),
    long: () => rl.cartPole({ poleLength: 2, poleMass: 0.3 }),
  },
  acrobot: {
    light: () => rl.acrobot({ link2Mass: 0.5 }),
    standard: () => rl.acrobot(),
    heavy: () => rl.acrobot({ link2Mass: 2 }),
  },
  gridworld: {
    north_west: () => rl.gridWorld({ goal: [0, 0], slip: 0.1 }),
    north_east: () => rl.gridWorld({ goal: [0, 4], slip: 0.1 }),
    south_west: () => rl.gridWorld({ goal: [4, 0], slip: 0.1 }),
    south_east: () => rl.gridWorld({ goal: [4, 4], slip: 0.1 }),
  },
};

interface AgentKind {
  multiTask: boolean;
  popArt: boolean;
  weighting?: () => mtl.Weighting;
}

const AGENTS: Record<string, AgentKind> = {
  single: { multiTask: false, popArt: true },
  'mt-equal': { multiTask: true, popArt: true },
  'mt-pcgrad': { multiTask: true, popArt: true, weighting: () => mtl.weighting.pcgrad() },
  'single-nopopart': { multiTask: false, popArt: false },
  'mt-equal-nopopart': { multiTask: true, popArt: false },
};

const options = readFlags(
  'rl-multitask',
  { seeds: 5, steps: 32768, gridSteps: 16384, families: 'cartpole,gridworld', agents: Object.keys(AGENTS).join(','), episodes: 20 },
  { choices: { families: Object.keys(FAMILIES), agents: Object.keys(AGENTS) }, list: ['families', 'agents'] },
);

const WINDOWS = 4;

interface Run {
  /** Greedy evaluation return per task. */
  final: Record<string, number>;
  /** Mean training return per window, per task. */
  curve: Record<string, number[]>;
  seconds: number;
}

/** Trains `tasks` (all in one agent, or one agent each) for `steps` per task; evaluates greedily. */
async function run(tasks: Record<string, () => mtl.rl.Environment>, kind: AgentKind, seed: number, steps: number): Promise<Run> {
  const start = Date.now();
  const groups = kind.multiTask ? [tasks] : Object.entries(tasks).map(([name, make]) => ({ [name]: make }));
  const final: Record<string, number> = {};
  const curve: Record<string, number[]> = {};
  for (const group of groups) {
    const agent = rl.actorCritic({ tasks: group, seed, popArt: kind.popArt, weighting: kind.weighting?.() });
    try {
      const result = await agent.train({ steps });
      const evaluation = await agent.evaluate({ episodes: options.episodes, greedy: true, seed: 1000 + seed });
      for (const [task, episodes] of Object.entries(result.episodes)) {
        final[task] = evaluation[task].mean;
        const width = steps / WINDOWS;
        curve[task] = Array.from({ length: WINDOWS }, (_, w) => {
          const inside = episodes.filter((e) => e.step > w * width && e.step <= (w + 1) * width);
          return inside.length ? inside.reduce((a, e) => a + e.return, 0) / inside.length : NaN;
        });
      }
    } finally {
      await agent.close();
    }
  }
  return { final, curve, seconds: (Date.now() - start) / 1000 };
}

/**
 * The best expected undiscounted return of a grid-world task from its uniform start, by dynamic
 * programming over the finite horizon (exact: the grid is small): the ceiling of its column.
 */
function gridOptimum(env: mtl.rl.GridWorld): number {
  const n = env.size;
  const goal = env.goal[0] * n + env.goal[1];
  const next = (cell: number, move: number) => {
    const [dr, dc] = rl.GRID_MOVES[move];
    const r = Math.min(n - 1, Math.max(0, Math.floor(cell / n) + dr));
    const c = Math.min(n - 1, Math.max(0, (cell % n) + dc));
    return r * n + c;
  };
  let value = new Float64Array(n * n);
  for (let h = 0; h < env.maxEpisodeSteps; h++) {
    const updated = new Float64Array(n * n);
    for (let cell = 0; cell < n * n; cell++) {
      if (cell === goal) continue;
      let best = -Infinity;
      for (let action = 0; action < 4; action++) {
        let expected = 0;
        for (let move = 0; move < 4; move++) {
          const p = move === action ? 1 - env.slip : env.slip / 3;
          const to = next(cell, move);
          expected += p * (to === goal ? env.goalReward : env.stepReward + value[to]);
        }
        best = Math.max(best, expected);
      }
      updated[cell] = best;
    }
    value = updated;
  }
  return value.reduce((a, b) => a + b, 0) / (n * n - 1);
}

async function main(): Promise<void> {
  const families = String(options.families).split(',');
  const agents = String(options.agents).split(',');
  const seeds = Array.from({ length: options.seeds }, (_, i) => i + 1);
  const summary: Record<string, Record<string, { runs: Run[] }>> = {};
  const started = Date.now();
  for (const family of families) {
    const tasks = FAMILIES[family];
    const taskNames = Object.keys(tasks);
    const digits = family === 'gridworld' ? 3 : 1;
    summary[family] = {};
    const lines: string[] = [];
    const steps = family === 'gridworld' ? options.gridSteps : options.steps;
    const width = steps / WINDOWS;
    lines.push(`\n${family}: ${steps} environment steps per task, ${seeds.length} seeds (mean ± std over seeds)\n`);
    lines.push(
      `| agent | ${taskNames.join(' | ')} | all tasks | ${Array.from({ length: WINDOWS }, (_, w) => `training return ≤ ${(((w + 1) * width) / 1000).toFixed(1)}k`).join(' | ')} |`,
    );
    lines.push(`|---|${taskNames.map(() => '---:').join('|')}|---:|${Array.from({ length: WINDOWS }, () => '---:').join('|')}|`);
    if (family === 'gridworld') {
      const optimum = taskNames.map((t) => gridOptimum(tasks[t]() as mtl.rl.GridWorld));
      lines.push(
        `| optimum (dynamic programming) | ${optimum.map((v) => v.toFixed(3)).join(' | ')} | ${(optimum.reduce((a, b) => a + b, 0) / optimum.length).toFixed(3)} | | | | |`,
      );
    } else if (family === 'cartpole') {
      lines.push(`| optimum (time limit) | ${taskNames.map(() => '500').join(' | ')} | 500 | | | | |`);
    }
    for (const agent of agents) {
      const runs: Run[] = [];
      for (const seed of seeds) {
        const result = await run(tasks, AGENTS[agent], seed, steps);
        runs.push(result);
        process.stdout.write(
          `${family} ${agent} seed ${seed}: ${taskNames.map((t) => `${t} ${result.final[t].toFixed(digits)}`).join(', ')} (${result.seconds.toFixed(1)} s)\n`,
        );
      }
      summary[family][agent] = { runs };
      const perTask = taskNames.map((t) =>
        meanSd(
          runs.map((r) => r.final[t]),
          digits,
        ),
      );
      const all = meanSd(
        runs.map((r) => taskNames.reduce((a, t) => a + r.final[t], 0) / taskNames.length),
        digits,
      );
      const windows = Array.from({ length: WINDOWS }, (_, w) =>
        meanSd(
          runs.map((r) => taskNames.reduce((a, t) => a + r.curve[t][w], 0) / taskNames.length),
          digits,
        ),
      );
      lines.push(`| ${agent} | ${perTask.join(' | ')} | ${all} | ${windows.join(' | ')} |`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  const file = writeSummary(`rl-multitask-${families.join('-')}`, {
    options,
    summary,
    seconds: (Date.now() - started) / 1000,
    machine: machine(),
  });
  process.stdout.write(`\ntotal ${((Date.now() - started) / 1000).toFixed(0)} s; wrote ${file}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
