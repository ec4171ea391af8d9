// Models described once, as data, and built from that description by hydra-tf here and by
// Keras in keras_parity.py: same layer kinds, names and hyper-parameters on both sides.
import { Graph, Session, Tensor, nn, ops, train } from '../../lib';
import type { HostTensor } from '../../lib/data';

type LayerFactories = typeof nn.layers;
export type LayerKind = Exclude<keyof LayerFactories, 'input' | 'sequential'>;

export interface LayerSpec {
  /** Also the Keras layer name, so weights are "<name>/kernel" on both sides. */
  name: string;
  kind: LayerKind;
  /** Model input names or earlier layer names. */
  inputs: string[];
  /** hydra-tf's options; a regularizer is { l2: factor } or { l1: factor }. */
  options?: Record<string, unknown>;
}

export interface ModelSpec {
  inputs: Record<string, { shape: number[]; dtype?: 'float32' | 'int32' }>;
  layers: LayerSpec[];
  /** Output name → layer name. */
  outputs: Record<string, string>;
}

function hydraOptions(options: Record<string, unknown> = {}): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (key === 'layer') {
      // A wrapped layer (bidirectional): { kind, name, options }, built the same way.
      const inner = value as { kind: LayerKind; name: string; options?: Record<string, unknown> };
      result[key] = (nn.layers[inner.kind] as (options: Record<string, unknown>) => nn.Layer)({
        ...hydraOptions(inner.options),
        name: inner.name,
      });
    } else if (key.endsWith('Regularizer')) {
      const { l1, l2 } = value as { l1?: number; l2?: number };
      result[key] = l2 !== undefined ? nn.regularizers.l2(l2) : nn.regularizers.l1(l1 as number);
    } else {
      result[key] = value;
    }
  }
  return result;
}

/** hydra-tf's model for a spec. */
export function hydraModel(spec: ModelSpec): nn.Model {
  const tensors = new Map<string, nn.SymbolicTensor>();
  const inputs: Record<string, nn.SymbolicTensor> = {};
  for (const [name, info] of Object.entries(spec.inputs)) {
    inputs[name] = nn.input({ name, shape: info.shape, dtype: info.dtype ?? 'float32' });
    tensors.set(name, inputs[name]);
  }
  for (const layer of spec.layers) {
    const make = nn.layers[layer.kind] as (options: Record<string, unknown>) => nn.Layer;
    const args = layer.inputs.map((name) => {
      const tensor = tensors.get(name);
      if (!tensor) throw new Error(`parity model: layer "${layer.name}" takes "${name}", which is neither an input nor an earlier layer`);
      return tensor;
    });
    const results = make({ ...hydraOptions(layer.options), name: layer.name }).apply(args.length === 1 ? args[0] : args, {
      multiOutput: true,
    });
    // A layer with several outputs: "<name>" is the first, "<name>#i" the others (as keras_parity.py names them).
    results.forEach((result, i) => tensors.set(i === 0 ? layer.name : `${layer.name}#${i}`, result));
  }
  const outputs = Object.fromEntries(Object.entries(spec.outputs).map(([key, name]) => [key, tensors.get(name)!]));
  return nn.model({ inputs, outputs });
}

export interface LossSpec {
  kind: 'meanSquaredError' | 'sparseCategoricalCrossentropy' | 'categoricalCrossentropy' | 'binaryCrossentropy';
  fromLogits?: boolean;
}

export function hydraLoss(spec: LossSpec): train.losses.Loss {
  if (spec.kind === 'meanSquaredError') return train.losses.meanSquaredError();
  return train.losses[spec.kind]({ fromLogits: spec.fromLogits ?? false });
}

export interface OptimizerSpec {
  kind: 'sgd' | 'adam';
  /** hydra-tf's option names; absent: both libraries' defaults. */
  options?: { learningRate?: number; momentum?: number; beta1?: number; beta2?: number; epsilon?: number };
}

export function hydraOptimizer(spec: OptimizerSpec): train.optimizers.Optimizer {
  return spec.kind === 'sgd' ? train.optimizers.sgd(spec.options) : train.optimizers.adam(spec.options);
}

function toTensor(host: HostTensor): Tensor {
  return Tensor.from(host.data as Float32Array, { dtype: host.dtype, shape: host.shape });
}

/**
 * Builds `model` into a fresh graph (inference or training behaviour), gives its weights the
 * values `weightsFor` returns (by variable), and runs it once on `inputs`. With `training`, the
 * layers' update ops (batch-norm moving statistics) run in the same step. Returns the outputs
 * and every weight's value after the run.
 */
export async function runForward(
  model: nn.Model,
  inputs: Record<string, HostTensor>,
  options: { training: boolean; weightsFor: (variable: nn.Variable) => Float32Array },
): Promise<{ outputs: Record<string, Tensor>; weightsBefore: Map<string, Tensor>; weightsAfter: Map<string, Tensor> }> {
  const graph = new Graph();
  const state = nn.graphState(graph, 1);
  const placeholders = model.placeholders(graph);
  const built = model.build(graph, placeholders, { training: options.training });
  const variables = model.weights(graph);
  const slots = variables.map((v) => ops.placeholder(graph, { dtype: v.dtype, shape: v.shape }));
  const assigns = variables.map((v, i) => v.assign(slots[i]));
  // Default thread pools: TensorFlow sizes its process-wide pools from the first session a process
  // makes (jest runs every suite in one process on 2 cores), and the Keras reference runs with the
  // defaults: a session here with other thread counts would change the pools of every later suite.
  const session = new Session(graph);
  try {
    // (Layers without weights have nothing to initialize, assign or read: TensorFlow refuses empty runs.)
    if (variables.length) {
      await session.run(
        null,
        [],
        state.variables.map((v) => v.initializer),
      );
      await session.run(
        variables.map(
          (v, i) =>
            [slots[i], Tensor.from(options.weightsFor(v), { dtype: 'float32', shape: v.shape })] as [(typeof slots)[number], Tensor],
        ),
        [],
        assigns,
      );
    }
    const read = async () => {
      const values = variables.length
        ? await session.run(
            null,
            variables.map((v) => v.read()),
          )
        : [];
      return new Map(variables.map((v, i) => [v.name, values[i]]));
    };
    const weightsBefore = await read();
    const names = Object.keys(built);
    const results = await session.run(
      Object.entries(placeholders).map(([key, output]) => [output, toTensor(inputs[key])] as [typeof output, Tensor]),
      names.map((n) => built[n]),
      options.training ? state.updateOps : [],
    );
    const weightsAfter = await read();
    return { outputs: Object.fromEntries(names.map((n, i) => [n, results[i]])), weightsBefore, weightsAfter };
  } finally {
    await session.close();
  }
}
