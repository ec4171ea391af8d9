/**
 * Experts and gates, as the mixture-of-experts architectures (MMoE, OMoE, CGC, PLE) share them:
 * an expert is a small network on the input (by default a ReLU MLP, as in Ma et al. 2018), a
 * gate is a linear map to one logit per expert followed by a softmax, and a task's input is the
 * gate-weighted sum of the experts' outputs.
 */
import { Output, invalidArgument } from '../../core';
import * as ops from '../../ops';
import {
  CallContext,
  Config,
  Dense,
  Layer,
  NameOrConfig,
  Sequential,
  getLayer,
  serializeLayer,
  ActivationLike,
  getActivation,
  InitializerLike,
  activationConfig,
  initializerConfig,
  positiveInt,
} from '../../nn';
import { shapeText } from './architecture';

/** What an expert factory is told: the name to give the expert, its group (a task or "shared"), index and level. */
export interface ExpertSpec {
  /** E.g. "mmoe/expert_0", "cgc/expert_a_1", "ple/level_0/expert_shared_0". */
  name: string;
  /** "shared" for shared experts (MMoE, OMoE, and the shared experts of CGC and PLE), else the task. */
  group: string;
  /** Index within the group. */
  index: number;
  /** Extraction level (PLE); 0 elsewhere. */
  level: number;
}

/** What a gate factory is told: the name to give the gate, what it gates, and how many experts it weighs. */
export interface GateSpec {
  /** E.g. "mmoe/gate_a", "ple/level_0/gate_shared". */
  name: string;
  /** The task it serves, or "shared". */
  gate: string;
  /** The number of logits the gate must output. */
  experts: number;
  level: number;
}

/** Options every mixture-of-experts architecture takes for its experts and gates. */
export interface ExpertOptions {
  /** Units of each expert's dense layers (the last is the representation width), e.g. [32]. */
  expertUnits?: number[];
  /** Activation of every expert layer (default "relu", the MMoE paper's experts). */
  expertActivation?: ActivationLike;
  /** Initializer of the experts' kernels (default "glorotUniform"). */
  kernelInitializer?: InitializerLike;
  /** Initializer of the experts' biases (default "zeros"). */
  biasInitializer?: InitializerLike;
  /** A custom expert network (instead of expertUnits): called once per expert; must output the same shape for every expert. */
  expert?: (spec: ExpertSpec) => Layer;
  /** A custom gate network: called once per gate; must output [batch, spec.experts] logits (the softmax is added). */
  gate?: (spec: GateSpec) => Layer;
  /** Whether the default gate has a bias (default false: the papers' gates are softmax(W x)). */
  gateUseBias?: boolean;
  /** Initializer of the default gates' kernels (default "glorotUniform"). */
  gateKernelInitializer?: InitializerLike;
  /** Initializer of the default gates' biases (default "zeros"; needs gateUseBias). */
  gateBiasInitializer?: InitializerLike;
}

export const EXPERT_OPTIONS = [
  'expertUnits',
  'expertActivation',
  'kernelInitializer',
  'biasInitializer',
  'expert',
  'gate',
  'gateUseBias',
  'gateKernelInitializer',
  'gateBiasInitializer',
] as const;

/** Makes the experts and gates of one architecture from its options, after checking them. */
export class ExpertFactory {
  private readonly units: number[] | null;

  constructor(
    private readonly owner: string,
    private readonly options: ExpertOptions,
  ) {
    const { expertUnits, expert, gate } = options;
    if (expert !== undefined && typeof expert !== 'function')
      throw invalidArgument(`${owner}: expert must be a function ({ name, group, index, level }) => Layer`);
    if (gate !== undefined && typeof gate !== 'function')
      throw invalidArgument(`${owner}: gate must be a function ({ name, gate, experts, level }) => Layer`);
    const expertLayerOptions = (['expertActivation', 'kernelInitializer', 'biasInitializer'] as const).filter(
      (k) => options[k] !== undefined,
    );
    if (expert) {
      if (expertUnits !== undefined) throw invalidArgument(`${owner}: give expertUnits or an expert factory, not both`);
      if (expertLayerOptions.length)
        throw invalidArgument(
          `${owner}: ${expertLayerOptions.join(', ')} configure the default experts; with an expert factory, set them on the layers it makes`,
        );
      this.units = null;
    } else {
      if (!Array.isArray(expertUnits) || expertUnits.length === 0) {
        throw invalidArgument(
          `${owner}: expertUnits must be a non-empty array of layer sizes (e.g. [32]), or give an expert factory; got ${JSON.stringify(expertUnits)}`,
        );
      }
      this.units = expertUnits.map((u, i) => positiveInt(owner, `expertUnits[${i}]`, u));
      getActivation(options.expertActivation ?? 'relu', owner);
    }
    const gateLayerOptions = (['gateUseBias', 'gateKernelInitializer', 'gateBiasInitializer'] as const).filter(
      (k) => options[k] !== undefined,
    );
    if (gate && gateLayerOptions.length)
      throw invalidArgument(
        `${owner}: ${gateLayerOptions.join(', ')} configure the default gates; with a gate factory, set them on the layers it makes`,
      );
    if (options.gateBiasInitializer !== undefined && !options.gateUseBias)
      throw invalidArgument(`${owner}: gateBiasInitializer needs gateUseBias: true`);
  }

  expert(spec: ExpertSpec): Layer {
    if (this.options.expert) {
      const layer = this.options.expert(spec);
      if (!(layer instanceof Layer))
        throw invalidArgument(`${this.owner}: the expert factory returned ${String(layer)} for "${spec.name}", not a layer`);
      return layer;
    }
    // Keras-style numbering inside the expert: <expert>/dense, <expert>/dense_1, ...
    const layers = (this.units as number[]).map(
      (units, i) =>
        new Dense({
          name: `${spec.name}/dense${i === 0 ? '' : `_${i}`}`,
          units,
          activation: this.options.expertActivation ?? 'relu',
          kernelInitializer: this.options.kernelInitializer,
          biasInitializer: this.options.biasInitializer,
        }),
    );
    return new Sequential(layers, { name: spec.name });
  }

  gate(spec: GateSpec): Layer {
    if (this.options.gate) {
      const layer = this.options.gate(spec);
      if (!(layer instanceof Layer))
        throw invalidArgument(`${this.owner}: the gate factory returned ${String(layer)} for "${spec.name}", not a layer`);
      return layer;
    }
    return new Dense({
      name: spec.name,
      units: spec.experts,
      useBias: this.options.gateUseBias ?? false,
      kernelInitializer: this.options.gateKernelInitializer,
      biasInitializer: this.options.gateBiasInitializer,
    });
  }
}

/**
 * The expert and gate options of an architecture as config: the default experts' and gates'
 * options (defaults written out), or, where a factory made them, the layers it made.
 */
export function expertConfig(owner: string, options: ExpertOptions, experts: readonly Layer[], gates: readonly Layer[]): Config {
  const config: Config = {};
  if (options.expert) {
    config.expertLayers = experts.map(serializeLayer);
  } else {
    config.expertUnits = [...(options.expertUnits as number[])];
    config.expertActivation = activationConfig(owner, 'expertActivation', options.expertActivation, 'relu');
    config.kernelInitializer = initializerConfig(owner, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
    config.biasInitializer = initializerConfig(owner, 'biasInitializer', options.biasInitializer, 'zeros');
  }
  if (options.gate) {
    config.gateLayers = gates.map(serializeLayer);
  } else {
    config.gateUseBias = options.gateUseBias ?? false;
    config.gateKernelInitializer = initializerConfig(owner, 'gateKernelInitializer', options.gateKernelInitializer, 'glorotUniform');
    if (options.gateUseBias)
      config.gateBiasInitializer = initializerConfig(owner, 'gateBiasInitializer', options.gateBiasInitializer, 'zeros');
  }
  return config;
}

/** A factory handing out, by name, layers rebuilt from a config's list (what expertConfig wrote for factory-made layers). */
export function layersByName<S extends { name: string }>(owner: string, what: string, list: unknown): (spec: S) => Layer {
  if (!Array.isArray(list)) throw invalidArgument(`${owner}: ${what} must be an array of { className, config }`);
  const byName = new Map(list.map((entry) => getLayer(entry as NameOrConfig)).map((layer) => [layer.name, layer]));
  return (spec) => {
    const layer = byName.get(spec.name);
    if (!layer) throw invalidArgument(`${owner}: ${what} has no layer named "${spec.name}" (has: ${[...byName.keys()].join(', ')})`);
    return layer;
  };
}

/** The inverse of expertConfig: options with `expert`/`gate` factories for the listed layers. */
export function expertOptionsFromConfig(owner: string, config: Config): Config {
  const { expertLayers, gateLayers, ...options } = config;
  if (expertLayers !== undefined) options.expert = layersByName<ExpertSpec>(owner, 'expertLayers', expertLayers);
  if (gateLayers !== undefined) options.gate = layersByName<GateSpec>(owner, 'gateLayers', gateLayers);
  return options;
}

/** Builds each expert on its input; all must give one output of the same static shape. */
export function runExperts(ctx: CallContext, owner: string, experts: readonly Layer[], inputs: Output | readonly Output[]): Output[] {
  const outputs = experts.map((expert, i) => {
    const input = Array.isArray(inputs) ? (inputs as Output[])[i] : (inputs as Output);
    const out = expert.invoke(ctx, [input]);
    if (out.length !== 1) throw invalidArgument(`${owner}: expert "${expert.name}" has ${out.length} outputs, expected one`);
    return out[0];
  });
  const first = shapeText(outputs[0]);
  outputs.forEach((out, i) => {
    if (shapeText(out) !== first) {
      throw invalidArgument(
        `${owner}: experts must output the same shape to be mixed, but "${experts[0].name}" gives ${first} and "${experts[i].name}" gives ${shapeText(out)}`,
      );
    }
    if (out.shape === null || out.shape.length < 2)
      throw invalidArgument(`${owner}: expert "${experts[i].name}" outputs ${shapeText(out)}, expected [batch, ...]`);
  });
  return outputs;
}

/** The gate's softmax weights over `experts` experts: [batch, experts]. */
export function runGate(ctx: CallContext, owner: string, gate: Layer, x: Output, experts: number): Output {
  const out = gate.invoke(ctx, [x]);
  if (out.length !== 1) throw invalidArgument(`${owner}: gate "${gate.name}" has ${out.length} outputs, expected one`);
  const shape = out[0].shape;
  if (shape === null || shape.length !== 2 || shape[1] !== experts) {
    throw invalidArgument(
      `${owner}: gate "${gate.name}" outputs ${shapeText(out[0])}, expected [batch, ${experts}] (one logit per expert` +
        (shape !== null && shape.length > 2
          ? '; the default gate is a dense layer on the last axis, so a rank-2 input is needed, or give a gate factory that flattens'
          : '') +
        ')',
    );
  }
  return ctx.graph.withNameScope(gate.name.split('/').pop() as string, () => ops.softmax(out[0]));
}

/** Σ_e gate[:, e] · experts[e]: the gate-weighted sum of same-shaped expert outputs. */
export function mix(gate: Output, experts: readonly Output[]): Output {
  const graph = gate.graph;
  return graph.withNameScope('mix', () => {
    const stacked = ops.pack([...experts], { axis: 1 }); // [batch, experts, ...]
    let weights = gate; // [batch, experts] → [batch, experts, 1, ...] to broadcast over the expert's own axes
    for (let i = 2; i < (stacked.shape as number[]).length; i++) weights = ops.expandDims(weights, ops.constant(graph, -1, 'int32'));
    return ops.reduceSum(ops.mul(stacked, weights), 1);
  });
}
