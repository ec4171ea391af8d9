/** lib/nn: variables, initializers, regularizers, activations, layers and the functional model. */
import { Dense, DenseOptions } from './layers/dense';
import { AvgPool2D, Conv2D, Conv2DOptions, GlobalAveragePooling2D, MaxPool2D, Pool2DOptions } from './layers/conv';
import { Activation, ActivationLayerOptions, Concatenate, ConcatenateOptions, Flatten, Reshape, ReshapeOptions } from './layers/shape';
import { Dropout, DropoutOptions } from './layers/dropout';
import { BatchNormalization, BatchNormalizationOptions, LayerNormalization, LayerNormalizationOptions } from './layers/normalization';
import { Embedding, EmbeddingOptions } from './layers/embedding';
import { LSTM, LSTMOptions } from './layers/lstm';
import { Sequential } from './layers/sequential';
import { Layer, LayerOptions } from './layer';
import { input } from './model';
import { getLayer } from './layers/registry';

export { Variable, GraphState, graphState } from './variable';
export { Layer, SymbolicTensor, LayerNode } from './layer';
export type { CallContext, LayerOptions } from './layer';
export { Model, model, input } from './model';
export type { ModelConfig, InputOptions } from './model';
export * as initializers from './initializers';
export * as regularizers from './regularizers';
export * as activations from './activations';
export { Dense, Conv2D, MaxPool2D, AvgPool2D, GlobalAveragePooling2D, Flatten, Reshape, Concatenate, Activation, Dropout, BatchNormalization, LayerNormalization, Embedding, LSTM, Sequential };
export { orthogonal } from './layers/lstm';
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
  sequential: (list: Layer[], options?: LayerOptions) => new Sequential(list, options),
  /** A layer from { className, config } (see registerLayer for user-defined classes). */
  get: getLayer,
};

/**
 * Loads a functional model that trainer.save wrote, compiled and with its training state
 * restored (train.load, offered here beside nn.model where users look for it). lib/nn sits below
 * lib/train, so the trainer is required when this is called, never imported by lib/nn.
 */
export async function load(dir: string): Promise<import('../train/trainer').Trainer> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const trainer = require('../train/trainer') as typeof import('../train/trainer');
  return trainer.load(dir);
}
