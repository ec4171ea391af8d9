/**
 * Training steps as compiled callables: one step per session run, or k steps in one run through
 * the in-graph step loop (step-loop.ts), on fed batches or on rows of data already in TensorFlow.
 * Each is queued before the call returns, so the caller's next work overlaps the run.
 */
import { Callable, Graph, Operation, Output, Session, Tensor } from '../core';
import * as ops from '../ops';
import { Logs } from './progress';
import { buildStepLoop } from './step-loop';

interface CompiledStep {
  callable: Callable;
  /** The log keys of each fetched tensor: one key per scalar, several for the packed vector. */
  keys: string[][];
}

/**
 * What a step fetches: the float32 scalar logs packed into one vector (one output tensor to
 * allocate, hand over and read per run, whatever the number of tasks, gates or diagnostics),
 * the other logs one by one.
 */
function packFetches(graph: Graph, fetches: Array<{ key: string; output: Output }>): { outputs: Output[]; keys: string[][] } {
  const packable = fetches.filter((f) => f.output.dtype === 'float32' && f.output.shape !== null && f.output.shape.length === 0);
  const rest = fetches.filter((f) => !packable.includes(f));
  const outputs: Output[] = [];
  const keys: string[][] = [];
  const packed = packable.length > 1;
  if (packed) {
    outputs.push(
      graph.withRootScope(() =>
        ops.pack(
          packable.map((f) => f.output),
          { axis: 0, name: graph.uniqueName('step_logs') },
        ),
      ),
    );
    keys.push(packable.map((f) => f.key));
  }
  for (const f of packed ? rest : [...packable, ...rest]) {
    outputs.push(f.output);
    keys.push([f.key]);
  }
  return { outputs, keys };
}

/** The training step of one program, compiled once per set of fed placeholders. */
export class StepRunner {
  /** Compiled steps by fed placeholders: one step per run (single), k steps per run (loops). */
  private readonly single = new Map<string, CompiledStep>();
  private readonly loops = new Map<string, CompiledStep>();
  private packed: { outputs: Output[]; keys: string[][] } | null = null;

  constructor(
    private readonly graph: Graph,
    private readonly session: () => Session,
    /** The op that runs one training step. */
    private readonly target: Operation,
    /** What each step fetches, under its log key. */
    private readonly fetches: Array<{ key: string; output: Output }>,
    private readonly options: { jitCompile?: boolean },
  ) {}

  /** @internal The callables compiled so far: one step per run, and k steps per run (bench/ runs them from C). */
  compiled(): { single: Callable[]; loops: Callable[] } {
    return { single: [...this.single.values()].map((c) => c.callable), loops: [...this.loops.values()].map((c) => c.callable) };
  }

  /**
   * Queues `steps` training steps on fed tensors (each shaped [steps, rows, ...] when `looped`);
   * resolves with the mean of each step log over the steps. The tensors are disposed after the run.
   */
  launch(feeds: Array<[Output, Tensor]>, steps: number, looped: boolean): Promise<Logs> {
    const tensors = feeds.map(([, tensor]) => tensor);
    try {
      const key = feeds.map(([output]) => output.name).join(',');
      const cache = looped ? this.loops : this.single;
      let compiled = cache.get(key);
      if (!compiled) {
        const stepFeeds = feeds.map(([output]) => output);
        const { outputs, keys } = this.stepFetches();
        if (looped) {
          const built = buildStepLoop(
            this.graph,
            { feeds: stepFeeds, fetches: outputs, target: this.target },
            { jitCompile: this.options.jitCompile },
          );
          compiled = { callable: this.session().callable({ feeds: built.feeds, fetches: built.sums }), keys };
        } else {
          compiled = { callable: this.session().callable({ feeds: stepFeeds, fetches: outputs, targets: [this.target] }), keys };
        }
        cache.set(key, compiled);
      }
      return meanLogs(compiled, tensors, steps, tensors);
    } catch (error) {
      for (const tensor of tensors) tensor.dispose();
      return Promise.reject(error);
    }
  }

  /** The step's fetches as run (see packFetches), built once for every compiled step. */
  private stepFetches(): { outputs: Output[]; keys: string[][] } {
    return (this.packed ??= packFetches(this.graph, this.fetches));
  }

  /**
   * Queues `steps` training steps on rows of data already in TensorFlow (`whole`: every row of
   * each fed placeholder): step s trains on rows indices[s·n .. (s+1)·n).
   */
  launchIndexed(whole: Array<[Output, Tensor]>, indices: Int32Array, steps: number): Promise<Logs> {
    const key = `rows:${whole.map(([output]) => output.name).join(',')}`;
    let compiled = this.loops.get(key);
    if (!compiled) {
      const { outputs, keys } = this.stepFetches();
      const built = buildStepLoop(
        this.graph,
        { feeds: whole.map(([output]) => output), fetches: outputs, target: this.target },
        { jitCompile: this.options.jitCompile, gather: true },
      );
      compiled = { callable: this.session().callable({ feeds: [...built.feeds, built.indices!], fetches: built.sums }), keys };
      this.loops.set(key, compiled);
    }
    const rows = Tensor.from(indices, { dtype: 'int32', shape: [steps, indices.length / steps] });
    return meanLogs(compiled, [...whole.map(([, tensor]) => tensor), rows], steps, [rows]);
  }
}

/**
 * Runs a compiled step (queued before this returns) on `values`; resolves with each fetched log
 * divided by `steps` (the loop's sums become means). `temporaries` are disposed either way.
 */
function meanLogs(step: CompiledStep, values: Tensor[], steps: number, temporaries: Tensor[]): Promise<Logs> {
  const release = () => {
    for (const tensor of temporaries) tensor.dispose();
  };
  return step.callable.run(values).then(
    (results) => {
      release();
      const logs: Logs = {};
      step.keys.forEach((names, i) => {
        if (names.length === 1 && results[i].shape.length === 0) logs[names[0]] = (results[i].item() as number) / steps;
        else {
          const values = results[i].data() as Float32Array;
          names.forEach((name, k) => (logs[name] = values[k] / steps));
        }
        results[i].dispose();
      });
      return logs;
    },
    (error) => {
      release();
      throw error;
    },
  );
}
