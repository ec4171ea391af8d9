/**
 * Layers by class name, for configs: every built-in layer is registered here, architectures
 * register from lib/mtl, and users register their own layer classes with registerLayer.
 * `getLayer({ className, config })` rebuilds a layer from what `serializeLayer` wrote.
 */
import { invalidArgument } from '../../core';
import { Config, NameOrConfig, Serialized, checkJson, nameAndConfig } from '../config';
import { Layer } from '../layer';
import { AvgPool2D, Conv2D, GlobalAveragePooling2D, MaxPool2D } from './conv';
import { AvgPool1D, Conv1D, GlobalAveragePooling1D, GlobalMaxPooling1D, MaxPool1D } from './conv1d';
import { Bidirectional } from './bidirectional';
import { Dense } from './dense';
import { Dropout } from './dropout';
import { Embedding } from './embedding';
import { LSTM } from './lstm';
import { Add, Average, Maximum, Minimum, Multiply, Subtract } from './merge';
import { GRU, SimpleRNN } from './recurrent';
import { BatchNormalization, LayerNormalization } from './normalization';
import { Sequential } from './sequential';
import { MultiHeadAttention } from './attention';
import { TransformerEncoder } from './transformer';
import { Activation, Concatenate, Flatten, Reshape } from './shape';
import { CategoryEncoding, Discretization, Hashing, IntegerLookup, Normalization, StringLookup, TextVectorization } from './preprocessing';

/** Rebuilds a layer from its config (what its getConfig returned). */
export type LayerFactory = (config: Config) => Layer;

/** A layer class whose constructor takes its config (as every built-in layer's does). */
export type LayerClass = new (config: Config) => Layer;

const factories = new Map<string, LayerFactory>();

function isLayerClass(value: unknown): value is LayerClass {
  return typeof value === 'function' && value.prototype instanceof Layer;
}

/**
 * Registers a user-defined layer under `className` (its `className`, by default the JS class
 * name), so configs naming it can be rebuilt: give the class (called with the config) or a
 * factory `(config) => layer`. The layer's getConfig must return what the factory needs.
 */
export function registerLayer(className: string, factory: LayerFactory | LayerClass, options: { override?: boolean } = {}): void {
  if (typeof className !== 'string' || !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(className)) {
    throw invalidArgument(
      `registerLayer: className must be an identifier-like name (letters, digits, _ and .), got ${JSON.stringify(className)}`,
    );
  }
  if (typeof factory !== 'function')
    throw invalidArgument(`registerLayer("${className}"): give a layer class or a factory (config) => layer`);
  if (factories.has(className) && !options.override) {
    throw invalidArgument(`registerLayer: "${className}" is already registered (pass { override: true } to replace it)`);
  }
  const make: LayerFactory = isLayerClass(factory) ? (config) => new factory(config) : (factory as LayerFactory);
  factories.set(className, make);
}

/** The class names configs can use, sorted. */
export function registeredLayers(): string[] {
  return [...factories.keys()].sort();
}

/**
 * The layer family's lookup: a layer from `{ className, config }` (or a class name alone, for
 * layers without required options such as "Flatten"). Unknown class names are errors listing
 * the registered ones.
 */
export function getLayer(nameOrConfig: NameOrConfig | Layer): Layer {
  if (nameOrConfig instanceof Layer) return nameOrConfig;
  const { className, config } = nameAndConfig('layer', nameOrConfig, 'layers.get');
  const factory = factories.get(className);
  if (!factory) {
    throw invalidArgument(
      `unknown layer class "${className}" (registered: ${registeredLayers().join(', ')}); register user-defined layers with registerLayer(className, class)`,
    );
  }
  let layer: unknown;
  try {
    layer = factory(config);
  } catch (error) {
    const name = typeof config.name === 'string' ? ` "${config.name}"` : '';
    if (error instanceof Error) error.message = `layer${name} of class ${className}: ${error.message}`;
    throw error;
  }
  if (!(layer instanceof Layer))
    throw invalidArgument(`the factory registered for layer class "${className}" returned ${String(layer)}, not a layer`);
  return layer;
}

/** A layer's `{ className, config }` as plain JSON; refuses unregistered classes (here and in sublayers) and non-JSON configs. */
export function serializeLayer(layer: Layer): Serialized {
  if (!(layer instanceof Layer)) throw invalidArgument(`serializeLayer: not a layer (${String(layer)})`);
  // The config first: a layer that cannot have one (an imported graph) says why, before the registry.
  const config = layer.getConfig();
  const check = (l: Layer) => {
    if (!factories.has(l.className)) {
      throw invalidArgument(
        `layer "${l.name}" is of class "${l.className}", which is not registered: call registerLayer("${l.className}", ${l.constructor.name}) before saving or loading its config`,
      );
    }
    l.sublayers().forEach(check);
  };
  check(layer);
  if (config === null || typeof config !== 'object' || Array.isArray(config))
    throw invalidArgument(`layer "${layer.name}": getConfig() must return an object`);
  if (config.name !== layer.name)
    throw invalidArgument(
      `layer "${layer.name}": getConfig() must include the layer's name (got ${JSON.stringify(config.name)}); start from super.getConfig()`,
    );
  checkJson(config, `layer "${layer.name}" config`);
  // A copy: later changes to the layer or to the returned object stay apart (checkJson made it safe).
  return { className: layer.className, config: JSON.parse(JSON.stringify(config)) };
}

function builtin(className: string, factory: LayerFactory): void {
  factories.set(className, factory);
}

// Every built-in layer takes its config as its options; Sequential rebuilds its layers first.
builtin('Dense', (c) => new Dense(c as never));
builtin('Conv2D', (c) => new Conv2D(c as never));
builtin('MaxPool2D', (c) => new MaxPool2D(c));
builtin('AvgPool2D', (c) => new AvgPool2D(c));
builtin('GlobalAveragePooling2D', (c) => new GlobalAveragePooling2D(c));
builtin('Flatten', (c) => new Flatten(c));
builtin('Reshape', (c) => new Reshape(c as never));
builtin('Concatenate', (c) => new Concatenate(c));
builtin('Activation', (c) => new Activation(c as never));
builtin('Dropout', (c) => new Dropout(c as never));
builtin('BatchNormalization', (c) => new BatchNormalization(c));
builtin('LayerNormalization', (c) => new LayerNormalization(c));
builtin('Embedding', (c) => new Embedding(c as never));
builtin('LSTM', (c) => new LSTM(c as never));
builtin('Add', (c) => new Add(c));
builtin('Subtract', (c) => new Subtract(c));
builtin('Multiply', (c) => new Multiply(c));
builtin('Average', (c) => new Average(c));
builtin('Maximum', (c) => new Maximum(c));
builtin('Minimum', (c) => new Minimum(c));
builtin('Conv1D', (c) => new Conv1D(c as never));
builtin('MaxPool1D', (c) => new MaxPool1D(c));
builtin('AvgPool1D', (c) => new AvgPool1D(c));
builtin('GlobalAveragePooling1D', (c) => new GlobalAveragePooling1D(c));
builtin('GlobalMaxPooling1D', (c) => new GlobalMaxPooling1D(c));
builtin('SimpleRNN', (c) => new SimpleRNN(c as never));
builtin('GRU', (c) => new GRU(c as never));
builtin('Bidirectional', (c) => new Bidirectional(c as never));
builtin('MultiHeadAttention', (c) => new MultiHeadAttention(c as never));
builtin('TransformerEncoder', (c) => new TransformerEncoder(c as never));
builtin('Normalization', (c) => new Normalization(c as never));
builtin('Discretization', (c) => new Discretization(c as never));
builtin('CategoryEncoding', (c) => new CategoryEncoding(c as never));
builtin('StringLookup', (c) => new StringLookup(c as never));
builtin('IntegerLookup', (c) => new IntegerLookup(c as never));
builtin('Hashing', (c) => new Hashing(c as never));
builtin('TextVectorization', (c) => new TextVectorization(c as never));
builtin('Sequential', (c) => {
  const { layers, ...options } = c;
  if (!Array.isArray(layers)) throw invalidArgument('a Sequential config needs layers: [{ className, config }, ...]');
  return new Sequential(
    layers.map((entry) => getLayer(entry as NameOrConfig)),
    options,
  );
});
