/**
 * Discretization (Keras's): numbers → bucket ids by sorted bin boundaries (TensorFlow's Bucketize:
 * id i for boundaries[i−1] <= x < boundaries[i]), then optionally one_hot / multi_hot / count.
 * Boundaries are given, or learnt by `adapt` with `numBins` as Keras 3 learns them: its
 * approximate-quantile summary (sorted values sampled every n·epsilon, merged batch by batch,
 * compressed by interpolating cumulative weights), with the same float32 roundings, so adapting on
 * the same batches gives the same boundaries.
 */
import { Output, invalidArgument } from '../../../core';
import * as ops from '../../../ops';
import { Config } from '../../config';
import { CallContext, LayerOptions } from '../../layer';
import { checkOptions, positiveInt } from '../../options';
import { PreprocessingLayer } from './base';
import { AdaptData, adaptBatches, encodeCategorical, outputMode, requireNumbers, requireNumericInput } from './common';

const MODES = ['int', 'one_hot', 'multi_hot', 'count'] as const;
type Mode = (typeof MODES)[number];

export interface DiscretizationOptions extends LayerOptions {
  /** Sorted boundaries: n boundaries make n + 1 buckets. */
  binBoundaries?: number[];
  /** For adapt: the number of buckets to learn. */
  numBins?: number;
  /** Quantile error tolerance of adapt (Keras's default 0.01). */
  epsilon?: number;
  /** "int" (bucket ids, int32 as Keras; default), "one_hot", "multi_hot" or "count" (float32). */
  outputMode?: Mode;
}

/** A summary as Keras keeps it: values and weights, float32. */
interface Summary {
  values: number[];
  weights: number[];
}

/** np.interp(x, xp, fp) for increasing xp (clamped at both ends), in float64 as NumPy computes it. */
function interp(x: number, xp: number[], fp: number[]): number {
  const last = xp.length - 1;
  if (x > xp[last]) return fp[last];
  if (x < xp[0]) return fp[0];
  let lo = 0;
  let hi = last;
  // The largest j with xp[j] <= x.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (xp[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  const j = lo;
  if (j === last || xp[j] === x) return fp[j];
  const slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]);
  return slope * (x - xp[j]) + fp[j];
}

/** Keras's summarize: the sorted values every max(n·epsilon, 1) elements, each weighing that step. */
export function summarize(values: number[], epsilon: number): Summary {
  const sorted = Float64Array.from(values, Math.fround).sort();
  const step = Math.max(sorted.length / (1 / epsilon), 1);
  const start = Math.trunc(step - 1);
  const stride = Math.trunc(step);
  const picked: number[] = [];
  for (let i = start; i < sorted.length; i += stride) picked.push(sorted[i]);
  return { values: picked, weights: picked.map(() => Math.fround(step)) };
}

/** Keras's compress_summary: quantiles at epsilon, 2·epsilon, ..., 1 of the cumulative weights. */
export function compress(summary: Summary, epsilon: number): Summary {
  const n = summary.values.length;
  if (n * epsilon < 1) return summary;
  // np.arange(0, 1, epsilon): ceil(1 / epsilon) values i·epsilon.
  const count = Math.ceil(1 / epsilon);
  const percents = Array.from({ length: count }, (_, i) => epsilon + i * epsilon);
  // NumPy sums a float32 array in float32.
  const cumulative: number[] = [];
  let running = 0;
  for (const w of summary.weights) cumulative.push((running = Math.fround(running + w)));
  const total = cumulative[n - 1];
  const fractions = cumulative.map((c) => Math.fround(c / total));
  const values = percents.map((p) => interp(p, fractions, summary.values));
  const weights = percents.map((p) => interp(p, fractions, cumulative));
  const increments = weights.map((w, i) => w - (i === 0 ? 0 : weights[i - 1]));
  return { values: values.map(Math.fround), weights: increments.map(Math.fround) };
}

export function merge(a: Summary, b: Summary, epsilon: number): Summary {
  const order = [...a.values.map((v, i) => [v, a.weights[i]]), ...b.values.map((v, i) => [v, b.weights[i]])].sort((x, y) => x[0] - y[0]);
  return compress({ values: order.map((e) => e[0]), weights: order.map((e) => e[1]) }, epsilon);
}

export class Discretization extends PreprocessingLayer {
  private boundaries: number[] | null;
  readonly numBins: number | null;
  readonly epsilon: number;
  readonly outputMode: Mode;

  constructor(options: DiscretizationOptions = {}) {
    checkOptions('discretization', options, ['binBoundaries', 'numBins', 'epsilon', 'outputMode']);
    super(options, 'discretization');
    const where = `discretization "${this.name}"`;
    if (
      (options.binBoundaries === undefined || options.binBoundaries === null) ===
      (options.numBins === undefined || options.numBins === null)
    ) {
      // A config written after adapt has both: the boundaries win.
      if (options.binBoundaries === undefined || options.binBoundaries === null)
        throw invalidArgument(`${where}: give binBoundaries, or numBins and call adapt`);
    }
    this.numBins = options.numBins === undefined || options.numBins === null ? null : positiveInt(where, 'numBins', options.numBins);
    if (this.numBins !== null && this.numBins < 2) throw invalidArgument(`${where}: numBins must be at least 2`);
    this.epsilon = options.epsilon ?? 0.01;
    if (!(this.epsilon > 0 && this.epsilon < 1)) throw invalidArgument(`${where}: epsilon must be in (0, 1), got ${options.epsilon}`);
    this.outputMode = outputMode(where, options.outputMode, MODES, 'int');
    const given = options.binBoundaries ?? null;
    if (given !== null) {
      if (!Array.isArray(given) || given.some((b) => typeof b !== 'number' || !Number.isFinite(b)))
        throw invalidArgument(`${where}: binBoundaries must be an array of finite numbers`);
      if (given.some((b, i) => i > 0 && b < given[i - 1]))
        throw invalidArgument(`${where}: binBoundaries must be sorted ascending, got ${JSON.stringify(given)}`);
    }
    this.boundaries = given ? [...given] : null;
  }

  override getConfig(): Config {
    return {
      ...super.getConfig(),
      binBoundaries: this.boundaries ? [...this.boundaries] : null,
      numBins: this.numBins,
      epsilon: this.epsilon,
      outputMode: this.outputMode,
    };
  }

  /** The bucket boundaries (given or learnt; null before adapt). */
  get binBoundaries(): number[] | null {
    return this.boundaries ? [...this.boundaries] : null;
  }

  private get depth(): number {
    return this.boundaries ? this.boundaries.length + 1 : (this.numBins as number);
  }

  protected async learn(data: AdaptData): Promise<void> {
    if (this.numBins === null)
      throw invalidArgument(`discretization "${this.name}": adapt needs numBins (it was built with binBoundaries)`);
    let summary: Summary = { values: [], weights: [] };
    for await (const batch of adaptBatches(data, `discretization "${this.name}" adapt`)) {
      summary = merge(summarize(requireNumbers(batch, `discretization "${this.name}" adapt`), this.epsilon), summary, this.epsilon);
    }
    if (summary.values.length === 0) throw invalidArgument(`discretization "${this.name}" adapt: the data has no values`);
    this.boundaries = compress(summary, 1 / this.numBins).values.slice(0, -1);
  }

  protected call(ctx: CallContext, [input]: Output[]): Output {
    requireNumericInput(this.name, input);
    if (!this.boundaries) {
      if (!this.isProbe(ctx))
        throw invalidArgument(`layer "${this.name}": no bin boundaries; call adapt(data) or give binBoundaries before building the model`);
    } else {
      this.noteBuilt(ctx);
    }
    // Bucketize takes int32, int64, float32 and float64 (boundaries are float attributes).
    const x = ['int32', 'int64', 'float32', 'float64'].includes(input.dtype) ? input : ops.cast(input, 'float32');
    const ids = ops.bucketize(x, { boundaries: this.boundaries ?? [] });
    return this.outputMode === 'int' ? ids : encodeCategorical(this.name, ids, this.outputMode, this.depth);
  }
}
