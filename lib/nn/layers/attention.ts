/**
 * MultiHeadAttention as Keras 3 computes it (keras.layers.MultiHeadAttention on TensorFlow):
 * query, key and value are projected by einsum kernels of shape [features, heads, keyDim]
 * (Keras's EinsumDense "query", "key", "value"), attention runs over `attentionAxes`, and an
 * "attention_output" kernel [heads, valueDim, ...outputShape] projects back. The weights are
 * named "<layer>/query/kernel", "<layer>/query/bias", ... so Keras weights load one to one.
 *
 * Inputs, positional (the functional API records inputs, not keyword arguments):
 *   [query, value]                   key = value
 *   [query, value, key]
 *   [query, value, key, attentionMask]  (for a mask without a separate key, pass value twice)
 * attentionMask is [B, T, S] (or any shape that broadcasts against the scores after Keras's
 * expansion at the heads axis), boolean or numeric (non-zero attends). Keras's `use_causal_mask`
 * and `return_attention_scores` are call arguments there; here they are layer options, so a
 * saved config reproduces the call.
 *
 * Keras 3.15 has two code paths, and they differ where a query row has every key masked: with a
 * rank-3 query, no dropout and no returned scores it runs the fused dot_product_attention (the
 * masked row attends uniformly), otherwise its Softmax layer (the masked row's weights are zero).
 * Both are reproduced, path for path, so outputs agree in either case.
 */
import { DType, Output, invalidArgument, formatShape } from '../../core';
import * as ops from '../../ops';
import { InitializerLike } from '../initializers';
import { CallContext, Layer, LayerOptions, knownShape } from '../layer';
import { Config } from '../config';
import { castFloating } from '../dtype-policy';
import { checkOptions, initializerConfig, kernelBiasWeights, positiveInt, regularizerConfig } from '../options';
import { RegularizerLike } from '../regularizers';
import { Dropout } from './dropout';

export interface MultiHeadAttentionOptions extends LayerOptions {
  numHeads: number;
  /** Size of each head for query and key. */
  keyDim: number;
  /** Size of each head for value (default keyDim). */
  valueDim?: number;
  /** Dropout rate on the attention weights (training only). */
  dropout?: number;
  useBias?: boolean;
  /** Trailing shape of the output (default: the query's last dimension). */
  outputShape?: number | number[];
  /** Axes of the query (batch = 0) attention runs over; default all but the batch and the features. */
  attentionAxes?: number | number[];
  /** Each query position attends only to key positions at or before it (Keras's use_causal_mask). */
  useCausalMask?: boolean;
  /** Output [output, scores] (apply with { multiOutput: true }); scores [B, heads, T, S]. */
  returnAttentionScores?: boolean;
  kernelInitializer?: InitializerLike;
  biasInitializer?: InitializerLike;
  kernelRegularizer?: RegularizerLike;
  biasRegularizer?: RegularizerLike;
  /** Seed of the attention dropout. */
  seed?: number;
}

const KNOWN = [
  'numHeads',
  'keyDim',
  'valueDim',
  'dropout',
  'useBias',
  'outputShape',
  'attentionAxes',
  'useCausalMask',
  'returnAttentionScores',
  'kernelInitializer',
  'biasInitializer',
  'kernelRegularizer',
  'biasRegularizer',
  'seed',
];

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const FLOATS = new Set<DType>(['float32', 'bfloat16', 'float16']);

/** Einsum equation of a projection: `free` kept axes, `bound` contracted ones, `output` new ones. */
function projectionEquation(free: number, bound: number, output: number): string {
  const kept = LETTERS.slice(0, free);
  const contracted = LETTERS.slice(free, free + bound);
  const made = LETTERS.slice(free + bound, free + bound + output);
  return `${kept}${contracted},${contracted}${made}->${kept}${made}`;
}

/**
 * The two attention einsums for projected tensors of rank `rank` ([B, ..., heads, channels]):
 * scores = (key, query) → [batch axes (heads included), query attention axes, key attention axes],
 * and output = (scores, value) → the query's layout.
 */
function attentionEquations(rank: number, axes: number[]): { product: string; combine: string; scoresRank: number } {
  const target = LETTERS.slice(0, rank);
  const batchAxes = Array.from({ length: rank }, (_, i) => i).filter((i) => !axes.includes(i) && i !== rank - 1);
  let next = rank;
  const source = [...target].map((letter, i) => (axes.includes(i) ? LETTERS[next++] : letter)).join('');
  const scores = [...batchAxes.map((i) => target[i]), ...axes.map((i) => target[i]), ...axes.map((i) => source[i])].join('');
  return { product: `${source},${target}->${scores}`, combine: `${scores},${source}->${target}`, scoresRank: scores.length };
}

export class MultiHeadAttention extends Layer {
  readonly numHeads: number;
  readonly keyDim: number;
  readonly valueDim: number;
  readonly dropoutRate: number;
  private readonly options: MultiHeadAttentionOptions;
  private readonly dropoutLayer: Dropout | null;

  constructor(options: MultiHeadAttentionOptions) {
    checkOptions('multiHeadAttention', options, KNOWN);
    super(options, 'multi_head_attention');
    const kind = `multiHeadAttention "${this.name}"`;
    this.numHeads = positiveInt(kind, 'numHeads', options?.numHeads);
    this.keyDim = positiveInt(kind, 'keyDim', options.keyDim);
    this.valueDim =
      options.valueDim === undefined || options.valueDim === null ? this.keyDim : positiveInt(kind, 'valueDim', options.valueDim);
    const rate = options.dropout ?? 0;
    if (typeof rate !== 'number' || !(rate >= 0 && rate < 1))
      throw invalidArgument(`${kind}: dropout must be in [0, 1), got ${JSON.stringify(options.dropout)}`);
    this.dropoutRate = rate;
    const shape = options.outputShape;
    if (shape !== undefined && shape !== null) {
      const list = Array.isArray(shape) ? shape : [shape];
      if (list.length === 0) throw invalidArgument(`${kind}: outputShape must be a positive integer or a non-empty list of them`);
      list.forEach((d) => positiveInt(kind, 'outputShape', d));
    }
    const axes = options.attentionAxes;
    if (axes !== undefined && axes !== null) {
      const list = Array.isArray(axes) ? axes : [axes];
      if (list.length === 0 || list.some((a) => !Number.isInteger(a)))
        throw invalidArgument(`${kind}: attentionAxes must be an integer or a non-empty list of integers, got ${JSON.stringify(axes)}`);
    }
    this.options = options;
    this.dropoutLayer = rate > 0 ? new Dropout({ rate, seed: options.seed, name: `${this.name}/dropout` }) : null;
    this.dropoutLayer?.inheritPolicy(this.dtypePolicy);
  }

  override getConfig(): Config {
    const o = this.options;
    const list = (v: number | number[] | undefined) => (v === undefined || v === null ? null : Array.isArray(v) ? [...v] : [v]);
    const config: Config = {
      ...super.getConfig(),
      numHeads: this.numHeads,
      keyDim: this.keyDim,
      valueDim: this.valueDim,
      dropout: this.dropoutRate,
      useBias: o.useBias ?? true,
      outputShape: list(o.outputShape),
      attentionAxes: list(o.attentionAxes),
      useCausalMask: o.useCausalMask ?? false,
      returnAttentionScores: o.returnAttentionScores ?? false,
      kernelInitializer: initializerConfig(this.name, 'kernelInitializer', o.kernelInitializer, 'glorotUniform'),
      biasInitializer: initializerConfig(this.name, 'biasInitializer', o.biasInitializer, 'zeros'),
      kernelRegularizer: regularizerConfig(this.name, 'kernelRegularizer', o.kernelRegularizer),
      biasRegularizer: regularizerConfig(this.name, 'biasRegularizer', o.biasRegularizer),
    };
    if (o.seed !== undefined) config.seed = o.seed;
    return config;
  }

  override sublayers(): Layer[] {
    return this.dropoutLayer ? [this.dropoutLayer] : [];
  }

  protected override expectedInputs(): number | undefined {
    return undefined;
  }

  private outputTrailing(queryShape: number[]): number[] {
    const given = this.options.outputShape;
    if (given === undefined || given === null) return [queryShape[queryShape.length - 1]];
    return Array.isArray(given) ? [...given] : [given];
  }

  /** Attention axes of the projected tensors (rank = query rank + 1), as Keras resolves them. */
  private attentionAxes(projectedRank: number): number[] {
    const given = this.options.attentionAxes;
    if (given === undefined || given === null) return Array.from({ length: projectedRank - 3 }, (_, i) => i + 1);
    const axes = (Array.isArray(given) ? given : [given]).map((a) => (a >= 0 ? a : projectedRank - 1 + a));
    for (const a of axes) {
      if (a < 1 || a > projectedRank - 3)
        throw invalidArgument(
          `layer "${this.name}": attentionAxes ${JSON.stringify(given)} must name axes of the query between the batch axis and the features (1..${projectedRank - 3})`,
        );
    }
    return axes;
  }

  private checkShapes(shapes: Array<number[] | null>): { query: number[]; value: number[]; key: number[] } {
    if (shapes.length < 2 || shapes.length > 4) {
      throw invalidArgument(
        `layer "${this.name}" (MultiHeadAttention) takes [query, value], [query, value, key] or [query, value, key, attentionMask], got ${shapes.length} input(s)`,
      );
    }
    const show = (s: number[]) => formatShape(s);
    const query = knownShape(this.name, shapes[0], 'query');
    const value = knownShape(this.name, shapes[1], 'value');
    const key = knownShape(this.name, shapes[2] ?? shapes[1], 'key');
    if (query.length < 3)
      throw invalidArgument(`layer "${this.name}": the query must be at least [batch, positions, features], got ${show(query)}`);
    for (const [what, shape] of [
      ['query', query],
      ['value', value],
      ['key', key],
    ] as const) {
      if (shape[shape.length - 1] < 0)
        throw invalidArgument(`layer "${this.name}": the last dimension of the ${what} must be known, got ${show(shape)}`);
    }
    if (value.length !== query.length || key.length !== query.length) {
      throw invalidArgument(
        `layer "${this.name}": query ${show(query)}, value ${show(value)} and key ${show(key)} must have the same rank`,
      );
    }
    const sameInner = value.slice(1, -1).every((d, i) => d < 0 || key[i + 1] < 0 || d === key[i + 1]);
    if (!sameInner)
      throw invalidArgument(`layer "${this.name}": value ${show(value)} and key ${show(key)} must agree on every dimension but the last`);
    return { query, value, key };
  }

  protected override build(ctx: CallContext, shapes: Array<number[] | null>): void {
    const { query, value, key } = this.checkShapes(shapes);
    const last = (s: number[]) => s[s.length - 1];
    const { kernel, bias } = kernelBiasWeights(this.options);
    const projection = (name: string, features: number, headSize: number) => {
      this.addWeight(ctx, `${name}/kernel`, [features, this.numHeads, headSize], kernel);
      if (bias) this.addWeight(ctx, `${name}/bias`, [this.numHeads, headSize], bias);
    };
    projection('query', last(query), this.keyDim);
    projection('key', last(key), this.keyDim);
    projection('value', last(value), this.valueDim);
    const out = this.outputTrailing(query);
    this.addWeight(ctx, 'attention_output/kernel', [this.numHeads, this.valueDim, ...out], kernel);
    if (bias) this.addWeight(ctx, 'attention_output/bias', out, bias);
  }

  private project(ctx: CallContext, x: Output, name: string, equation: string): Output {
    const kernel = this.weight(ctx.graph, `${name}/kernel`)!;
    const bias = this.weight(ctx.graph, `${name}/bias`);
    const y = ops.einsum([x, kernel.read()], { equation });
    return bias ? ops.add(y, bias.read()) : y;
  }

  /** Lower-triangular [1, T, S] (query position t sees key positions s <= t), from the dynamic lengths. */
  private causalMask(ctx: CallContext, query: Output, value: Output): Output {
    const length = (x: Output) =>
      ops.stridedSlice(
        ops.shape(x, { outType: 'int32' }),
        ops.constant(ctx.graph, [1], 'int32'),
        ops.constant(ctx.graph, [2], 'int32'),
        ops.constant(ctx.graph, [1], 'int32'),
        { shrinkAxisMask: 1 },
      );
    const zero = ops.constant(ctx.graph, 0, 'int32');
    const one = ops.constant(ctx.graph, 1, 'int32');
    const rows = ops.expandDims(ops.range(zero, length(query), one), ops.constant(ctx.graph, 1, 'int32'));
    const columns = ops.expandDims(ops.range(zero, length(value), one), ops.constant(ctx.graph, 0, 'int32'));
    return ops.expandDims(ops.greaterEqual(rows, columns), ops.constant(ctx.graph, 0, 'int32'));
  }

  protected call(ctx: CallContext, inputs: Output[]): Output | Output[] {
    const shapes = this.checkShapes(inputs.map((x) => x.shape));
    // Under a mixed policy the layer's autocast has already brought the three to its compute dtype.
    const dtype = inputs[0].dtype;
    for (const x of inputs.slice(0, 3)) {
      if (!FLOATS.has(x.dtype) || x.dtype !== dtype)
        throw invalidArgument(
          `layer "${this.name}": query, value and key must share one floating dtype (float32, bfloat16 or float16), got ${inputs
            .slice(0, 3)
            .map((i) => i.dtype)
            .join(', ')}`,
        );
    }
    const [queryIn, valueIn] = inputs;
    const keyIn = inputs[2] ?? valueIn;
    const g = ctx.graph;
    const queryRank = shapes.query.length;
    const projectedRank = queryRank + 1;
    const axes = this.attentionAxes(projectedRank);
    const causal = this.options.useCausalMask ?? false;
    const returnScores = this.options.returnAttentionScores ?? false;
    if (causal && axes.length !== 1)
      throw invalidArgument(
        `layer "${this.name}": useCausalMask needs one attention axis (a [batch, positions, features] query), got axes ${JSON.stringify(axes)}`,
      );

    let mask: Output | null = null;
    if (inputs[3]) {
      const given = inputs[3];
      mask = given.dtype === 'bool' ? given : ops.notEqual(given, ops.constant(g, 0, given.dtype));
    }
    if (causal) {
      const causalMask = this.causalMask(ctx, queryIn, valueIn);
      mask = mask ? ops.logicalAnd(mask, causalMask) : causalMask;
    }

    const projection = projectionEquation(queryRank - 1, 1, 2);
    const query = this.project(ctx, queryIn, 'query', projection);
    const key = this.project(ctx, keyIn, 'key', projection);
    const value = this.project(ctx, valueIn, 'value', projection);
    const { product, combine, scoresRank } = attentionEquations(projectedRank, axes);
    const scale = 1 / Math.sqrt(this.keyDim);

    // Keras's masks broadcast from the heads axis: [B, T, S] becomes [B, 1, T, S].
    if (mask) {
      const maskRank = mask.shape?.length;
      if (maskRank === undefined) throw invalidArgument(`layer "${this.name}": the attention mask has unknown rank`);
      if (maskRank > scoresRank)
        throw invalidArgument(`layer "${this.name}": the attention mask has rank ${maskRank}, more than the scores' ${scoresRank}`);
      for (let i = maskRank; i < scoresRank; i++) mask = ops.expandDims(mask, ops.constant(g, -axes.length * 2 - 1, 'int32'));
    }

    const fused = projectedRank === 4 && this.dropoutRate === 0 && !returnScores;
    let weights: Output;
    if (fused) {
      // Keras's dot_product_attention: half-precision logits widened to float32, scaled, masked
      // to -0.7·float32 max, softmax in float32, the weights narrowed back to the compute dtype.
      const raw = ops.einsum([query, key], { equation: 'btnh,bsnh->bnts' });
      let logits = ops.mul(castFloating(raw, 'float32'), ops.constant(g, scale, 'float32'));
      if (mask) logits = ops.selectV2(mask, logits, ops.constant(g, 3.38953e38 * -0.7, 'float32'));
      weights = castFloating(ops.softmax(logits), dtype);
    } else {
      // Keras's Softmax-layer path, all in the compute dtype: scale the query, masked scores to
      // a large negative number (-3e4 in float16, whose largest is 65504; -1e9 otherwise),
      // masked weights zeroed.
      const scaled = ops.mul(query, ops.constant(g, scale, dtype));
      let scores = ops.einsum([key, scaled], { equation: product });
      if (mask) scores = ops.selectV2(mask, scores, ops.constant(g, dtype === 'float16' ? -3e4 : -1e9, dtype));
      const normAxes = Array.from({ length: axes.length }, (_, i) => scoresRank - axes.length + i);
      weights = normAxes.length === 1 ? ops.softmax(scores) : ops.exp(ops.sub(scores, ops.logSumExp(scores, normAxes, true)));
      if (mask) weights = ops.selectV2(mask, weights, ops.constant(g, 0, dtype));
    }
    const dropped = this.dropoutLayer ? this.dropoutLayer.invoke(ctx, [weights])[0] : weights;
    const attended = fused
      ? ops.einsum([dropped, value], { equation: 'bnts,bsnh->btnh' })
      : ops.einsum([dropped, value], { equation: combine });
    const out = this.outputTrailing(shapes.query);
    const output = this.project(ctx, attended, 'attention_output', projectionEquation(queryRank - 1, 2, out.length));
    return returnScores ? [output, weights] : output;
  }
}
