/** lib/nn: variables, initializers, regularizers, activations, layers and the functional model. */
import { Dense, DenseOptions } from './layers/dense';
import { AvgPool2D, Conv2D, Conv2DOptions, GlobalAveragePooling2D, MaxPool2D, Pool2DOptions } from './layers/conv';
import { Activation, ActivationLayerOptions, Concatenate, ConcatenateOptions, Flatten, Reshape, ReshapeOptions } from './layers/shape';
import { Dropout, DropoutOptions } from './layers/dropout';
import { BatchNormalization, BatchNormalizationOptions, LayerNormalization, LayerNormalizationOptions } from './layers/normalization';
import { Embedding, EmbeddingOptions } from './layers/embedding';
import { LSTM, LSTMOptions } from './layers/lstm';
import { Add, Average, Maximum, Minimum, Multiply, Subtract } from './layers/merge';
import { AvgPool1D, Conv1D, Conv1DOptions, GlobalAveragePooling1D, GlobalMaxPooling1D, MaxPool1D, Pool1DOptions } from './layers/conv1d';
import { GRU, GRUOptions, RecurrentOptions, SimpleRNN } from './layers/recurrent';
import { Bidirectional, BidirectionalOptions } from './layers/bidirectional';
import { Sequential } from './layers/sequential';
import { MultiHeadAttention, MultiHeadAttentionOptions } from './layers/attention';
import { TransformerEncoder, TransformerEncoderOptions } from './layers/transformer';
import {
  CategoryEncoding,
  CategoryEncodingOptions,
  Discretization,
  DiscretizationOptions,
  Hashing,
  HashingOptions,
  IntegerLookup,
  IntegerLookupOptions,
  Normalization,
  NormalizationOptions,
  StringLookup,
  StringLookupOptions,
  TextVectorization,
  TextVectorizationOptions,
} from './layers/preprocessing';
import { Layer, LayerOptions } from './layer';
import { input } from './model';
import { getLayer } from './layers/registry';
import { failedPrecondition } from '../core';

export { Variable, GraphState, graphState } from './variable';
export { Layer, SymbolicTensor, LayerNode } from './layer';
export type { CallContext, LayerOptions } from './layer';
export { Model, model, input } from './model';
export { summarize, summaryText, formatBytes } from './summary';
export type { ModelSummary, LayerRow, ParamCounts } from './summary';
export type { ModelConfig, InputOptions } from './model';
export * as initializers from './initializers';
export * as regularizers from './regularizers';
export * as activations from './activations';
export * as pruning from './pruning';
export * as mixedPrecision from './dtype-policy';
export type { DTypePolicy, DTypePolicyName, DTypePolicyLike } from './dtype-policy';
export {
  Dense,
  Conv2D,
  MaxPool2D,
  AvgPool2D,
  GlobalAveragePooling2D,
  Flatten,
  Reshape,
  Concatenate,
  Activation,
  Dropout,
  BatchNormalization,
  LayerNormalization,
  Embedding,
  LSTM,
  Sequential,
};
export {
  Add,
  Subtract,
  Multiply,
  Average,
  Maximum,
  Minimum,
  Conv1D,
  MaxPool1D,
  AvgPool1D,
  GlobalAveragePooling1D,
  GlobalMaxPooling1D,
  SimpleRNN,
  GRU,
  Bidirectional,
};
export type { Conv1DOptions, Pool1DOptions, RecurrentOptions, GRUOptions, BidirectionalOptions };
export { MultiHeadAttention, TransformerEncoder };
export type { MultiHeadAttentionOptions, TransformerEncoderOptions };
export { orthogonal } from './layers/lstm';
export {
  PreprocessingLayer,
  Normalization,
  Discretization,
  CategoryEncoding,
  StringLookup,
  IntegerLookup,
  Hashing,
  TextVectorization,
} from './layers/preprocessing';
export type {
  NormalizationOptions,
  DiscretizationOptions,
  CategoryEncodingOptions,
  StringLookupOptions,
  IntegerLookupOptions,
  HashingOptions,
  TextVectorizationOptions,
  AdaptData,
} from './layers/preprocessing';
export { registerLayer, getLayer, serializeLayer, registeredLayers } from './layers/registry';
export type { LayerFactory, LayerClass } from './layers/registry';
export { serializeModel, deserializeModel, serializeGraph, deserializeGraph, MODEL_FORMAT, MODEL_VERSION } from './serialization';
export type { ModelJSON, GraphJSON, InputJSON, NodeJSON, TensorRef } from './serialization';
export { isSerialized } from './config';
export type { Config, Serialized, NameOrConfig, JsonValue } from './config';

/** Layer factories, named as in Keras (camelCase). */
export const layers = {
  input,
  dense: (options: DenseOptions) => new Dense(options),
  conv2d: (options: Conv2DOptions) => new Conv2D(options),
  maxPool2d: (options?: Pool2DOptions) => new MaxPool2D(options),
  avgPool2d: (options?: Pool2DOptions) => new AvgPool2D(options),
  globalAveragePooling2d: (options?: LayerOptions) => new GlobalAveragePooling2D(options),
  flatten: (options?: LayerOptions) => new Flatten(options),
  reshape: (options: ReshapeOptions) => new Reshape(options),
  concatenate: (options?: ConcatenateOptions) => new Concatenate(options),
  activation: (options: ActivationLayerOptions) => new Activation(options),
  dropout: (options: DropoutOptions) => new Dropout(options),
  batchNormalization: (options?: BatchNormalizationOptions) => new BatchNormalization(options),
  layerNormalization: (options?: LayerNormalizationOptions) => new LayerNormalization(options),
  embedding: (options: EmbeddingOptions) => new Embedding(options),
  lstm: (options: LSTMOptions) => new LSTM(options),
  /** Merge layers: apply to an array of inputs of the same shape (Keras broadcasting of size-1 dimensions). */
  add: (options?: LayerOptions) => new Add(options),
  subtract: (options?: LayerOptions) => new Subtract(options),
  multiply: (options?: LayerOptions) => new Multiply(options),
  average: (options?: LayerOptions) => new Average(options),
  maximum: (options?: LayerOptions) => new Maximum(options),
  minimum: (options?: LayerOptions) => new Minimum(options),
  conv1d: (options: Conv1DOptions) => new Conv1D(options),
  maxPool1d: (options?: Pool1DOptions) => new MaxPool1D(options),
  avgPool1d: (options?: Pool1DOptions) => new AvgPool1D(options),
  globalAveragePooling1d: (options?: LayerOptions) => new GlobalAveragePooling1D(options),
  globalMaxPooling1d: (options?: LayerOptions) => new GlobalMaxPooling1D(options),
  simpleRnn: (options: RecurrentOptions) => new SimpleRNN(options),
  gru: (options: GRUOptions) => new GRU(options),
  /** A recurrent layer run forwards and backwards, merged ("concat" by default). */
  bidirectional: (options: BidirectionalOptions) => new Bidirectional(options),
  /** Keras's MultiHeadAttention: apply to [query, value], [query, value, key] or [query, value, key, attentionMask]. */
  multiHeadAttention: (options: MultiHeadAttentionOptions) => new MultiHeadAttention(options),
  /** Self-attention + feed-forward, each with a residual and layer normalization: apply to x or [x, attentionMask]. */
  transformerEncoder: (options: TransformerEncoderOptions) => new TransformerEncoder(options),
  sequential: (list: Layer[], options?: LayerOptions) => new Sequential(list, options),
  /** Preprocessing in the graph (Keras's layers): learn state with `await layer.adapt(data)` before building the model. */
  normalization: (options?: NormalizationOptions) => new Normalization(options),
  discretization: (options: DiscretizationOptions) => new Discretization(options),
  categoryEncoding: (options: CategoryEncodingOptions) => new CategoryEncoding(options),
  stringLookup: (options?: StringLookupOptions) => new StringLookup(options),
  integerLookup: (options?: IntegerLookupOptions) => new IntegerLookup(options),
  hashing: (options: HashingOptions) => new Hashing(options),
  textVectorization: (options?: TextVectorizationOptions) => new TextVectorization(options),
  /** A layer from { className, config } (see registerLayer for user-defined classes). */
  get: getLayer,
};

/**
 * What nn.load gives back: lib/train's Trainer. lib/nn sits below lib/train (DESIGN.md section 3),
 * so lib/train fills this interface in (module augmentation) rather than lib/nn naming its type.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by lib/train's augmentation
export interface LoadedModel {}

let modelLoader: ((dir: string) => Promise<LoadedModel>) | null = null;

/** Called once by lib/train as it loads: nn.load delegates to train.load without importing it. */
export function registerModelLoader(loader: (dir: string) => Promise<LoadedModel>): void {
  modelLoader = loader;
}

/**
 * Loads a functional model that trainer.save wrote, compiled and with its training state
 * restored (train.load, offered here beside nn.model where users look for it).
 */
export async function load(dir: string): Promise<LoadedModel> {
  if (!modelLoader)
    throw failedPrecondition('nn.load: lib/train is not loaded (import hydra-tf itself, or its train layer, before calling nn.load)');
  return modelLoader(dir);
}

// What the layers above build with (DESIGN.md section 3: a layer is entered through its index).
export { checkOptions, positiveInt, activationConfig, initializerConfig } from './options';
export { lookup, nameAndConfig, serializeObject, compact, checkJson } from './config';
export { checkFormat } from './serialization';
export { checkPruningWithoutJit } from './pruning/prune-model';
export { countParams, table, totalsText } from './summary';
export { getActivation } from './activations';
export type { ActivationLike } from './activations';
export { getInitializer } from './initializers';
export type { InitializerLike } from './initializers';
