/**
 * CategoryEncoding (Keras's): integer ids in [0, numTokens) → one_hot, multi_hot or count vectors
 * (float32). An id outside the range stops the run with an error naming the layer (Keras's
 * TensorFlow path drops such ids silently).
 */
import { Output, invalidArgument } from '../../../core';
import { Config } from '../../config';
import { CallContext, LayerOptions } from '../../layer';
import { checkOptions, positiveInt } from '../../options';
import { PreprocessingLayer } from './base';
import { encodeCategorical, outputMode, requireNumericInput } from './common';

const MODES = ['one_hot', 'multi_hot', 'count'] as const;

export interface CategoryEncodingOptions extends LayerOptions {
  /** The number of ids: inputs must be in [0, numTokens). */
  numTokens: number;
  /** "multi_hot" (default, as Keras), "one_hot" or "count". */
  outputMode?: (typeof MODES)[number];
}

export class CategoryEncoding extends PreprocessingLayer {
  readonly numTokens: number;
  readonly outputMode: (typeof MODES)[number];

  constructor(options: CategoryEncodingOptions) {
    checkOptions('categoryEncoding', options, ['numTokens', 'outputMode']);
    super(options, 'category_encoding');
    this.numTokens = positiveInt(`categoryEncoding "${this.name}"`, 'numTokens', options?.numTokens);
    this.outputMode = outputMode(`categoryEncoding "${this.name}"`, options.outputMode, MODES, 'multi_hot');
  }

  override getConfig(): Config {
    return { ...super.getConfig(), numTokens: this.numTokens, outputMode: this.outputMode };
  }

  protected async learn(): Promise<void> {
    // Nothing to learn: the layer is defined by numTokens (Keras's has no adapt either).
    throw invalidArgument(`categoryEncoding "${this.name}" has nothing to adapt`);
  }

  protected call(_ctx: CallContext, [ids]: Output[]): Output {
    requireNumericInput(this.name, ids, true);
    return encodeCategorical(this.name, ids, this.outputMode, this.numTokens);
  }
}
