/**
 * Kernels of TensorFlow 2.21 that kill the process (a CHECK failure, a division by zero, a
 * segfault) instead of returning an error when their inputs or attributes are not what their
 * shape function would accept. TensorFlow runs shape functions at graph construction only, on
 * the static shapes: an input fed with an unknown shape reaches the kernel unchecked.
 *
 * Found by the kernel fuzz (scripts/kernel-fuzz.js, every registered op on random small inputs,
 * in child processes); the CI fuzz (test/fuzz/kernels.test.ts) keeps this list current. Reviewed
 * by hand: each entry says what crashed and how it is guarded. Full runs over the 1,799 ops of
 * TensorFlow 2.21 (1,176 reachable from JS-made inputs; `--seed N --cases 6..8`), each after
 * guarding what the one before found: seed 1, 6,971 cases, 17 crashing op types; seed 2, 9,367
 * cases, 4 more (TensorScatterAdd and three Xla*); seed 3, 9,380 cases, 2 more
 * (BoostedTreesAggregateStats, CollectiveReduce); seed 4, 9,372 cases, none; seed 5 (12 cases
 * per op), 14,063 cases, 1 more (CollectiveGather, the same empty-input crash as CollectiveReduce);
 * seed 6 (12 per op), 14,021 cases, 3 more (ScatterNd, LoadAndRemapMatrix, TPUPartitionedInput);
 * seed 7, 14,042 cases, none; seed 8, 14,067 cases, 2 more (Conv3DBackpropInputV2, RaggedGather);
 * seed 9, 14,046 cases, none.
 *
 * Graph.addOperation applies a guard when it adds one of these ops:
 * - `refuse`: the op is refused outright (XLA building blocks, boosted trees, debugger, TPU,
 *   serving-batch and Grappler-internal ops: no user builds them by hand);
 * - `attrs`: attributes the kernel divides by or indexes with are checked before building;
 * - `ranks`: an input of a known wrong rank is refused; one whose rank is unknown at build time
 *   gets a run-time rank check in front of the op, against the stated ranks or, for 'probe', the
 *   ranks its shape function accepts (asked in a scratch graph, for ranks 0..MAX_PROBED_RANK);
 * - `shapes`: where input shapes are unknown at build time, a run-time check of the relation the
 *   shape function would have checked (ScatterNd, TensorScatter*, CollectiveReduce, CollectiveGather).
 * Run-time checks sit on the data path (EnsureShape, StridedSlice, a Reshape that fails), because
 * Grappler folds an Assert's condition on the fed shapes and drops its control edge.
 */
import { invalidArgument, makeError } from './errors';
import type { AttrInput, Graph, OperationSpec, Output } from './graph';
import { Tensor } from './tensor';

export interface KernelGuard {
  /** What the fuzz saw. */
  crash: string;
  /** Refuse the op type: its kernel crashes on inputs a user can give it and no user needs it. */
  refuse?: boolean;
  /** A problem with the attributes (given the inputs) that would crash the kernel, or null. */
  attrs?: (attrs: Record<string, AttrInput | undefined>, inputs: Array<Output | Output[]>) => string | null;
  /**
   * Accepted ranks per input index (where the shape function is laxer than the kernel), or 'probe':
   * ask the shape function. Only for ops without a C++ gradient: the exact-rank check (EnsureShape)
   * has none either, so on a differentiable op it would cut the gradient path.
   */
  ranks?: Record<number, { min?: number; max?: number }> | 'probe';
  /**
   * Builds a run-time check of the relation between input shapes that the shape function checks
   * and the kernel trusts; returns the inputs to use. Used when some input shape is not fully
   * known at build time (when all are, the shape function has checked them).
   */
  shapes?: (graph: Graph, inputs: Output[], name: string) => Output[];
}

/** Ranks 0..MAX_PROBED_RANK are asked of the shape function; a rank above is accepted if this one is. */
export const MAX_PROBED_RANK = 7;

function positiveList(name: string, lengths: number[]) {
  return (attrs: Record<string, AttrInput | undefined>): string | null => {
    const value = attrs[name];
    if (value === undefined) return null;
    if (
      !Array.isArray(value) ||
      !lengths.includes(value.length) ||
      !value.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 1)
    ) {
      return `attribute ${name} must be ${lengths.join(' or ')} integers >= 1, got ${JSON.stringify(value)}`;
    }
    return null;
  };
}

function allOf(...checks: Array<(attrs: Record<string, AttrInput | undefined>) => string | null>) {
  return (attrs: Record<string, AttrInput | undefined>): string | null => {
    for (const check of checks) {
      const problem = check(attrs);
      if (problem) return problem;
    }
    return null;
  };
}

function exactRanks(ranks: number[]): Record<number, { min: number; max: number }> {
  return Object.fromEntries(ranks.map((rank, i) => [i, { min: rank, max: rank }]));
}

const CONV_2D_ATTRS = allOf(positiveList('strides', [4]), positiveList('dilations', [4]));
/**
 * The sizes input (input_sizes or filter_sizes) is read as a vector: CHECK failure otherwise. A known
 * wrong rank is refused; one unknown until run time is flattened (Reshape to [-1], which has a
 * gradient, unlike EnsureShape, so the conv gradients these ops belong to still build).
 */
function sizesVector(index: number): Pick<KernelGuard, 'attrs' | 'shapes'> {
  return {
    attrs: (_, inputs) => {
      const sizes = inputs[index];
      const rank = !Array.isArray(sizes) ? sizes?.shape?.length : undefined;
      return rank !== undefined && rank !== 1 ? `input ${index} (the sizes) must be a vector, got rank ${rank}` : null;
    },
    shapes: (graph, inputs, name) => {
      if (inputs[index].shape !== null) return inputs;
      const flat = graph
        .addOperation({
          type: 'Const',
          name: `${name}_sizes_as_vector/shape`,
          attrs: { dtype: 'int32', value: Tensor.from(new Int32Array([-1])) },
        })
        .output(0);
      const out = [...inputs];
      out[index] = graph.addOperation({ type: 'Reshape', name: `${name}_sizes_as_vector`, inputs: [inputs[index], flat] }).output(0);
      return out;
    },
  };
}

function convGuard(crash: string, sizesIndex: number, checkAttrs: boolean): KernelGuard {
  const sizes = sizesVector(sizesIndex);
  return {
    crash,
    attrs: (attrs, inputs) => (checkAttrs ? CONV_2D_ATTRS(attrs) : null) ?? sizes.attrs!(attrs, inputs),
    shapes: sizes.shapes,
  };
}

/**
 * `x` unchanged when `ok` (a bool scalar) is true, else a Reshape to dimensions of -2, which always
 * fails: a check on the data path, which Grappler can fold away only when it holds.
 */
function failUnless(graph: Graph, x: Output, ok: Output, name: string): Output {
  const add = (type: string, suffix: string, inputs: Array<Output | Output[]>, attrs = {}) =>
    graph.addOperation({ type, name: `${name}/${suffix}`, inputs, attrs }).output(0);
  const int = (suffix: string, value: number[] | number) =>
    graph
      .addOperation({
        type: 'Const',
        name: `${name}/${suffix}`,
        attrs: {
          dtype: 'int32',
          value: typeof value === 'number' ? Tensor.from(value, { dtype: 'int32', shape: [] }) : Tensor.from(new Int32Array(value)),
        },
      })
      .output(0);
  const flag = add('Cast', 'flag', [ok], { DstT: 'int32' });
  const shape = add('Shape', 'shape', [x]);
  // ok: shape * 1 + 0; not ok: shape * 0 - 2.
  const target = add('AddV2', 'target', [
    add('Mul', 'keep', [shape, flag]),
    add('Mul', 'poison', [add('Sub', 'not', [flag, int('one', 1)]), int('two', 2)]),
  ]);
  return graph.addOperation({ type: 'Reshape', name, inputs: [x, target] }).output(0);
}

/**
 * TensorScatter*(tensor, indices, updates): the kernel reads dimensions of updates as if its shape
 * were indices.shape[:-1] + tensor.shape[indices.shape[-1]:], which the shape function requires.
 */
function scatterShapes(graph: Graph, [tensor, indices, updates]: Output[], name: string): Output[] {
  const base = `${name}_updates_shape_must_be_indices_outer_and_tensor_inner`;
  const tensorShape = graph.addOperation({ type: 'Shape', name: `${base}/tensor_shape`, inputs: [tensor] }).output(0);
  return [tensor, checkedScatterIndices(graph, tensorShape, indices, updates, base), updates];
}

/** ScatterNd(indices, updates, shape): the same relation, with the output shape given as a tensor. */
function scatterNdShapes(graph: Graph, [indices, updates, shape]: Output[], name: string): Output[] {
  const base = `${name}_updates_shape_must_be_indices_outer_and_shape_inner`;
  const outputShape = graph
    .addOperation({ type: 'Cast', name: `${base}/output_shape`, inputs: [shape], attrs: { DstT: 'int32' } })
    .output(0);
  return [checkedScatterIndices(graph, outputShape, indices, updates, base), updates, shape];
}

function checkedScatterIndices(graph: Graph, tensorShape: Output, indices: Output, updates: Output, base: string): Output {
  const add = (type: string, suffix: string, inputs: Array<Output | Output[]>, attrs = {}) =>
    graph.addOperation({ type, name: `${base}/${suffix}`, inputs, attrs }).output(0);
  const ints = (suffix: string, values: number[]) =>
    graph
      .addOperation({ type: 'Const', name: `${base}/${suffix}`, attrs: { dtype: 'int32', value: Tensor.from(new Int32Array(values)) } })
      .output(0);
  const indicesShape = add('Shape', 'indices_shape', [indices]);
  const updatesShape = add('Shape', 'updates_shape', [updates]);
  // Fails at run time on scalar indices (no last dimension): the kernel refuses those too.
  const depth = add('StridedSlice', 'depth', [indicesShape, ints('last', [-1]), ints('end', [0]), ints('step', [1])], { end_mask: 1 });
  const outer = add('StridedSlice', 'outer', [indicesShape, ints('zero', [0]), ints('last2', [-1]), ints('step2', [1])]);
  const inner = add('StridedSlice', 'inner', [tensorShape, depth, ints('end3', [0]), ints('step3', [1])], { end_mask: 1 });
  const expected = add('ConcatV2', 'expected', [
    [outer, inner],
    graph
      .addOperation({
        type: 'Const',
        name: `${base}/axis`,
        attrs: { dtype: 'int32', value: Tensor.from(0, { dtype: 'int32', shape: [] }) },
      })
      .output(0),
  ]);
  // Equal broadcasts a length-1 shape against any other: the ranks are compared first.
  const sameRank = add('Equal', 'same_rank', [add('Size', 'updates_rank', [updatesShape]), add('Size', 'expected_rank', [expected])]);
  const sameDims = add('All', 'same_dims', [add('Equal', 'equal', [updatesShape, expected]), ints('axis0', [0])]);
  const same = add('LogicalAnd', 'same', [sameRank, sameDims]);
  const deep = add('All', 'deep_enough', [
    add('LessEqual', 'depth_le_rank', [depth, add('Size', 'rank', [tensorShape])]),
    ints('axis1', [0]),
  ]);
  const ok = add('LogicalAnd', 'ok', [same, deep]);
  return failUnless(graph, indices, ok, `${base}/indices`);
}

/** A run-time check that `inputs[0]` has elements (the collective kernels index its first one). */
function nonEmptyFirstInput(graph: Graph, [x, ...rest]: Output[], name: string): Output[] {
  const base = `${name}_input_must_not_be_empty`;
  const size = graph.addOperation({ type: 'Size', name: `${base}/size`, inputs: [x], attrs: { out_type: 'int64' } }).output(0);
  const zero = graph
    .addOperation({
      type: 'Const',
      name: `${base}/zero`,
      attrs: { dtype: 'int64', value: Tensor.from([0n], { dtype: 'int64', shape: [] }) },
    })
    .output(0);
  const ok = graph.addOperation({ type: 'Greater', name: `${base}/ok`, inputs: [size, zero] }).output(0);
  return [failUnless(graph, x, ok, base), ...rest];
}

/** CollectiveReduce and CollectiveGather (the V1 ops) index the first element of their input. */
const NON_EMPTY_COLLECTIVE: KernelGuard = {
  crash: 'SIGSEGV on an input with no elements',
  attrs: (_, [x]) =>
    !Array.isArray(x) && x?.shape?.includes(0)
      ? `input 0 has shape [${x.shape.join(', ')}], with no elements; the kernel needs at least one`
      : null,
  shapes: nonEmptyFirstInput,
};

const TENSOR_SCATTER: KernelGuard = {
  crash: 'CHECK failure "d < dims()" when updates has fewer dimensions than indices.shape[:-1] (fed with unknown shapes)',
  shapes: scatterShapes,
};

export const KERNEL_GUARDS: Readonly<Record<string, KernelGuard>> = {
  CombinedNonMaxSuppression: { crash: 'CHECK failure (dim_size of a missing dimension) on scalar boxes or scores', ranks: 'probe' },
  // The shape functions check the rank of some inputs only; the kernels index dimensions of all.
  FakeQuantWithMinMaxVarsPerChannel: {
    crash: 'CHECK failure "d >= 0" on a scalar input',
    ranks: { 0: { min: 1, max: 4 }, 1: { min: 1, max: 1 }, 2: { min: 1, max: 1 } },
  },
  // Its shape function itself segfaults on a scalar gradient, so ranks are stated, never probed.
  FakeQuantWithMinMaxVarsPerChannelGradient: {
    crash: 'CHECK failure "d >= 0" on scalar inputs; SIGSEGV in the shape function on a scalar gradient',
    ranks: { 0: { min: 1, max: 4 }, 1: { min: 1, max: 4 }, 2: { min: 1, max: 1 }, 3: { min: 1, max: 1 } },
  },
  LSTMBlockCell: { crash: 'CHECK failure "d < dims()" on scalar inputs', ranks: exactRanks([2, 2, 2, 2, 1, 1, 1, 1]) },
  LSTMBlockCellGrad: {
    crash: 'CHECK failure "d < dims()" on scalar inputs',
    ranks: exactRanks([2, 2, 2, 2, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2]),
  },
  Conv2DBackpropFilter: convGuard('SIGFPE (division by a zero stride)', 1, true),
  Conv2DBackpropInput: convGuard('CHECK failure on the data_format index with strides of length 2', 0, true),
  DepthwiseConv2dNativeBackpropFilter: convGuard('SIGFPE (division by a zero stride)', 1, true),
  DepthwiseConv2dNativeBackpropInput: convGuard('CHECK failure on the data_format index with strides of length 1', 0, true),
  Conv3DBackpropInputV2: convGuard('CHECK failure "IsVector(input_sizes)" on a matrix of sizes', 0, false),
  Conv3DBackpropFilterV2: convGuard('the filter_sizes input of Conv3DBackpropInputV2, mirrored (read as a vector)', 1, false),
  DebugIdentityV3: { crash: 'SIGSEGV: a tfdbg op that needs a debugger attached', refuse: true },
  // hydra-tf has no ragged tensors; the kernel trusts ranks and dtypes its shape function checks
  // only on known shapes (a negative indices rank in the shape function, a dtype CHECK at run).
  RaggedGather: {
    crash:
      'std::length_error in the shape function (OUTPUT_RAGGED_RANK < PARAMS_RAGGED_RANK - 1); CHECK failure "dtype() == expected_dtype" at run time',
    refuse: true,
  },
  // Ops no user builds by hand: serving-batch and graph-optimizer internals (the Xla* family: kernelGuard).
  Unbatch: { crash: 'CHECK failure "size >= 0" on negative batch indices', refuse: true },
  _FusedMatMul: { crash: 'SIGSEGV on scalar operands (Grappler builds this op itself, on checked shapes)', refuse: true },
  _ScopedAllocator: { crash: 'SIGSEGV with an empty shapes list (Grappler builds this op itself)', refuse: true },
  _ScopedAllocatorConcat: { crash: 'a Grappler-internal op of the _ScopedAllocator family, refused with it', refuse: true },
  _ScopedAllocatorSplit: {
    crash: 'std::out_of_range in the shape function when shapes and inputs differ in length (Grappler builds this op itself)',
    refuse: true,
  },
  ScatterNd: {
    crash: 'CHECK failure "d < dims()" when updates has fewer dimensions than indices.shape[:-1] (fed with unknown shapes)',
    shapes: scatterNdShapes,
  },
  // Reads a checkpoint file and trusts its tensors' ranks; a warm-start op of the estimator era.
  LoadAndRemapMatrix: { crash: 'CHECK failure "NDIMS == dims()" on inputs of the wrong rank', refuse: true },
  TensorScatterAdd: TENSOR_SCATTER,
  TensorScatterSub: TENSOR_SCATTER,
  TensorScatterMax: TENSOR_SCATTER,
  TensorScatterMin: TENSOR_SCATTER,
  TensorScatterUpdate: TENSOR_SCATTER,
  CollectiveReduce: NON_EMPTY_COLLECTIVE,
  CollectiveGather: NON_EMPTY_COLLECTIVE,
  InfeedDequeueTuple: { crash: 'std::out_of_range in the shape function when shapes and dtypes differ in length (a TPU op)', refuse: true },
};

type Input = Output | Output[];

/**
 * XLA's building blocks (Xla* ops: XlaEinsum, XlaDynamicSlice, XlaSvd, XlaCallModule, ...) are
 * written for the XLA compiler's bridges, which check their operands first; run as plain kernels
 * or shape-inferred on made-up attributes, a dozen of them crashed the fuzz (SIGSEGV, CHECK
 * failures, std::bad_alloc, std::out_of_range). The whole family is refused.
 */
const XLA_FAMILY: KernelGuard = {
  crash:
    'XLA compiler building blocks crash outside XLA (found: XlaEinsum, XlaDynamicSlice, XlaReplicaId, XlaSvd, XlaCallModule, XlaSparseGradientsStack)',
  refuse: true,
};

/** The estimator-era boosted-trees ops (Python's tf.estimator is gone since TF 2.16). */
const BOOSTED_TREES_FAMILY: KernelGuard = {
  crash:
    "boosted-trees kernels and shape functions crash on unchecked shapes (found: BoostedTreesAggregateStats's shape function, SIGSEGV)",
  refuse: true,
};

/** TPU ops: this is a CPU (or GPU) runtime, and their shape functions CHECK-fail on made-up attributes. */
const TPU_FAMILY: KernelGuard = {
  crash: 'TPU ops: shape functions CHECK-fail on attributes that do not fit the shapes (found: TPUPartitionedInput, InfeedDequeueTuple)',
  refuse: true,
};

/** The guard for an op type, if its kernel is known to crash. */
export function kernelGuard(type: string): KernelGuard | undefined {
  if (Object.prototype.hasOwnProperty.call(KERNEL_GUARDS, type)) return KERNEL_GUARDS[type];
  if (/^Xla[A-Z]/.test(type)) return XLA_FAMILY;
  if (/^_?TPU[A-Z]/.test(type)) return TPU_FAMILY;
  return /^BoostedTrees[A-Z]/.test(type) ? BOOSTED_TREES_FAMILY : undefined;
}

/** Graphs being probed: their ops are built as given, unguarded (the probe is the guard). */
const probing = new WeakSet<Graph>();
/** Accepted ranks found by probing, by op type, attributes, input ranks and input index. */
const probed = new Map<string, number[]>();

/**
 * The spec to build instead of `spec`: the same op, its unknown-rank inputs routed through
 * run-time rank checks. Throws for refused ops, bad attributes and inputs of a wrong known rank.
 */
export function guardKernel(graph: Graph, spec: OperationSpec, newScratch: () => Graph): OperationSpec {
  const guard = kernelGuard(spec.type);
  if (!guard || probing.has(graph)) return spec;
  const label = `operation '${spec.name ?? spec.type}' (${spec.type})`;
  if (guard.refuse)
    throw makeError(
      'UNIMPLEMENTED',
      `${label}: hydra-tf refuses this op type, its kernel in TensorFlow 2.21 kills the process (${guard.crash})`,
    );
  const problem = guard.attrs?.(spec.attrs ?? {}, spec.inputs ?? []);
  if (problem) throw invalidArgument(`${label}: ${problem}; TensorFlow's kernel would kill the process (${guard.crash})`);
  const inputs = spec.inputs ?? [];
  const ranks = inputs.map((input) => (Array.isArray(input) ? undefined : (input.shape?.length ?? null)));
  let changed = false;
  const checked = inputs.map((input, i): Input => {
    if (Array.isArray(input) || guard.ranks === undefined) return input;
    const stated = guard.ranks === 'probe' ? undefined : guard.ranks[i];
    const known = ranks[i];
    if (stated && typeof known === 'number' && (known < (stated.min ?? 0) || known > (stated.max ?? Infinity))) {
      throw invalidArgument(`${label}: input ${i} has rank ${known}, expected ${describeRange(stated)}`);
    }
    if (known !== null) return input;
    const accepted = stated ? rangeList(stated) : acceptedRanks(graph, spec, inputs, i, newScratch);
    if (accepted === null) return input;
    changed = true;
    return rankChecked(graph, input, accepted, (spec.name ?? spec.type).replace(/\//g, '_'), i);
  });
  if (guard.shapes && checked.every((input) => !Array.isArray(input))) {
    const outputs = checked as Output[];
    if (outputs.some((output) => output.shape === null || output.shape.includes(-1))) {
      return { ...spec, inputs: guard.shapes(graph, outputs, (spec.name ?? spec.type).replace(/\//g, '_')) };
    }
  }
  return changed ? { ...spec, inputs: checked } : spec;
}

function describeRange(range: { min?: number; max?: number }): string {
  if (range.max === undefined) return `>= ${range.min ?? 0}`;
  return range.min === range.max ? `${range.max}` : `${range.min ?? 0}..${range.max}`;
}

function rangeList(range: { min?: number; max?: number }): number[] {
  const out: number[] = [];
  for (let r = range.min ?? 0; r <= Math.min(range.max ?? MAX_PROBED_RANK, MAX_PROBED_RANK); r++) out.push(r);
  return out;
}

/**
 * The ranks of input `index` that the op's shape function accepts, with the other inputs as they
 * are statically; null when it accepts every probed rank (nothing to check) or none (the real
 * build will report why).
 */
function acceptedRanks(graph: Graph, spec: OperationSpec, inputs: Input[], index: number, newScratch: () => Graph): number[] | null {
  const staticShapes = inputs.map((input) => (Array.isArray(input) ? input.map((o) => o.shape) : input.shape));
  let key: string | null;
  try {
    key = JSON.stringify([spec.type, spec.attrs ?? {}, staticShapes, index]);
  } catch {
    key = null; // attributes that are not plain data (tensors): probed each time
  }
  if (key !== null && key.includes('"handle"')) key = null;
  const known = key === null ? undefined : probed.get(key);
  if (known) return known.length === 0 || known.length === MAX_PROBED_RANK + 1 ? null : known;
  const accepted: number[] = [];
  for (let rank = 0; rank <= MAX_PROBED_RANK; rank++) {
    const scratch = newScratch();
    probing.add(scratch);
    try {
      const placeholder = (output: Output, shape: number[] | null, name: string) =>
        scratch
          .addOperation({ type: 'Placeholder', name, attrs: shape === null ? { dtype: output.dtype } : { dtype: output.dtype, shape } })
          .output(0);
      const probeInputs = inputs.map((input, i) => {
        if (Array.isArray(input)) return input.map((o, j) => placeholder(o, o.shape, `x${i}_${j}`));
        return placeholder(input, i === index ? new Array(rank).fill(-1) : input.shape, `x${i}`);
      });
      scratch.addOperation({ type: spec.type, name: 'probe', inputs: probeInputs, attrs: spec.attrs });
      accepted.push(rank);
    } catch {
      // the shape function refused this rank
    } finally {
      scratch.dispose();
    }
  }
  if (key !== null) probed.set(key, accepted);
  return accepted.length === 0 || accepted.length === MAX_PROBED_RANK + 1 ? null : accepted;
}

/**
 * `input` behind a run-time check that its rank is one of `ranks` (MAX_PROBED_RANK meaning "or
 * more"). The check is on the data path, not an Assert with a control edge: Grappler knows the fed
 * shapes, folds such an Assert's condition and drops the edge, and the kernel runs unchecked.
 * One accepted rank r: EnsureShape to r unknown dimensions. Several: a full StridedSlice over the
 * first min(ranks) dimensions, which fails on fewer dimensions (kernels crash on too few, not on
 * too many, dimensions).
 */
function rankChecked(graph: Graph, input: Output, ranks: number[], consumer: string, index: number): Output {
  const name = `${consumer}_input${index}_rank_check`;
  if (ranks.length === 1 && ranks[0] < MAX_PROBED_RANK) {
    return graph.addOperation({ type: 'EnsureShape', name, inputs: [input], attrs: { shape: new Array(ranks[0]).fill(-1) } }).output(0);
  }
  const min = ranks[0];
  if (min === 0) return input;
  const constant = (suffix: string, values: number[]): Output =>
    graph
      .addOperation({ type: 'Const', name: `${name}/${suffix}`, attrs: { dtype: 'int32', value: Tensor.from(new Int32Array(values)) } })
      .output(0);
  const zeros = constant('begin', new Array(min).fill(0));
  const all = (1 << min) - 1;
  return graph
    .addOperation({
      type: 'StridedSlice',
      name,
      inputs: [input, zeros, constant('end', new Array(min).fill(0)), constant('strides', new Array(min).fill(1))],
      attrs: { begin_mask: all, end_mask: all },
    })
    .output(0);
}
