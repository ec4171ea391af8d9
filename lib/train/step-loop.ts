/**
 * Several training steps in one session run (fit's `stepsPerExecution`).
 *
 * The compiled training step (feeds -> losses, with `train_step` as its target) becomes a
 * function in the graph's library; a While loop calls it once per batch of a stacked feed
 * ([k, batch, ...]) and sums what each step fetches. One session run then trains k batches:
 * the per-run costs (the hand-over to a worker thread, TensorFlow's run set-up, tensor
 * creation, the trainer's bookkeeping) are paid once per k steps. Step s+1 receives the
 * variables only once step s is done with them, so steps never overlap and step s+1 reads what
 * step s wrote: the same computation as k separate runs on the same batches. With `gather`, the
 * data is every row, fed once, and each step takes its rows by index; two iterations may be in
 * flight, so the next step's rows are gathered while a step runs.
 */
import { DType, Graph, Operation, Output, invalidArgument } from '../core';
import * as ops from '../ops';

/** Lower the While into Switch/Merge frames before it runs (what Python's while_v2 asks for in graph mode). */
const LOWER = true;
const PARALLEL_ITERATIONS = 2;

export interface StepLoop {
  /**
   * Placeholders for the data, in the order of the step's feeds: k stacked batches
   * [k, batch, ...], or (with `gather`) every row [rows, ...], taken by `indices`.
   */
  feeds: Output[];
  /** With `gather`: the rows of each step, int32 [k, batch]; step s trains on rows indices[s]. */
  indices?: Output;
  /** The sum over the k steps of each of the step's fetches (scalars or vectors), in their order. */
  sums: Output[];
}

/**
 * Operations that `fetches` and `targets` depend on (data and control edges), stopping at the
 * operations of `feeds`, which are left out.
 */
function stepOperations(graph: Graph, feeds: Output[], fetches: Output[], targets: Operation[]): Operation[] {
  const fed = new Set(feeds.map((f) => f.op.name));
  const seen = new Set<string>();
  const result: Operation[] = [];
  const stack: Operation[] = [...fetches.map((f) => f.op), ...targets];
  while (stack.length) {
    const op = stack.pop() as Operation;
    if (seen.has(op.name) || fed.has(op.name)) continue;
    seen.add(op.name);
    if (op.type === 'Placeholder' || op.type === 'PlaceholderV2') {
      throw invalidArgument(`stepsPerExecution: the training step reads placeholder "${op.name}", which is not fed with the data`);
    }
    result.push(op);
    for (const input of op.inputs()) stack.push(input.op);
    for (const control of op.controlInputs()) stack.push(control);
  }
  return result;
}

/**
 * Builds the loop for a step of `feeds` -> `fetches` (scalars) running `target`. With
 * `jitCompile`, the step function is compiled by XLA (`_XlaMustCompile`), as Keras's
 * jit_compile=True: one fused program per step instead of one kernel per op.
 */
export function buildStepLoop(
  graph: Graph,
  step: { feeds: Output[]; fetches: Output[]; target: Operation },
  options: { jitCompile?: boolean; gather?: boolean } = {},
): StepLoop {
  const jit = options.jitCompile ?? false;
  const gather = options.gather ?? false;
  for (const fetch of step.fetches) {
    if (fetch.shape === null || fetch.shape.length > 1 || fetch.shape.some((d) => d < 0))
      throw invalidArgument(`stepsPerExecution: the step's fetch ${fetch.name} is not a scalar or a vector of known length`);
  }
  const name = graph.uniqueName('train_loop').replace(/[^A-Za-z0-9_]/g, '_');
  const stepName = `${name}_step`;
  // The variables' handles are arguments of the step (as in TF2 functions), passed through the
  // loop, so the step's body is pure computation on resources (what XLA can compile).
  const body0 = stepOperations(graph, step.feeds, step.fetches, [step.target]);
  const handles = body0.filter((op) => op.type === 'VarHandleOp').map((op) => op.output(0));
  const operations = body0.filter((op) => op.type !== 'VarHandleOp');
  const stepSpec = {
    name: stepName,
    inputs: [...step.feeds, ...handles],
    outputs: step.fetches,
    controlOutputs: [step.target],
    operations,
    description: 'one training step (hydra-tf stepsPerExecution)',
    attrs: jit ? { _XlaMustCompile: true } : undefined,
  };
  graph.addFunction(graph, stepSpec);

  const feedTypes = step.feeds.map((f) => f.dtype as DType);
  const fetchTypes = step.fetches.map((f) => f.dtype as DType);
  // Stacked batches gain a leading dimension; whole columns have the feed's own shape.
  const stackedShape = (feed: Output) => (gather ? (feed.shape ?? null) : [-1, ...(feed.shape ?? [-1])]);
  // Loop variables: i, n, a running sum per fetch, the stacked data and the variables' handles
  // (both passed through unchanged).
  const loopSignature = (g: Graph) => {
    const i = ops.placeholder(g, { dtype: 'int32', shape: [], name: 'i' });
    const n = ops.placeholder(g, { dtype: 'int32', shape: [], name: 'n' });
    const sums = fetchTypes.map((dtype, k) => ops.placeholder(g, { dtype, shape: step.fetches[k].shape!, name: `sum_${k}` }));
    const data = step.feeds.map((feed, k) =>
      ops.placeholder(g, { dtype: feedTypes[k], shape: stackedShape(feed) ?? undefined, name: `data_${k}` }),
    );
    const indices = gather ? [ops.placeholder(g, { dtype: 'int32', shape: [-1, -1], name: 'indices' })] : [];
    const resources = handles.map((_, k) => ops.placeholder(g, { dtype: 'resource', shape: [], name: `resource_${k}` }));
    return { i, n, sums, data, indices, resources, all: [i, n, ...sums, ...data, ...indices, ...resources] };
  };

  // Body: step i on slice i of the data; i + 1; the sums grow by the step's fetches.
  const body = new Graph();
  try {
    const args = loopSignature(body);
    const zero = ops.constant(body, 0, 'int32');
    // Step i's batch: slice i of the stacked batches, or the rows indices[i] of the whole data.
    const rows = gather ? ops.gatherV2(args.indices[0], args.i, zero) : args.i;
    const slices = args.data.map((data) => ops.gatherV2(data, rows, zero));
    const call = body.addOperation({
      type: 'StatefulPartitionedCall',
      inputs: [[...slices, ...args.resources]],
      attrs: { Tout: fetchTypes, f: stepName, ...(jit ? { _XlaMustCompile: true } : {}) },
    });
    const results = call.outputs;
    const next = [
      ops.addV2(args.i, ops.constant(body, 1, 'int32')),
      ops.identity(args.n),
      ...args.sums.map((sum, k) => ops.addV2(sum, results[k])),
      ...args.data.map((data) => ops.identity(data)),
      ...args.indices.map((indices) => ops.identity(indices)),
      // The next step gets the variables once this step is done with them: steps never overlap,
      // while the next batch's rows may be gathered during this step (PARALLEL_ITERATIONS).
      ...args.resources.map((resource) => body.withControlDependencies([call], () => ops.identity(resource))),
    ];
    graph.addFunction(body, { name: `${name}_body`, inputs: args.all, outputs: next });
  } finally {
    body.dispose();
  }
  const cond = new Graph();
  try {
    const args = loopSignature(cond);
    graph.addFunction(cond, { name: `${name}_cond`, inputs: args.all, outputs: [ops.less(args.i, args.n)] });
  } finally {
    cond.dispose();
  }

  return graph.withRootScope(() =>
    graph.withNameScope(name, () => {
      const feeds = step.feeds.map((feed, k) =>
        ops.placeholder(graph, {
          dtype: feedTypes[k],
          shape: stackedShape(feed) ?? undefined,
          name: gather ? `rows_${k}` : `stacked_${k}`,
        }),
      );
      const indices = gather ? [ops.placeholder(graph, { dtype: 'int32', shape: [-1, -1], name: 'indices' })] : [];
      const steps = ops.shape(gather ? indices[0] : feeds[0], { outType: 'int32' });
      const n = ops.gatherV2(steps, ops.constant(graph, 0, 'int32'), ops.constant(graph, 0, 'int32'));
      // The sums start at zero, shaped as what they sum (scalars, or the packed step logs).
      const zeros = step.fetches.map((fetch, k) =>
        fetch.shape!.length === 0
          ? ops.constant(graph, 0, fetchTypes[k])
          : ops.fill(ops.constant(graph, fetch.shape!, 'int32'), ops.constant(graph, 0, fetchTypes[k])),
      );
      const initial = [ops.constant(graph, 0, 'int32'), n, ...zeros, ...feeds, ...indices, ...handles];
      const loop = graph.addOperation({
        type: 'While',
        inputs: [initial],
        // Lowered into the graph's own control flow (Switch/Merge frames, the step inlined) before it runs.
        attrs: { cond: `${name}_cond`, body: `${name}_body`, parallel_iterations: PARALLEL_ITERATIONS, _lower_using_switch_merge: LOWER },
      });
      return { feeds, indices: indices[0], sums: loop.outputs.slice(2, 2 + fetchTypes.length) };
    }),
  );
}
