/**
 * Aligned multimodal examples: each example is one object holding every modality and label, so
 * the image, the text and the numbers of an example cannot drift apart the way parallel arrays
 * can. The pipeline checks every example (a missing modality is an error naming the example and
 * the modality), normalises each modality (images scaled to [0, 1]; numeric features standardised
 * with statistics of the training examples only, so evaluation data does not leak into them;
 * text tokenised to fixed-length ids) and yields one column per modality for lib/data.
 */
import { invalidArgument } from '../../core';
import { Dataset, fromArrays } from '../../data';
import { Vocabulary } from './vocabulary';

export type ModalitySpec =
  /** Pixels (any flat numeric array of prod(shape) values) scaled by 1 / maxValue (default 255). */
  | { kind: 'image'; shape: number[]; maxValue?: number }
  /** A string, tokenised to `length` ids. */
  | { kind: 'text'; vocabulary: Vocabulary; length: number }
  /** `size` numbers, standardised per feature with the training mean and standard deviation. */
  | { kind: 'numeric'; size: number };

export interface MultimodalOptions {
  modalities: Record<string, ModalitySpec>;
  /** Label keys and their dtypes (int32: class ids; float32: targets, 0/1 flags). */
  labels?: Record<string, 'int32' | 'float32'>;
}

export interface Standardisation {
  mean: Float64Array;
  std: Float64Array;
}

type Example = Record<string, unknown>;

function size(shape: number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

function numbersOf(value: unknown, expected: number, where: string): ArrayLike<number> {
  const ok =
    (Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView))) &&
    (value as ArrayLike<number>).length === expected;
  if (!ok) {
    const got =
      Array.isArray(value) || ArrayBuffer.isView(value)
        ? `${(value as ArrayLike<number>).length} values`
        : value === null
          ? 'null'
          : typeof value;
    throw invalidArgument(`${where} must be an array of ${expected} numbers, got ${got}`);
  }
  return value as ArrayLike<number>;
}

export class MultimodalPipeline {
  private constructor(
    readonly options: MultimodalOptions,
    /** Per numeric modality, from the training examples. */
    readonly statistics: Record<string, Standardisation>,
  ) {}

  /** Checks the options and computes the numeric modalities' statistics from `training` examples. */
  static fit(training: Example[], options: MultimodalOptions): MultimodalPipeline {
    if (!options || typeof options.modalities !== 'object' || Object.keys(options.modalities).length === 0)
      throw invalidArgument('multimodal pipeline: options.modalities must name at least one modality');
    for (const [name, spec] of Object.entries(options.modalities)) {
      if (spec.kind === 'image' && (!Array.isArray(spec.shape) || spec.shape.some((d) => !Number.isInteger(d) || d < 1)))
        throw invalidArgument(`multimodal pipeline: image modality "${name}" needs a shape of positive sizes`);
      else if (spec.kind === 'text' && (!(spec.vocabulary instanceof Vocabulary) || !Number.isInteger(spec.length) || spec.length < 1))
        throw invalidArgument(`multimodal pipeline: text modality "${name}" needs a Vocabulary and a positive length`);
      else if (spec.kind === 'numeric' && (!Number.isInteger(spec.size) || spec.size < 1))
        throw invalidArgument(`multimodal pipeline: numeric modality "${name}" needs a positive size`);
      else if (!['image', 'text', 'numeric'].includes((spec as { kind: string }).kind))
        throw invalidArgument(
          `multimodal pipeline: modality "${name}" has kind ${JSON.stringify((spec as { kind: unknown }).kind)}; expected "image", "text" or "numeric"`,
        );
    }
    const pipeline = new MultimodalPipeline(options, {});
    pipeline.check(training, 'training');
    if (training.length === 0) throw invalidArgument('multimodal pipeline: no training examples to fit on');
    for (const [name, spec] of Object.entries(options.modalities)) {
      if (spec.kind !== 'numeric') continue;
      const mean = new Float64Array(spec.size);
      const std = new Float64Array(spec.size);
      for (const example of training) Array.from(example[name] as ArrayLike<number>).forEach((v, j) => (mean[j] += v / training.length));
      for (const example of training)
        Array.from(example[name] as ArrayLike<number>).forEach((v, j) => (std[j] += (v - mean[j]) ** 2 / training.length));
      // A constant feature gets std 1: it standardises to 0 instead of NaN.
      for (let j = 0; j < spec.size; j++) std[j] = Math.sqrt(std[j]) || 1;
      pipeline.statistics[name] = { mean, std };
    }
    return pipeline;
  }

  /** Throws, naming the example index and the modality or label, if any example is incomplete or malformed. */
  check(examples: Example[], what = 'data'): void {
    if (!Array.isArray(examples)) throw invalidArgument(`multimodal ${what}: expected an array of examples (one object per example)`);
    const names = Object.keys(this.options.modalities);
    examples.forEach((example, i) => {
      if (!example || typeof example !== 'object')
        throw invalidArgument(
          `multimodal ${what}: example ${i} is ${example === null ? 'null' : typeof example}, not an object with ${names.join(', ')}`,
        );
      for (const [name, spec] of Object.entries(this.options.modalities)) {
        const value = example[name];
        if (value === undefined || value === null) {
          throw invalidArgument(
            `multimodal ${what}: example ${i} is missing modality "${name}" (${spec.kind}); every example needs ${names.map((n) => `"${n}"`).join(', ')}`,
          );
        }
        const where = `multimodal ${what}: example ${i}, modality "${name}" (${spec.kind})`;
        if (spec.kind === 'text' && typeof value !== 'string') throw invalidArgument(`${where} must be a string, got ${typeof value}`);
        if (spec.kind === 'image') numbersOf(value, size(spec.shape), where);
        if (spec.kind === 'numeric') numbersOf(value, spec.size, where);
      }
      for (const label of Object.keys(this.options.labels ?? {})) {
        if (typeof example[label] !== 'number' || !Number.isFinite(example[label]))
          throw invalidArgument(`multimodal ${what}: example ${i} has no numeric label "${label}" (got ${JSON.stringify(example[label])})`);
      }
    });
  }

  /** The examples as a Dataset of normalised, aligned columns: one per modality and label. */
  dataset(examples: Example[], what = 'data'): Dataset<Record<string, unknown>> {
    this.check(examples, what);
    if (examples.length === 0) throw invalidArgument(`multimodal ${what}: no examples`);
    const n = examples.length;
    const columns: Record<string, Float32Array | Int32Array> = {};
    const shapes: Record<string, number[]> = {};
    for (const [name, spec] of Object.entries(this.options.modalities)) {
      if (spec.kind === 'image') {
        const per = size(spec.shape);
        const scale = 1 / (spec.maxValue ?? 255);
        const column = new Float32Array(n * per);
        examples.forEach((e, i) => {
          const pixels = e[name] as ArrayLike<number>;
          for (let j = 0; j < per; j++) column[i * per + j] = pixels[j] * scale;
        });
        columns[name] = column;
        shapes[name] = spec.shape;
      } else if (spec.kind === 'text') {
        const column = new Int32Array(n * spec.length);
        examples.forEach((e, i) => column.set(spec.vocabulary.encode(e[name] as string, spec.length), i * spec.length));
        columns[name] = column;
        shapes[name] = [spec.length];
      } else {
        const { mean, std } = this.statistics[name];
        const column = new Float32Array(n * spec.size);
        examples.forEach((e, i) =>
          Array.from(e[name] as ArrayLike<number>).forEach((v, j) => (column[i * spec.size + j] = (v - mean[j]) / std[j])),
        );
        columns[name] = column;
        shapes[name] = [spec.size];
      }
    }
    for (const [label, dtype] of Object.entries(this.options.labels ?? {})) {
      columns[label] =
        dtype === 'int32' ? Int32Array.from(examples, (e) => e[label] as number) : Float32Array.from(examples, (e) => e[label] as number);
    }
    return fromArrays(columns, { shapes }) as unknown as Dataset<Record<string, unknown>>;
  }
}
