/**
 * MMoE, Multi-gate Mixture-of-Experts (Ma et al., "Modeling Task Relationships in Multi-task
 * Learning with Multi-gate Mixture-of-Experts", KDD 2018, eqs. 6-8): n expert networks f_e on
 * the input, and for each task k a gate g^k(x) = softmax(W_k x) over the experts;
 * task k's representation is f^k(x) = Σ_e g^k(x)_e f_e(x), which its tower (the task head) reads.
 * OMoE, the paper's one-gate baseline, is the same layer with a single gate for every task.
 */
import { Output } from '../../core';
import { CallContext, Config, Layer, LayerOptions, checkOptions, positiveInt } from '../../nn';
import { Architecture, ArchitectureLayer, requireOptions, taskList } from './architecture';
import { EXPERT_OPTIONS, ExpertFactory, ExpertOptions, expertConfig, mix, runExperts, runGate } from './experts';

export interface MMoEOptions extends ExpertOptions, LayerOptions {
  /** Task names; task k's representation is mixed by gate "<name>/gate_<task>". */
  tasks: string[];
  /** Number of experts, shared by all tasks. */
  experts: number;
}

export class MixtureOfExperts extends ArchitectureLayer {
  readonly experts: Layer[];
  readonly gates: Layer[];
  private readonly sharedGate: boolean;
  private readonly options: MMoEOptions;

  /** @internal Use mmoe() or omoe(). */
  constructor(kind: 'mmoe' | 'omoe', options: MMoEOptions) {
    requireOptions(kind, options);
    checkOptions(kind, options, ['tasks', 'experts', ...EXPERT_OPTIONS]);
    const tasks = taskList(kind, options.tasks);
    const sharedGate = kind === 'omoe';
    super(options, kind, tasks, sharedGate ? ['shared'] : tasks);
    const owner = `${kind} "${this.name}"`;
    const count = positiveInt(owner, 'experts', options.experts);
    const factory = new ExpertFactory(owner, options);
    this.sharedGate = sharedGate;
    this.options = options;
    this.experts = Array.from({ length: count }, (_, index) =>
      factory.expert({ name: `${this.name}/expert_${index}`, group: 'shared', index, level: 0 }),
    );
    this.gates = this.gateNames.map((gate) => factory.gate({ name: `${this.name}/gate_${gate}`, gate, experts: count, level: 0 }));
    if (options.trainable === false) this.trainable = false;
  }

  /** "MMoE", or "OMoE" for the one-gate variant. */
  override get className(): string {
    return this.sharedGate ? 'OMoE' : 'MMoE';
  }

  override getConfig(): Config {
    return {
      ...super.getConfig(),
      tasks: [...this.tasks],
      experts: this.experts.length,
      ...expertConfig(this.name, this.options, this.experts, this.gates),
    };
  }

  override sublayers(): Layer[] {
    return [...this.experts, ...this.gates];
  }

  protected forward(ctx: CallContext, x: Output): { representations: Output[]; gates: Output[] } {
    const experts = runExperts(ctx, this.name, this.experts, x);
    const gates = this.gates.map((gate) => runGate(ctx, this.name, gate, x, this.experts.length));
    const mixed = gates.map((gate) => mix(gate, experts));
    // OMoE: every task reads the one mixture.
    return { representations: this.sharedGate ? this.tasks.map(() => mixed[0]) : mixed, gates };
  }
}

/**
 * MMoE: `experts` shared experts and one softmax gate per task. Variables:
 * "<name>/expert_<e>/dense[_i]/{kernel,bias}" and "<name>/gate_<task>/kernel".
 *
 *   const reps = mtl.architectures.mmoe({ tasks: ['ctr', 'cvr'], experts: 8, expertUnits: [16] }).apply(x);
 */
export function mmoe(options: MMoEOptions): Architecture<MixtureOfExperts> {
  return new Architecture(new MixtureOfExperts('mmoe', options));
}
