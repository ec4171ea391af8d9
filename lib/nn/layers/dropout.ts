/** Dropout: in training, zero each element with probability `rate` and scale the rest by 1/(1 - rate); identity in inference. */
import { Output, invalidArgument } from '../../core';
import * as ops from '../../ops';
import { CallContext, Layer, LayerOptions } from '../layer';
import { Config, compact } from '../config';
import { checkOptions } from '../options';

export interface DropoutOptions extends LayerOptions {
  rate: number;
  /** Mix into the seed, to decorrelate dropout layers beyond their creation order. */
  seed?: number;
}

export class Dropout extends Layer {
  readonly rate: number;
  private readonly seed: number | undefined;

  constructor(options: DropoutOptions) {
    checkOptions('dropout', options, ['rate', 'seed']);
    super(options, 'dropout');
    const rate = options?.rate;
    if (typeof rate !== 'number' || !(rate >= 0 && rate < 1))
      throw invalidArgument(`dropout "${this.name}": rate must be in [0, 1), got ${JSON.stringify(rate)}`);
    this.rate = rate;
    this.seed = options.seed;
  }

  override getConfig(): Config {
    return compact({ ...super.getConfig(), rate: this.rate, seed: this.seed });
  }

  protected call(ctx: CallContext, [x]: Output[]): Output {
    if (!ctx.training || this.rate === 0) return ops.identity(x);
    const [graphSeed, counter] = ctx.state.nextSeed();
    // Stateless randomness seeded by (layer, step): a different mask every step,
    // and the same masks again when a run resumes from a checkpoint.
    const layerSeed = BigInt(graphSeed) * 1000003n + BigInt(counter) + BigInt(this.seed ?? 0) * 7919n;
    const step = ctx.state.stepVariable().read();
    const seed = ops.pack([ops.constant(ctx.graph, layerSeed, 'int64'), step], { axis: 0 });
    // The V2 op with Philox (alg 1) and the key/counter TensorFlow derives from the seed gives
    // the V1 op's numbers on CPU, and has an XLA kernel (jitCompile).
    const { key, counter: philoxCounter } = ops.statelessRandomGetKeyCounter(seed);
    const uniform = ops.statelessRandomUniformV2(
      ops.shape(x, { outType: 'int32' }),
      key,
      philoxCounter,
      ops.constant(ctx.graph, 1, 'int32'),
      { dtype: x.dtype },
    );
    const keep = ops.cast(ops.greaterEqual(uniform, ops.constant(ctx.graph, this.rate, x.dtype)), { dstT: x.dtype });
    return ops.mul(ops.mul(x, keep), ops.constant(ctx.graph, 1 / (1 - this.rate), x.dtype));
  }
}
