/**
 * Optimizers on TensorFlow's fused resource training ops, with Keras 3's
 * defaults and update rules: SGD (momentum, Nesterov), Adam, AdamW, RMSProp,
 * Adagrad. Gradient clipping by value, by norm and by global norm.
 */
import { Graph, Operation, Output, invalidArgument } from '../core';
import * as ops from '../ops';
import { GraphState, Variable, Config, NameOrConfig, Serialized, compact, lookup, nameAndConfig, serializeObject } from '../nn';
import { Schedule, constantRate, get as getSchedule, serialize as serializeSchedule } from './schedules';

export interface ClipOptions {
  /** Clip each gradient to this L2 norm. */
  clipNorm?: number;
  /** Scale all gradients together so their global L2 norm is at most this. */
  globalClipNorm?: number;
  /** Clip each gradient element to [-clipValue, clipValue]. */
  clipValue?: number;
}

/** What an optimizer added to a graph for one model. */
export interface BuiltOptimizer {
  /** Runs every variable update. */
  update: Operation;
  /** The learning rate used by this step (for logs). */
  learningRate: Output;
  /** Slot variables (moments, accumulators). */
  slots: Variable[];
}

export interface Optimizer {
  readonly name: string;
  readonly schedule: Schedule;
  /** The name `optimizers.get` knows its factory by (set by this module's factories). */
  readonly className?: string;
  /** Its options as JSON, the learning rate as a number or a schedule's { className, config } (set by this module's factories). */
  getConfig?(): Config;
  /** Adds the update of `variables` by `gradients` to the graph; `step` is the number of completed steps (int64). */
  build(
    state: GraphState,
    gradients: Output[],
    variables: Variable[],
    step: Output,
    options?: { learningRateScale?: Output },
  ): BuiltOptimizer;
}

interface BaseOptions extends ClipOptions {
  learningRate?: number | Schedule;
  name?: string;
}

const BASE_KEYS = ['learningRate', 'name', 'clipNorm', 'globalClipNorm', 'clipValue'];

/** A misspelt option (`learning_rate`, `lr`, `beta_1`) would otherwise silently fall back to a default. */
function checkKeys(kind: string, options: object, known: readonly string[]): void {
  if (options === null || typeof options !== 'object') throw invalidArgument(`${kind}: options must be an object`);
  const allowed = [...BASE_KEYS, ...known];
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) throw invalidArgument(`${kind}: unknown option "${key}" (known options: ${allowed.join(', ')})`);
  }
}

function scheduleOf(kind: string, rate: number | Schedule | undefined, fallback: number): Schedule {
  if (rate === undefined) return constantRate(fallback);
  if (typeof rate === 'number') {
    if (!(Number.isFinite(rate) && rate >= 0)) throw invalidArgument(`${kind}: learningRate must be a finite number >= 0, got ${rate}`);
    return constantRate(rate);
  }
  if (rate && typeof rate.build === 'function') return rate;
  throw invalidArgument(`${kind}: learningRate must be a number or a schedule, got ${JSON.stringify(rate)}`);
}

function checkClip(options: ClipOptions, what: string): void {
  for (const key of ['clipNorm', 'globalClipNorm', 'clipValue'] as const) {
    const value = options[key];
    if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && value > 0))
      throw invalidArgument(`${what}: ${key} must be > 0, got ${value}`);
  }
}

/**
 * Applies the clipping options to gradients, in the order value, norm, global norm.
 * Keras accepts only one of the three; combining them here is an extension.
 */
export function clipGradients(graph: Graph, gradients: Output[], options: ClipOptions): Output[] {
  let result = gradients;
  if (options.clipValue !== undefined) {
    const c = options.clipValue;
    result = result.map((g) => ops.clipByValue(g, -c, c));
  }
  if (options.clipNorm !== undefined) {
    const clipNorm = options.clipNorm;
    result = result.map((g) => {
      // g·c / max(‖g‖, c): unchanged when ‖g‖ <= c, and no 0/0 for a zero gradient.
      const c = ops.constant(graph, clipNorm, g.dtype);
      const norm = ops.sqrt(ops.reduceSum(ops.square(g)));
      return ops.div(ops.mul(g, c), ops.maximum(norm, c));
    });
  }
  if (options.globalClipNorm !== undefined && result.length > 0) {
    // The norm in float32 whatever the variables' dtypes, so mixed-precision lists still add up.
    const squares = result.map((g) => ops.cast(ops.reduceSum(ops.square(g)), { dstT: 'float32' }));
    const c = ops.constant(graph, options.globalClipNorm, 'float32');
    const global = ops.sqrt(squares.length === 1 ? squares[0] : ops.addN(squares));
    const scale = ops.div(c, ops.maximum(global, c));
    result = result.map((g) => ops.mul(g, ops.cast(scale, { dstT: g.dtype })));
  }
  return result;
}

function slot(state: GraphState, owner: Variable, optimizer: string, name: string, initialValue = 0): Variable {
  const graph = state.graph;
  const initial = graph.withRootScope(() =>
    ops.fill(ops.constant(graph, owner.shape, 'int32'), ops.constant(graph, initialValue, owner.dtype)),
  );
  // Found again when a later compile of the model builds the same optimizer (its state carries on).
  return state.existingOrCreate(`${optimizer}/${owner.name}/${name}`, initial, { trainable: false, shape: owner.shape });
}

function group(graph: Graph, operations: Operation[], name: string): Operation {
  return graph.addOperation({ type: 'NoOp', name, controlInputs: operations });
}

/**
 * Values every variable's update of one build uses alike (the rate cast to a dtype, Adam's
 * β^t, the hyper-parameter constants): made once per optimizer and dtype, not per variable,
 * so the step graph has one Pow per β instead of one per variable.
 */
export interface SharedValues {
  /** The value under `key`, made by `make` on first use in this build. */
  once(key: string, make: () => Output): Output;
  /** The learning rate cast to `dtype`. */
  rate(dtype: Output['dtype']): Output;
  /** A scalar constant of `dtype`. */
  constant(value: number, dtype: Output['dtype']): Output;
}

function sharedValues(graph: Graph, lr: Output): SharedValues {
  const made = new Map<string, Output>();
  const once = (key: string, make: () => Output): Output => {
    let value = made.get(key);
    if (!value) made.set(key, (value = make()));
    return value;
  };
  return {
    once,
    rate: (dtype) => (dtype === lr.dtype ? lr : once(`rate/${dtype}`, () => ops.cast(lr, { dstT: dtype }))),
    constant: (value, dtype) => once(`constant/${dtype}/${value}`, () => ops.constant(graph, value, dtype)),
  };
}

/** Shared plumbing: clipping, the learning rate, one update op per variable. */
function makeOptimizer(
  kind: string,
  options: BaseOptions,
  defaultRate: number,
  update: (state: GraphState, variable: Variable, gradient: Output, step: Output, slots: Variable[], shared: SharedValues) => Operation,
): Optimizer {
  checkClip(options, kind);
  const schedule = scheduleOf(kind, options.learningRate, defaultRate);
  const name = options.name ?? kind;
  // A constant rate stays a number in the config; a schedule becomes its { className, config }.
  const rateConfig = () =>
    schedule.className === 'constantRate' ? schedule.valueAt(0) : serializeSchedule(schedule, `${kind}: learningRate`);
  return {
    name,
    schedule,
    className: kind.toLowerCase(),
    getConfig: () => compact({ ...(options as Config), name, learningRate: rateConfig() }),
    build(state, gradients, variables, step, buildOptions = {}) {
      const graph = state.graph;
      if (gradients.length !== variables.length)
        throw invalidArgument(`${name}: ${gradients.length} gradients for ${variables.length} variables`);
      return graph.withNameScope(name, () => {
        const clipped = clipGradients(graph, gradients, options);
        let lr = schedule.build(graph, step);
        // A scale the trainer can set between steps (learning-rate callbacks).
        if (buildOptions.learningRateScale) lr = ops.mul(lr, buildOptions.learningRateScale);
        const slots: Variable[] = [];
        const shared = sharedValues(graph, lr);
        const updates = variables.map((variable, i) => update(state, variable, clipped[i], step, slots, shared));
        return { update: group(graph, updates, 'update'), learningRate: lr, slots };
      });
    },
  };
}

function fraction(kind: string, what: string, value: number): number {
  if (typeof value !== 'number' || !(value >= 0 && value < 1)) throw invalidArgument(`${kind}: ${what} must be in [0, 1), got ${value}`);
  return value;
}

function nonNegative(kind: string, what: string, value: number): number {
  if (typeof value !== 'number' || !(Number.isFinite(value) && value >= 0))
    throw invalidArgument(`${kind}: ${what} must be a finite number >= 0, got ${value}`);
  return value;
}

export interface SGDOptions extends BaseOptions {
  momentum?: number;
  nesterov?: boolean;
}

/** SGD; with momentum m: m ← m·momentum − lr·g, w ← w + m (Nesterov: w ← w + momentum·m − lr·g). */
export function sgd(options: SGDOptions = {}): Optimizer {
  checkKeys('sgd', options, ['momentum', 'nesterov']);
  const momentum = fraction('sgd', 'momentum', options.momentum ?? 0);
  return makeOptimizer('SGD', options, 0.01, (state, variable, g, _step, slots, shared) => {
    const rate = shared.rate(variable.dtype);
    if (momentum === 0) return ops.resourceApplyGradientDescent(variable.handle, rate, g);
    const m = slot(state, variable, 'SGD', 'momentum');
    slots.push(m);
    return ops.resourceApplyKerasMomentum(variable.handle, m.handle, rate, g, shared.constant(momentum, variable.dtype), {
      useNesterov: options.nesterov ?? false,
    });
  });
}

export interface AdamOptions extends BaseOptions {
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

function adamUpdate(kind: string, options: AdamOptions, weightDecay: number) {
  const label = kind.toLowerCase();
  const beta1 = fraction(label, 'beta1', options.beta1 ?? 0.9);
  const beta2 = fraction(label, 'beta2', options.beta2 ?? 0.999);
  const epsilon = nonNegative(label, 'epsilon', options.epsilon ?? 1e-7);
  return (state: GraphState, variable: Variable, g: Output, step: Output, slots: Variable[], shared: SharedValues): Operation => {
    const graph = state.graph;
    const m = slot(state, variable, kind, 'm');
    const v = slot(state, variable, kind, 'v');
    slots.push(m, v);
    const dtype = variable.dtype;
    const rate = shared.rate(dtype);
    // Keras: the local step is the number of completed steps + 1.
    const localStep = shared.once(`localStep/${dtype}`, () => ops.cast(ops.add(step, ops.constant(graph, 1n, 'int64')), { dstT: dtype }));
    const beta1Power = shared.once(`beta1Power/${dtype}`, () => ops.pow(shared.constant(beta1, dtype), localStep));
    const beta2Power = shared.once(`beta2Power/${dtype}`, () => ops.pow(shared.constant(beta2, dtype), localStep));
    const controls: Operation[] = [];
    if (weightDecay > 0) {
      // AdamW (Keras 3): w ← w − w·decay·lr, before the Adam update and after the gradient.
      // Nothing else orders this assignment after the forward pass's reads of w; waiting for
      // the gradient (which needs the loss, hence every read feeding it) makes the gradient
      // the one of the undecayed weights, as in Keras.
      // The shared constant is made outside the control scope, so it carries no dependency of its own.
      const decayRate = shared.constant(weightDecay, dtype);
      const decay = graph.withControlDependencies([g.op], () => ops.mul(ops.mul(variable.read(), decayRate), rate));
      controls.push(ops.assignSubVariableOp(variable.handle, decay));
    }
    return graph.withControlDependencies(controls, () =>
      ops.resourceApplyAdam(
        variable.handle,
        m.handle,
        v.handle,
        beta1Power,
        beta2Power,
        rate,
        shared.constant(beta1, dtype),
        shared.constant(beta2, dtype),
        shared.constant(epsilon, dtype),
        g,
      ),
    );
  };
}

/** Adam (Keras defaults: lr 0.001, β1 0.9, β2 0.999, ε 1e-7). */
export function adam(options: AdamOptions = {}): Optimizer {
  checkKeys('adam', options, ['beta1', 'beta2', 'epsilon']);
  return makeOptimizer('Adam', options, 0.001, adamUpdate('Adam', options, 0));
}

/** AdamW: Adam with decoupled weight decay w ← w − w·weightDecay·lr (default 0.004, as Keras). */
export function adamw(options: AdamOptions & { weightDecay?: number } = {}): Optimizer {
  checkKeys('adamw', options, ['beta1', 'beta2', 'epsilon', 'weightDecay']);
  const decay = nonNegative('adamw', 'weightDecay', options.weightDecay ?? 0.004);
  return makeOptimizer('AdamW', options, 0.001, adamUpdate('AdamW', options, decay));
}

export interface RMSPropOptions extends BaseOptions {
  rho?: number;
  momentum?: number;
  epsilon?: number;
}

/** RMSProp: ms ← ρ·ms + (1−ρ)·g², mom ← momentum·mom + lr·g/√(ms+ε), w ← w − mom. */
export function rmsprop(options: RMSPropOptions = {}): Optimizer {
  checkKeys('rmsprop', options, ['rho', 'momentum', 'epsilon']);
  const rho = fraction('rmsprop', 'rho', options.rho ?? 0.9);
  const momentum = fraction('rmsprop', 'momentum', options.momentum ?? 0);
  const epsilon = nonNegative('rmsprop', 'epsilon', options.epsilon ?? 1e-7);
  return makeOptimizer('RMSprop', options, 0.001, (state, variable, g, _step, slots, shared) => {
    // The fused op always keeps a momentum slot (Keras creates one only for momentum > 0);
    // with momentum 0 it holds the last increment.
    const ms = slot(state, variable, 'RMSprop', 'velocity');
    const mom = slot(state, variable, 'RMSprop', 'momentum');
    slots.push(ms, mom);
    const dtype = variable.dtype;
    const c = (x: number) => shared.constant(x, dtype);
    return ops.resourceApplyRMSProp(variable.handle, ms.handle, mom.handle, shared.rate(dtype), c(rho), c(momentum), c(epsilon), g);
  });
}

export interface AdagradOptions extends BaseOptions {
  initialAccumulatorValue?: number;
  epsilon?: number;
}

/**
 * Adagrad: a ← a + g², w ← w − lr·g/(√a + ε).
 * TF's fused ResourceApplyAdagradV2 puts ε outside the root; Keras 3 divides by √(a + ε).
 * With the default accumulator start (0.1) the two agree to float32 rounding (the denominators
 * differ by under 1e-7 relative; test/train/optimizers.test.ts measures it against Keras). They
 * part only when a is near ε, i.e. initialAccumulatorValue 0 with gradients of ~1e-4 or less.
 */
export function adagrad(options: AdagradOptions = {}): Optimizer {
  checkKeys('adagrad', options, ['initialAccumulatorValue', 'epsilon']);
  const initial = nonNegative('adagrad', 'initialAccumulatorValue', options.initialAccumulatorValue ?? 0.1);
  const epsilon = nonNegative('adagrad', 'epsilon', options.epsilon ?? 1e-7);
  return makeOptimizer('Adagrad', options, 0.001, (state, variable, g, _step, slots, shared) => {
    const accumulator = slot(state, variable, 'Adagrad', 'accumulator', initial);
    slots.push(accumulator);
    const dtype = variable.dtype;
    return ops.resourceApplyAdagradV2(variable.handle, accumulator.handle, shared.rate(dtype), shared.constant(epsilon, dtype), g);
  });
}

const BY_NAME: Record<string, () => Optimizer> = {
  sgd: () => sgd(),
  adam: () => adam(),
  adamw: () => adamw(),
  rmsprop: () => rmsprop(),
  adagrad: () => adagrad(),
};

/** An optimizer, its name ("adam", ...) or its config ({ className, config }). */
export type OptimizerLike = Optimizer | string | Serialized;

/** Optimizer factories by className, for configs (the learning rate a number or a schedule's config). */
const FROM_CONFIG: Record<string, (config: Config) => Optimizer> = {
  sgd: (c) => sgd(withSchedule(c)),
  adam: (c) => adam(withSchedule(c)),
  adamw: (c) => adamw(withSchedule(c)),
  rmsprop: (c) => rmsprop(withSchedule(c)),
  adagrad: (c) => adagrad(withSchedule(c)),
};

function withSchedule(config: Config): Config {
  const rate = config.learningRate;
  return rate === undefined || typeof rate === 'number' ? config : { ...config, learningRate: getSchedule(rate as NameOrConfig) };
}

/** An optimizer object, or one by name or config. */
export function getOptimizer(optimizer: OptimizerLike): Optimizer {
  if (optimizer && typeof optimizer === 'object' && typeof (optimizer as Optimizer).build === 'function') return optimizer as Optimizer;
  if (typeof optimizer === 'string') {
    if (Object.prototype.hasOwnProperty.call(BY_NAME, optimizer)) return BY_NAME[optimizer]();
    throw invalidArgument(
      `unknown optimizer ${JSON.stringify(optimizer)} (known: ${Object.keys(BY_NAME).join(', ')}, or one from optimizers.*)`,
    );
  }
  const { className, config } = nameAndConfig('optimizer', optimizer, 'optimizers.get');
  return lookup('optimizer', FROM_CONFIG, className, 'optimizers.get')(config);
}

/** The optimizer family's lookup: a name ("adam") or { className, config } to an optimizer. */
export function get(nameOrConfig: NameOrConfig | Optimizer): Optimizer {
  return getOptimizer(nameOrConfig);
}

/** An optimizer's { className, config }; a name stays a name. */
export function serialize(optimizer: OptimizerLike, what = 'optimizer'): Serialized | string {
  if (typeof optimizer === 'string') {
    getOptimizer(optimizer);
    return optimizer;
  }
  return serializeObject('optimizer', getOptimizer(optimizer), what);
}
