/**
 * Normalization (Keras's): (x − mean) / max(√variance, 1e-7) per position of the kept `axis`
 * (default the last), or the inverse mean + x·max(√variance, 1e-7) with `invert`. The mean and
 * variance are given or learnt by `adapt` (population variance over every axis not kept,
 * combined across batches as Keras combines them); they are config values and graph constants.
 */
import { Output, invalidArgument, formatShape } from '../../../core';
import * as ops from '../../../ops';
import { Config } from '../../config';
import { CallContext, LayerOptions, knownShape } from '../../layer';
import { checkOptions } from '../../options';
import { PreprocessingLayer } from './base';
import { AdaptData, adaptBatches, requireNumbers, requireNumericInput } from './common';

/** Keras's backend.epsilon(): the floor of the standard deviation. */
const EPSILON = 1e-7;

export interface NormalizationOptions extends LayerOptions {
  /** Axes kept (one mean and variance per position along them); null: one mean for everything. Default -1. */
  axis?: number | number[] | null;
  /** A number, or one value per position of the kept axes (row-major), instead of adapt. */
  mean?: number | number[];
  variance?: number | number[];
  /** Maps normalized values back (mean + x·std). */
  invert?: boolean;
}

export class Normalization extends PreprocessingLayer {
  private readonly axis: number[];
  private mean: number[] | null;
  private variance: number[] | null;
  /** The kept dimensions the statistics were learnt for (null when given as scalars or not known yet). */
  private statisticsShape: number[] | null = null;
  readonly invert: boolean;

  constructor(options: NormalizationOptions = {}) {
    checkOptions('normalization', options, ['axis', 'mean', 'variance', 'invert']);
    super(options, 'normalization');
    const axis = options.axis === undefined ? -1 : options.axis;
    const list = axis === null ? [] : Array.isArray(axis) ? axis : [axis];
    if (list.some((a) => !Number.isInteger(a)))
      throw invalidArgument(
        `normalization "${this.name}": axis must be an integer, a list of integers or null, got ${JSON.stringify(options.axis)}`,
      );
    this.axis = list;
    this.invert = options.invert ?? false;
    if ((options.mean === undefined) !== (options.variance === undefined))
      throw invalidArgument(`normalization "${this.name}": give both mean and variance, or neither (and call adapt)`);
    const asList = (value: number | number[] | undefined, what: string): number[] | null => {
      if (value === undefined) return null;
      const values = typeof value === 'number' ? [value] : value;
      if (!Array.isArray(values) || values.length === 0 || values.some((v) => typeof v !== 'number' || !Number.isFinite(v))) {
        throw invalidArgument(`normalization "${this.name}": ${what} must be a finite number or a non-empty array of them`);
      }
      return [...values];
    };
    this.mean = asList(options.mean, 'mean');
    this.variance = asList(options.variance, 'variance');
    if (this.mean && this.variance && this.mean.length !== this.variance.length)
      throw invalidArgument(`normalization "${this.name}": mean has ${this.mean.length} values, variance ${this.variance.length}`);
    if (this.variance?.some((v) => v < 0)) throw invalidArgument(`normalization "${this.name}": variance must be >= 0`);
  }

  override getConfig(): Config {
    return {
      ...super.getConfig(),
      axis: this.axis.length === 0 ? null : this.axis.length === 1 ? this.axis[0] : [...this.axis],
      mean: this.mean ? [...this.mean] : null,
      variance: this.variance ? [...this.variance] : null,
      invert: this.invert,
    };
  }

  /** The learnt or given statistics (null before adapt). */
  get statistics(): { mean: number[]; variance: number[] } | null {
    return this.mean && this.variance ? { mean: [...this.mean], variance: [...this.variance] } : null;
  }

  private keptAxes(rank: number): number[] {
    const kept = this.axis.map((a) => (a < 0 ? a + rank : a));
    if (kept.some((a) => a < 0 || a >= rank))
      throw invalidArgument(`layer "${this.name}": axis ${JSON.stringify(this.axis)} is out of range for inputs of rank ${rank}`);
    return [...new Set(kept)].sort((a, b) => a - b);
  }

  protected async learn(data: AdaptData): Promise<void> {
    let count = 0;
    let mean: Float64Array | null = null;
    let variance: Float64Array | null = null;
    let keptShape: number[] | null = null;
    for await (const batch of adaptBatches(data, `normalization "${this.name}" adapt`)) {
      const values = requireNumbers(batch, `normalization "${this.name}" adapt`);
      const rank = batch.shape.length;
      const kept = this.keptAxes(rank);
      const shape = kept.map((a) => batch.shape[a]);
      if (keptShape && (keptShape.length !== shape.length || keptShape.some((d, i) => d !== shape[i]))) {
        throw invalidArgument(`normalization "${this.name}" adapt: batches differ in the kept axes ([${keptShape}] then [${shape}])`);
      }
      keptShape = shape;
      const positions = shape.reduce((a, b) => a * b, 1);
      const batchCount = values.length / positions;
      if (batchCount === 0) continue;
      // The kept position of each flat index (row-major), by strides over the kept axes.
      const strides = batch.shape.map((_, i) => batch.shape.slice(i + 1).reduce((a, b) => a * b, 1));
      const keptStrides = kept.map((_, j) => shape.slice(j + 1).reduce((a, b) => a * b, 1));
      const positionOf = (index: number) =>
        kept.reduce((p, axis, j) => p + (Math.floor(index / strides[axis]) % batch.shape[axis]) * keptStrides[j], 0);
      const sums = new Float64Array(positions);
      const where = new Int32Array(values.length);
      for (let i = 0; i < values.length; i++) {
        where[i] = positionOf(i);
        sums[where[i]] += values[i];
      }
      const batchMean = sums.map((s) => s / batchCount);
      const squares = new Float64Array(positions);
      for (let i = 0; i < values.length; i++) squares[where[i]] += (values[i] - batchMean[where[i]]) ** 2;
      const batchVariance = squares.map((s) => s / batchCount);
      if (!mean || !variance) {
        mean = batchMean;
        variance = batchVariance;
        count = batchCount;
        continue;
      }
      // Keras's combination of running statistics: weights by counts, variances shifted to the new mean.
      const total = count + batchCount;
      const batchWeight = batchCount / total;
      const existingWeight = 1 - batchWeight;
      for (let p = 0; p < positions; p++) {
        const next = mean[p] * existingWeight + batchMean[p] * batchWeight;
        variance[p] =
          (variance[p] + (mean[p] - next) ** 2) * existingWeight + (batchVariance[p] + (batchMean[p] - next) ** 2) * batchWeight;
        mean[p] = next;
      }
      count = total;
    }
    if (!mean || !variance || count === 0) throw invalidArgument(`normalization "${this.name}" adapt: the data has no examples`);
    this.mean = Array.from(mean, Math.fround);
    this.variance = Array.from(variance, Math.fround);
    this.statisticsShape = keptShape;
  }

  protected override build(_ctx: CallContext, [shape]: Array<number[] | null>): void {
    const known = knownShape(this.name, shape);
    const kept = this.keptAxes(known.length);
    if (kept.includes(0) && this.axis.length > 0)
      throw invalidArgument(`layer "${this.name}": axis ${JSON.stringify(this.axis)} keeps the batch axis`);
    if (kept.some((a) => known[a] < 0))
      throw invalidArgument(
        `layer "${this.name}": the kept axes ${JSON.stringify(this.axis)} must have known sizes, got input shape ${formatShape(known)}`,
      );
  }

  protected call(ctx: CallContext, [input]: Output[]): Output {
    requireNumericInput(this.name, input);
    const graph = ctx.graph;
    const rank = (input.shape as number[]).length;
    const kept = this.keptAxes(rank);
    const keptDims = kept.map((a) => (input.shape as number[])[a]);
    const positions = keptDims.reduce((a, b) => a * b, 1);
    if (!this.mean || !this.variance) {
      if (this.isProbe(ctx)) return ops.cast(input, 'float32');
      throw invalidArgument(
        `layer "${this.name}": no mean and variance; call adapt(data) or give mean and variance before building the model`,
      );
    }
    if (this.mean.length !== 1 && this.mean.length !== positions) {
      throw invalidArgument(
        `layer "${this.name}": ${this.mean.length} mean values do not fit the kept axes of shape [${keptDims}] (${positions} positions)${this.statisticsShape ? `; adapt saw [${this.statisticsShape}]` : ''}`,
      );
    }
    this.noteBuilt(ctx);
    const broadcast = Array.from({ length: rank }, (_, i) => (kept.includes(i) ? (input.shape as number[])[i] : 1));
    const shaped = (values: number[]) =>
      values.length === 1
        ? ops.constant(graph, values[0], 'float32')
        : ops.reshape(ops.constant(graph, values, 'float32'), ops.constant(graph, broadcast, 'int32'));
    const x = input.dtype === 'float32' ? input : ops.cast(input, 'float32');
    const mean = shaped(this.mean);
    const std = ops.maximum(ops.sqrt(shaped(this.variance)), ops.constant(graph, EPSILON, 'float32'));
    return this.invert ? ops.add(mean, ops.mul(x, std)) : ops.realDiv(ops.sub(x, mean), std);
  }
}
