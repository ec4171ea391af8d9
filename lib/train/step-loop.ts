/**
 * Several training steps in one session run (fit's `stepsPerExecution`).
 *
 * The compiled training step (feeds -> losses, with `train_step` as its target) becomes a
 * function in the graph's library; a While loop calls it once per batch of a stacked feed
 * ([k, batch, ...]) and sums what each step fetches. One session run then trains k batches:
 * the per-run costs (the hand-over to a worker thread, TensorFlow's run set-up, tensor
 * creation, the trainer's bookkeeping) are paid once per k steps. Iterations run one after
 * another (parallel_iterations 1), so step s+1 reads the variables step s wrote: the same
 * computation as k separate runs on the same batches.
 */
import { DType, Graph, Operation, Output, invalidArgument } from '../core';
import * as ops from '../ops';

/** Lower the While into Switch/Merge frames before it runs (what Python's while_v2 asks for in graph mode). */
const LOWER = true;

export interface StepLoop {
  /** Placeholders for the stacked data, [k, batch, ...], in the order of the step's feeds. */
  feeds: Output[];
  /** The sum over the k steps of each of the step's fetches (scalars), in their order. */
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
export function buildStepLoop(graph: Graph, step: { feeds: Output[]; fetches: Output[]; target: Operation }, options: { jitCompile?: boolean } = {}): StepLoop {
  const jit = options.jitCompile ?? false;
  for (const fetch of step.fetches) {
    if (fetch.shape === null || fetch.shape.length !== 0) throw invalidArgument(`stepsPerExecution: the step's fetch ${fetch.name} is not a scalar`);
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
  const stackedShape = (feed: Output) => [-1, ...(feed.shape ?? [-1])];
  // Loop variables: i, n, a running sum per fetch, the stacked data and the variables' handles
  // (both passed through unchanged).
  const loopSignature = (g: Graph) => {
    const i = ops.placeholder(g, { dtype: 'int32', shape: [], name: 'i' });
    const n = ops.placeholder(g, { dtype: 'int32', shape: [], name: 'n' });
    const sums = fetchTypes.map((dtype, k) => ops.placeholder(g, { dtype, shape: [], name: `sum_${k}` }));
    const data = step.feeds.map((feed, k) => ops.placeholder(g, { dtype: feedTypes[k], shape: stackedShape(feed), name: `data_${k}` }));
    const resources = handles.map((_, k) => ops.placeholder(g, { dtype: 'resource', shape: [], name: `resource_${k}` }));
    return { i, n, sums, data, resources, all: [i, n, ...sums, ...data, ...resources] };
  };

  // Body: step i on slice i of the data; i + 1; the sums grow by the step's fetches.
  const body = new Graph();
  try {
    body.addFunction(graph, stepSpec);
    const args = loopSignature(body);
    const zero = ops.constant(body, 0, 'int32');
    const slices = args.data.map((data) => ops.gatherV2(data, args.i, zero));
    const results = body
      .addOperation({ type: 'StatefulPartitionedCall', inputs: [[...slices, ...args.resources]], attrs: { Tout: fetchTypes, f: stepName, ...(jit ? { _XlaMustCompile: true } : {}) } })
      .outputs;
    const next = [
      ops.addV2(args.i, ops.constant(body, 1, 'int32')),
      ops.identity(args.n),
      ...args.sums.map((sum, k) => ops.addV2(sum, results[k])),
      ...args.data.map((data) => ops.identity(data)),
      ...args.resources.map((resource) => ops.identity(resource)),
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
      const feeds = step.feeds.map((feed, k) => ops.placeholder(graph, { dtype: feedTypes[k], shape: stackedShape(feed), name: `stacked_${k}` }));
      const n = ops.gatherV2(ops.shape(feeds[0], { outType: 'int32' }), ops.constant(graph, 0, 'int32'), ops.constant(graph, 0, 'int32'));
      const initial = [ops.constant(graph, 0, 'int32'), n, ...fetchTypes.map((dtype) => ops.constant(graph, 0, dtype)), ...feeds, ...handles];
      const loop = graph.addOperation({
        type: 'While',
        inputs: [initial],
        // Lowered into the graph's own control flow (Switch/Merge frames, the step inlined) before it runs.
        attrs: { cond: `${name}_cond`, body: `${name}_body`, parallel_iterations: 1, _lower_using_switch_merge: LOWER },
      });
      return { feeds, sums: loop.outputs.slice(2, 2 + fetchTypes.length) };
    }),
  );
}
