/**
 * Dynamic loss scaling for `mixed_float16`, with Keras 3's LossScaleOptimizer rules: the loss is
 * multiplied by a scale (initially 2^15) before differentiation, so small float16 gradients do
 * not flush to zero; the gradients are divided by it again. A step whose scaled gradients are
 * not all finite is skipped (no variable, slot or iteration moves) and halves the scale; after
 * `dynamicGrowthSteps` finite steps in a row the scale doubles. The scale, the counter of finite
 * steps and the inner optimizer's own iteration count are checkpointed variables.
 *
 * The skip is real graph control flow (Switch/Merge, as TF1's cond): the inner optimizer's
 * updates read the gradients through a Switch on "all finite", so on a non-finite step they are
 * never executed, and a Merge of both branches gives the step one op that always completes.
 */
import { Operation, Output, invalidArgument } from '../core';
import * as ops from '../ops';
import { Config, GraphState, Layer, Variable } from '../nn';
import { BuiltOptimizer, Optimizer } from './optimizers';

export interface LossScaleOptions {
  /** The first scale (Keras: 2^15). */
  initialScale?: number;
  /** Finite steps in a row after which the scale doubles (Keras: 2000). */
  dynamicGrowthSteps?: number;
}

/** An optimizer with dynamic loss scaling around `inner` (see lossScaleOptimizer). */
export interface LossScaleOptimizer extends Optimizer {
  readonly inner: Optimizer;
  readonly initialScale: number;
  readonly dynamicGrowthSteps: number;
  /** The current scale (a float32 scalar read of its variable in `state`, created on first use). */
  lossScale(state: GraphState): Output;
}

const SCALE = 'loss_scale/dynamic_scale';
const COUNTER = 'loss_scale/step_counter';
const ITERATIONS = 'loss_scale/iterations';

/** Wraps `inner` with Keras 3's dynamic loss scaling (compile does this by itself under mixed_float16). */
export function lossScaleOptimizer(inner: Optimizer, options: LossScaleOptions = {}): LossScaleOptimizer {
  if (!inner || typeof inner.build !== 'function')
    throw invalidArgument('lossScaleOptimizer: give the optimizer to wrap (optimizers.adam(), ...)');
  if (isLossScaleOptimizer(inner)) throw invalidArgument('lossScaleOptimizer: the optimizer is already a loss scale optimizer');
  const initialScale = options.initialScale ?? 2 ** 15;
  const dynamicGrowthSteps = options.dynamicGrowthSteps ?? 2000;
  if (!(Number.isFinite(initialScale) && initialScale > 0))
    throw invalidArgument(`lossScaleOptimizer: initialScale must be a finite number > 0, got ${initialScale}`);
  if (!(Number.isInteger(dynamicGrowthSteps) && dynamicGrowthSteps >= 1))
    throw invalidArgument(`lossScaleOptimizer: dynamicGrowthSteps must be an integer >= 1, got ${dynamicGrowthSteps}`);

  const variables = (state: GraphState) => {
    const graph = state.graph;
    const make = (name: string, value: number | bigint, dtype: 'float32' | 'int64') =>
      state.existingOrCreate(
        name,
        graph.withRootScope(() => ops.constant(graph, value, dtype, `${name}/initial_value`)),
        { trainable: false, shape: [] },
      );
    return { scale: make(SCALE, initialScale, 'float32'), counter: make(COUNTER, 0n, 'int64'), iterations: make(ITERATIONS, 0n, 'int64') };
  };

  const innerBuild = inner.build.bind(inner);
  return {
    name: inner.name,
    className: 'LossScaleOptimizer',
    inner,
    initialScale,
    dynamicGrowthSteps,
    get schedule() {
      return inner.schedule;
    },
    getConfig(): Config {
      return { inner: { className: inner.className ?? inner.name, config: inner.getConfig?.() ?? {} }, initialScale, dynamicGrowthSteps };
    },
    lossScale(state: GraphState): Output {
      return variables(state).scale.read(`${SCALE}/Read_for_loss`);
    },
    build(
      state: GraphState,
      gradients: Output[],
      vars: Variable[],
      _step: Output,
      options?: { learningRateScale?: Output },
    ): BuiltOptimizer {
      const graph = state.graph;
      const own = variables(state);
      return graph.withNameScope('loss_scale', () => {
        const allFinite = gradients.map((g) =>
          ops.all(ops.isFinite(ops.reshape(g, ops.constant(graph, [-1], 'int32'))), ops.constant(graph, 0, 'int32')),
        );
        const finite = allFinite.length === 0 ? ops.constant(graph, true, 'bool') : allFinite.reduce((a, b) => ops.logicalAnd(a, b));
        const scale = own.scale.read();
        const unscaled = gradients.map((g) => ops.realDiv(ops.switchOp(g, finite).outputTrue, scale));
        // Keras: the inner optimizer's iterations (Adam's bias correction, schedules) count applied steps only.
        const inner = innerBuild(state, unscaled, vars, own.iterations.read(), options);
        const counted = graph.withControlDependencies([inner.update], () =>
          ops.assignAddVariableOp(own.iterations.handle, ops.constant(graph, 1n, 'int64')),
        );
        const branch = ops.switchOp(finite, finite);
        const applied = graph.withControlDependencies([inner.update, counted], () => ops.identity(branch.outputTrue));
        const joined = ops.merge([ops.identity(branch.outputFalse), applied]).output;
        const counter = own.counter.read();
        const grow = ops.equal(counter, ops.constant(graph, BigInt(dynamicGrowthSteps - 1), 'int64'));
        const two = ops.constant(graph, 2, 'float32');
        const zero = ops.constant(graph, 0n, 'int64');
        const nextScale = ops.selectV2(finite, ops.selectV2(grow, ops.mul(scale, two), scale), ops.realDiv(scale, two));
        const nextCounter = ops.selectV2(finite, ops.selectV2(grow, zero, ops.addV2(counter, ops.constant(graph, 1n, 'int64'))), zero);
        // After the update read the old scale (through `joined`).
        const assigns: Operation[] = graph.withControlDependencies([joined.op], () => [
          own.scale.assign(nextScale),
          own.counter.assign(nextCounter),
        ]);
        const update = graph.addOperation({ type: 'NoOp', name: 'update', controlInputs: assigns });
        return { update, learningRate: inner.learningRate, slots: [...inner.slots, own.scale, own.counter, own.iterations] };
      });
    },
  };
}

export function isLossScaleOptimizer(optimizer: Optimizer): optimizer is LossScaleOptimizer {
  return typeof (optimizer as LossScaleOptimizer).lossScale === 'function' && (optimizer as LossScaleOptimizer).inner !== undefined;
}

/**
 * The optimizer a compile uses: under a `mixed_float16` layer, `optimizer` wrapped in dynamic
 * loss scaling unless it already is (Keras 3's compile does the same); otherwise `optimizer`.
 */
export function optimizerForPolicy(layers: Layer[], optimizer: Optimizer): Optimizer {
  const float16 = layers.some((layer) => layer.dtypePolicy.name === 'mixed_float16');
  return float16 && !isLossScaleOptimizer(optimizer) ? lossScaleOptimizer(optimizer) : optimizer;
}

/**
 * Refuses an objective that ignored the loss scale: its gradients would be divided by the scale
 * without having been multiplied by it. The default objective and loss-based MTL weightings scale.
 */
export function checkLossScaled(objective: { lossScaled?: boolean }): void {
  if (!objective.lossScaled) {
    throw invalidArgument(
      'mixed_float16: dynamic loss scaling needs an objective that differentiates the scaled loss (the default objective, or a loss-based MTL weighting); this objective (a gradient-based weighting or a custom objective) does not: use mixed_bfloat16, which needs no loss scaling',
    );
  }
}
