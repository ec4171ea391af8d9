/**
 * A transformer encoder block: self-attention and a two-layer feed-forward network, each with a
 * residual connection and layer normalization (Vaswani et al. 2017; the TransformerBlock of
 * Keras's text-classification example, and keras_hub's TransformerEncoder with normalizeFirst).
 *
 *   post-norm (default): h = norm1(x + drop(attention(x, x)));  y = norm2(h + drop(ffn(h)))
 *   normalizeFirst:      h = x + drop(attention(norm1(x)));      y = h + drop(ffn(norm2(h)))
 *
 * ffn = dense(ffDim, activation) then dense(features). Inputs: [x] or [x, attentionMask]
 * (the mask as MultiHeadAttention takes it). Sublayers are "<block>/attention",
 * "<block>/attention_norm", "<block>/ffn_inner", "<block>/ffn_output", "<block>/output_norm",
 * so weights are "<block>/attention/query/kernel", "<block>/ffn_inner/kernel", ...
 */
import { Output, invalidArgument } from '../../core';
import * as ops from '../../ops';
import { ActivationLike, getActivation } from '../activations';
import { CallContext, Layer, LayerOptions, lastDim } from '../layer';
import { Config } from '../config';
import { activationConfig, checkOptions, positiveInt } from '../options';
import { MultiHeadAttention } from './attention';
import { Dense } from './dense';
import { Dropout } from './dropout';
import { LayerNormalization } from './normalization';

export interface TransformerEncoderOptions extends LayerOptions {
  numHeads: number;
  /** Size of each attention head (query and key; value too). */
  keyDim: number;
  /** Width of the feed-forward network's hidden layer. */
  ffDim: number;
  /** Dropout after the attention and after the feed-forward network, and on the attention weights (default 0). */
  dropout?: number;
  /** The feed-forward hidden layer's activation (default "relu"). */
  activation?: ActivationLike;
  /** Layer normalization's epsilon (default 1e-6). */
  epsilon?: number;
  /** Pre-norm (normalize before attention and ffn) instead of post-norm. Default false. */
  normalizeFirst?: boolean;
  /** Causal self-attention (decoder-style). Default false. */
  useCausalMask?: boolean;
  seed?: number;
}

const KNOWN = ['numHeads', 'keyDim', 'ffDim', 'dropout', 'activation', 'epsilon', 'normalizeFirst', 'useCausalMask', 'seed'];

export class TransformerEncoder extends Layer {
  private readonly options: TransformerEncoderOptions;
  readonly dropoutRate: number;
  readonly epsilon: number;
  private readonly attention: MultiHeadAttention;
  private readonly attentionNorm: LayerNormalization;
  private readonly outputNorm: LayerNormalization;
  private readonly attentionDropout: Dropout | null;
  private readonly ffnDropout: Dropout | null;
  private ffnInner: Dense | null = null;
  private ffnOutput: Dense | null = null;

  constructor(options: TransformerEncoderOptions) {
    checkOptions('transformerEncoder', options, KNOWN);
    super(options, 'transformer_encoder');
    const kind = `transformerEncoder "${this.name}"`;
    positiveInt(kind, 'numHeads', options?.numHeads);
    positiveInt(kind, 'keyDim', options.keyDim);
    positiveInt(kind, 'ffDim', options.ffDim);
    getActivation(options.activation, kind);
    this.dropoutRate = options.dropout ?? 0;
    if (typeof this.dropoutRate !== 'number' || !(this.dropoutRate >= 0 && this.dropoutRate < 1))
      throw invalidArgument(`${kind}: dropout must be in [0, 1), got ${JSON.stringify(options.dropout)}`);
    this.epsilon = options.epsilon ?? 1e-6;
    if (!(this.epsilon > 0)) throw invalidArgument(`${kind}: epsilon must be > 0`);
    this.options = options;
    const sub = (suffix: string) => `${this.name}/${suffix}`;
    const seed = options.seed;
    this.attention = new MultiHeadAttention({
      name: sub('attention'),
      numHeads: options.numHeads,
      keyDim: options.keyDim,
      dropout: this.dropoutRate,
      useCausalMask: options.useCausalMask ?? false,
      ...(seed !== undefined ? { seed } : {}),
    });
    this.attentionNorm = new LayerNormalization({ name: sub('attention_norm'), epsilon: this.epsilon });
    this.outputNorm = new LayerNormalization({ name: sub('output_norm'), epsilon: this.epsilon });
    const dropout = (suffix: string, offset: number) =>
      this.dropoutRate > 0
        ? new Dropout({ name: sub(suffix), rate: this.dropoutRate, ...(seed !== undefined ? { seed: seed + offset } : {}) })
        : null;
    this.attentionDropout = dropout('attention_dropout', 1);
    this.ffnDropout = dropout('ffn_dropout', 2);
    // Sublayers compute under the block's policy, not the global one (keras_hub passes dtype=self.dtype_policy).
    this.sublayers().forEach((layer) => layer.inheritPolicy(this.dtypePolicy));
  }

  override getConfig(): Config {
    const o = this.options;
    const config: Config = {
      ...super.getConfig(),
      numHeads: o.numHeads,
      keyDim: o.keyDim,
      ffDim: o.ffDim,
      dropout: this.dropoutRate,
      activation: activationConfig(this.name, 'activation', o.activation, 'relu'),
      epsilon: this.epsilon,
      normalizeFirst: o.normalizeFirst ?? false,
      useCausalMask: o.useCausalMask ?? false,
    };
    if (o.seed !== undefined) config.seed = o.seed;
    return config;
  }

  override sublayers(): Layer[] {
    const ffn = this.ffnInner && this.ffnOutput ? [this.ffnInner, this.ffnOutput] : [];
    return [
      this.attention,
      this.attentionNorm,
      ...ffn,
      this.outputNorm,
      ...[this.attentionDropout, this.ffnDropout].filter((l): l is Dropout => l !== null),
    ];
  }

  protected override expectedInputs(): number | undefined {
    return undefined;
  }

  protected override build(_ctx: CallContext, shapes: Array<number[] | null>): void {
    if (this.ffnInner) return;
    // The output projection's width is the input's, known only now.
    const features = lastDim(this.name, shapes[0]);
    const trainable = this.trainable;
    this.ffnInner = new Dense({
      name: `${this.name}/ffn_inner`,
      units: this.options.ffDim,
      activation: this.options.activation ?? 'relu',
      trainable,
    });
    this.ffnOutput = new Dense({ name: `${this.name}/ffn_output`, units: features, trainable });
    this.ffnInner.inheritPolicy(this.dtypePolicy);
    this.ffnOutput.inheritPolicy(this.dtypePolicy);
  }

  protected call(ctx: CallContext, inputs: Output[]): Output {
    if (inputs.length < 1 || inputs.length > 2)
      throw invalidArgument(`layer "${this.name}" (TransformerEncoder) takes [x] or [x, attentionMask], got ${inputs.length} inputs`);
    const [x, mask] = inputs;
    const features = lastDim(this.name, x.shape);
    if (this.ffnOutput!.units !== features)
      throw invalidArgument(`layer "${this.name}": built for ${this.ffnOutput!.units} features, applied to ${features}`);
    const run = (layer: Layer | null, values: Output[]) => (layer ? layer.invoke(ctx, values)[0] : values[0]);
    const attend = (h: Output) => run(this.attention, mask ? [h, h, h, mask] : [h, h]);
    const ffn = (h: Output) => run(this.ffnOutput, [run(this.ffnInner, [h])]);
    if (this.options.normalizeFirst) {
      const h = ops.add(x, run(this.attentionDropout, [attend(run(this.attentionNorm, [x]))]));
      return ops.add(h, run(this.ffnDropout, [ffn(run(this.outputNorm, [h]))]));
    }
    const h = run(this.attentionNorm, [ops.add(x, run(this.attentionDropout, [attend(x)]))]);
    return run(this.outputNorm, [ops.add(h, run(this.ffnDropout, [ffn(h)]))]);
  }
}
