/** Embedding: integer ids (any shape) → vectors, a lookup into an (inputDim, outputDim) table. */
import { Output, invalidArgument } from '../../core';
import * as ops from '../../ops';
import { InitializerLike } from '../initializers';
import { CallContext, Layer, LayerOptions } from '../layer';
import { Config } from '../config';
import { checkOptions, initializerConfig, positiveInt, regularizerConfig } from '../options';
import { RegularizerLike } from '../regularizers';
import { randomUniform } from '../initializers';

export interface EmbeddingOptions extends LayerOptions {
  /** Vocabulary size: ids must be in [0, inputDim). */
  inputDim: number;
  outputDim: number;
  embeddingsInitializer?: InitializerLike;
  embeddingsRegularizer?: RegularizerLike;
}

export class Embedding extends Layer {
  private readonly options: EmbeddingOptions;
  readonly inputDim: number;
  readonly outputDim: number;

  constructor(options: EmbeddingOptions) {
    checkOptions('embedding', options, ['inputDim', 'outputDim', 'embeddingsInitializer', 'embeddingsRegularizer']);
    super(options, 'embedding');
    this.inputDim = positiveInt(`embedding "${this.name}"`, 'inputDim', options?.inputDim);
    this.outputDim = positiveInt(`embedding "${this.name}"`, 'outputDim', options.outputDim);
    this.options = options;
  }

  override getConfig(): Config {
    return {
      ...super.getConfig(),
      inputDim: this.inputDim,
      outputDim: this.outputDim,
      embeddingsInitializer: initializerConfig(
        this.name,
        'embeddingsInitializer',
        this.options.embeddingsInitializer,
        randomUniform(-0.05, 0.05),
      ),
      embeddingsRegularizer: regularizerConfig(this.name, 'embeddingsRegularizer', this.options.embeddingsRegularizer),
    };
  }

  protected override build(ctx: CallContext, [shape]: Array<number[] | null>): void {
    void shape;
    // Keras's default: uniform in [-0.05, 0.05].
    this.addWeight(ctx, 'embeddings', [this.inputDim, this.outputDim], {
      initializer: this.options.embeddingsInitializer ?? randomUniform(-0.05, 0.05),
      regularizer: this.options.embeddingsRegularizer,
    });
  }

  protected call(ctx: CallContext, [ids]: Output[]): Output {
    if (!['int32', 'int64'].includes(ids.dtype))
      throw invalidArgument(`layer "${this.name}": ids must be int32 or int64, got ${ids.dtype}`);
    const [table] = this.weights(ctx.graph);
    // GatherV2 on the read value: its C++ gradient exists (a dense update of the table).
    return ops.gatherV2(table.read(), ids, ops.constant(ctx.graph, 0, 'int32'));
  }
}
