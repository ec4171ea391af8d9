/**
 * Multimodal layers: masked mean pooling of a text's embeddings (padding ignored), and fusion of
 * modality vectors, by concatenation or by a learned gate.
 */
import { Output, invalidArgument } from '../../core';
import * as ops from '../../ops';
import { CallContext, Config, Layer, LayerOptions, registerLayer } from '../../nn';
import { PAD_ID } from './vocabulary';

/** [embeddings (batch, time, d), ids (batch, time)] → the mean embedding of non-padding tokens (batch, d); 0 for an empty text. */
export class MaskedMeanPooling extends Layer {
  constructor(options: LayerOptions = {}) {
    super(options, 'masked_mean_pooling');
  }
  protected override expectedInputs(): number {
    return 2;
  }
  protected call(ctx: CallContext, [embedded, ids]: Output[]): Output {
    const mask = ops.cast(ops.notEqual(ids, ops.constant(ctx.graph, PAD_ID, ids.dtype)), { dstT: embedded.dtype });
    const summed = ops.reduceSum(ops.mul(embedded, ops.expandDims(mask, ops.constant(ctx.graph, -1, 'int32'))), 1);
    const count = ops.maximum(ops.reduceSum(mask, 1, true), ops.constant(ctx.graph, 1, embedded.dtype));
    return ops.div(summed, count);
  }
}

export interface FusionOptions extends LayerOptions {
  /** 'concat': [p_1; ...; p_n]; 'gated' (two modalities): g ⊙ p_1 + (1 − g) ⊙ p_2, g = σ(W [p_1; p_2] + b). */
  mode: 'concat' | 'gated';
  /** Each modality is first projected to this many features (tanh), so they are comparable. */
  units: number;
}

/** Fuses modality vectors (batch, d_i), each projected to `units` features. */
export class Fusion extends Layer {
  readonly mode: 'concat' | 'gated';
  readonly units: number;
  constructor(options: FusionOptions) {
    super(options, `${options?.mode ?? 'fusion'}_fusion`);
    if (options.mode !== 'concat' && options.mode !== 'gated')
      throw invalidArgument(`fusion "${this.name}": mode must be 'concat' or 'gated', got ${JSON.stringify(options.mode)}`);
    if (!Number.isInteger(options.units) || options.units < 1)
      throw invalidArgument(`fusion "${this.name}": units must be a positive integer, got ${JSON.stringify(options.units)}`);
    this.mode = options.mode;
    this.units = options.units;
  }
  override getConfig(): Config {
    return { ...super.getConfig(), mode: this.mode, units: this.units };
  }
  protected override expectedInputs(): undefined {
    return undefined;
  }
  protected override build(ctx: CallContext, shapes: Array<number[] | null>): void {
    if (shapes.length < 2) throw invalidArgument(`fusion "${this.name}" fuses at least two modalities, got ${shapes.length}`);
    if (this.mode === 'gated' && shapes.length !== 2)
      throw invalidArgument(
        `fusion "${this.name}": gated fusion mixes exactly two modalities, got ${shapes.length} (use 'concat', or fuse pairwise)`,
      );
    shapes.forEach((shape, i) => {
      if (!shape || shape.length !== 2 || shape[1] < 0)
        throw invalidArgument(
          `fusion "${this.name}": modality ${i} must be (batch, features) with known features, got [${(shape ?? []).join(', ')}]`,
        );
      this.addWeight(ctx, `projection_${i}/kernel`, [shape[1], this.units], { initializer: 'glorotUniform' });
      this.addWeight(ctx, `projection_${i}/bias`, [this.units], { initializer: 'zeros' });
    });
    if (this.mode === 'gated') {
      this.addWeight(ctx, 'gate/kernel', [2 * this.units, this.units], { initializer: 'glorotUniform' });
      this.addWeight(ctx, 'gate/bias', [this.units], { initializer: 'zeros' });
    }
  }
  protected call(ctx: CallContext, inputs: Output[]): Output {
    const w = (name: string) => (this.weight(ctx.graph, name) as NonNullable<ReturnType<Layer['weights']>[number]>).read();
    const projected = inputs.map((x, i) => ops.tanh(ops.biasAdd(ops.matMul(x, w(`projection_${i}/kernel`)), w(`projection_${i}/bias`))));
    const joined = ops.concatV2(projected, ops.constant(ctx.graph, 1, 'int32'));
    if (this.mode === 'concat') return joined;
    const gate = ops.sigmoid(ops.biasAdd(ops.matMul(joined, w('gate/kernel')), w('gate/bias')));
    const [a, b] = projected;
    return ops.add(ops.mul(gate, a), ops.mul(ops.sub(ops.constant(ctx.graph, 1, gate.dtype), gate), b));
  }
}

registerLayer('MaskedMeanPooling', MaskedMeanPooling);
registerLayer('Fusion', (config) => new Fusion(config as unknown as FusionOptions));
