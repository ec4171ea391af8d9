/**
 * The per-task part of an actor-critic: a head layer giving the policy's logits and the value
 * side by side (one output, so it is one task of an mtl model), and the actor-critic loss on it.
 * The loss's "labels" are the rollout's columns packed per example:
 *   [action, advantage, log π_old(action | s), value target]
 * PPO (Schulman et al. 2017, "Proximal policy optimization algorithms", eq. 7 and 9):
 *   L = −min(ρ·Â, clip(ρ, 1 − ε, 1 + ε)·Â) + c_v·(V(s) − V_target)² − c_e·H(π(·|s)),  ρ = π(a|s) / π_old(a|s)
 * A2C (Mnih et al. 2016): the same with −log π(a|s)·Â as the policy term.
 */
import { Output, invalidArgument } from '../../core';
import * as ops from '../../ops';
import { CallContext, Layer, LayerOptions, registerLayer, Dense, orthogonal, Config } from '../../nn';
import { Loss, losses } from '../../train';

/** Columns of the packed labels. */
export const LABEL_COLUMNS = ['action', 'advantage', 'old_log_prob', 'value_target'] as const;

export interface ActorCriticHeadOptions extends LayerOptions {
  /** Number of discrete actions. */
  actions: number;
  /** Gain of the policy layer's orthogonal initializer (default 0.01: near-uniform first policy). */
  policyGain?: number;
}

/** Dense logits (actions) and a dense value (1) on the same input; output (batch, actions + 1). */
export class ActorCriticHead extends Layer {
  readonly actions: number;
  readonly policy: Dense;
  readonly value: Dense;
  private readonly policyGain: number;

  constructor(options: ActorCriticHeadOptions) {
    super(options, 'actor_critic');
    if (!Number.isInteger(options?.actions) || options.actions < 1)
      throw invalidArgument(`actor-critic head "${this.name}": actions must be a positive integer, got ${options?.actions}`);
    this.actions = options.actions;
    this.policyGain = options.policyGain ?? 0.01;
    // Orthogonal initialization with these gains: the choice of the PPO implementations studied by
    // Andrychowicz et al. 2021 ("What matters in on-policy RL"), a near-uniform initial policy.
    this.policy = new Dense({ units: this.actions, name: `${this.name}/policy`, kernelInitializer: orthogonal(this.policyGain) });
    this.value = new Dense({ units: 1, name: `${this.name}/value`, kernelInitializer: orthogonal(1) });
  }

  override getConfig(): Config {
    return { ...super.getConfig(), actions: this.actions, policyGain: this.policyGain };
  }

  override sublayers(): Layer[] {
    return [this.policy, this.value];
  }

  protected call(ctx: CallContext, [x]: Output[]): Output {
    const [logits] = this.policy.invoke(ctx, [x]);
    const [value] = this.value.invoke(ctx, [x]);
    return ops.concatV2([logits, value], ops.constant(ctx.graph, -1, 'int32'));
  }
}

export interface ActorCriticLossOptions {
  algorithm?: 'ppo' | 'a2c';
  /** PPO's ε (default 0.2). */
  clipRange?: number;
  /** c_v (default 0.5). */
  valueCoefficient?: number;
  /** c_e (default 0.01). */
  entropyCoefficient?: number;
}

export interface ActorCriticTerms {
  policy: Output;
  value: Output;
  entropy: Output;
  logProb: Output;
}

/** Per-example terms of the loss for head outputs (batch, actions + 1) and packed labels (batch, 4). */
export function actorCriticTerms(
  yTrue: Output,
  yPred: Output,
  actions: number,
  options: ActorCriticLossOptions = {},
): ActorCriticTerms & { loss: Output } {
  const graph = yPred.graph;
  const c = (v: number[] | number, dtype: 'int32' | 'float32' = 'int32') => ops.constant(graph, v, dtype);
  const column = (x: Output, start: number, size: number) => ops.slice(x, c([0, start]), c([-1, size]));
  const flat = (x: Output) => ops.reshape(x, c([-1]));
  const labels = yTrue.dtype === 'float32' ? yTrue : ops.cast(yTrue, { dstT: 'float32' });
  const logits = column(yPred, 0, actions);
  const value = flat(column(yPred, actions, 1));
  const action = ops.cast(flat(column(labels, 0, 1)), { dstT: 'int32' });
  const advantage = flat(column(labels, 1, 1));
  const oldLogProb = flat(column(labels, 2, 1));
  const target = flat(column(labels, 3, 1));
  const logProbs = ops.logSoftmax(logits);
  const logProb = ops.reduceSum(ops.mul(logProbs, ops.oneHot(action, actions)), -1);
  const entropy = ops.neg(ops.reduceSum(ops.mul(ops.softmax(logits), logProbs), -1));
  let policy: Output;
  if ((options.algorithm ?? 'ppo') === 'ppo') {
    const epsilon = options.clipRange ?? 0.2;
    const ratio = ops.exp(ops.sub(logProb, oldLogProb));
    const clipped = ops.clipByValue(ratio, c(1 - epsilon, 'float32'), c(1 + epsilon, 'float32'));
    policy = ops.neg(ops.minimum(ops.mul(ratio, advantage), ops.mul(clipped, advantage)));
  } else {
    policy = ops.neg(ops.mul(logProb, advantage));
  }
  const valueTerm = ops.square(ops.sub(value, target));
  const loss = ops.sub(
    ops.add(policy, ops.mul(valueTerm, options.valueCoefficient ?? 0.5)),
    ops.mul(entropy, options.entropyCoefficient ?? 0.01),
  );
  return { loss, policy, value: valueTerm, entropy, logProb };
}

/** The actor-critic loss of a task with `actions` actions, as a lib/train Loss (per example; the trainer takes the masked mean). */
export function actorCriticLoss(actions: number, options: ActorCriticLossOptions = {}): Loss {
  if (!Number.isInteger(actions) || actions < 1)
    throw invalidArgument(`actor-critic loss: actions must be a positive integer, got ${actions}`);
  const algorithm = options.algorithm ?? 'ppo';
  if (algorithm !== 'ppo' && algorithm !== 'a2c')
    throw invalidArgument(`actor-critic loss: algorithm must be "ppo" or "a2c", got ${JSON.stringify(algorithm)}`);
  const epsilon = options.clipRange ?? 0.2;
  if (!(epsilon > 0 && epsilon < 1)) throw invalidArgument(`actor-critic loss: clipRange must be in (0, 1), got ${epsilon}`);
  for (const key of ['valueCoefficient', 'entropyCoefficient'] as const) {
    const v = options[key];
    if (v !== undefined && !(v >= 0 && Number.isFinite(v)))
      throw invalidArgument(`actor-critic loss: ${key} must be a finite number >= 0, got ${v}`);
  }
  // The options with their defaults, so a saved model keeps the coefficients it was trained with.
  const config = {
    actions,
    algorithm,
    clipRange: epsilon,
    valueCoefficient: options.valueCoefficient ?? 0.5,
    entropyCoefficient: options.entropyCoefficient ?? 0.01,
  };
  return {
    name: `${algorithm}_loss`,
    className: 'ActorCriticLoss',
    getConfig: () => ({ ...config }),
    reduction: 'sumOverBatchSize',
    labels: 'float',
    labelShape: [LABEL_COLUMNS.length],
    perExample: (yTrue, yPred, label) => {
      const labelShape = yTrue.shape;
      const predShape = yPred.shape;
      if (labelShape && (labelShape.length !== 2 || (labelShape[1] >= 0 && labelShape[1] !== LABEL_COLUMNS.length))) {
        throw invalidArgument(
          `${label}: labels must be (batch, ${LABEL_COLUMNS.length}) = [${LABEL_COLUMNS.join(', ')}], got shape [${labelShape.join(', ')}]`,
        );
      }
      if (predShape && (predShape.length !== 2 || predShape[1] !== actions + 1))
        throw invalidArgument(`${label}: the head must output (batch, ${actions + 1}) = logits and value, got [${predShape.join(', ')}]`);
      return actorCriticTerms(yTrue, yPred, actions, options).loss;
    },
  };
}

// Registered so an agent's network saves and loads as an ordinary multi-task model (model.save, mtl.load).
registerLayer('ActorCriticHead', (config) => new ActorCriticHead(config as unknown as ActorCriticHeadOptions));
losses.register('ActorCriticLoss', (config) => {
  const { actions, ...options } = config as unknown as ActorCriticLossOptions & { actions: number };
  return actorCriticLoss(actions, options);
});
