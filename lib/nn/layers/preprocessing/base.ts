/**
 * The base of the preprocessing layers: state learnt by `adapt` (held in the config, built into
 * graphs as constants) and the rule that adapting must come before the layer is built into a
 * model's graphs (a compiled model would keep the old constants).
 */
import { failedPrecondition } from '../../../core';
import { CallContext, Layer, LayerOptions, scratchContext } from '../../layer';
import { AdaptData } from './common';

export abstract class PreprocessingLayer extends Layer {
  private builtIntoModel = false;

  constructor(options: LayerOptions, defaultName: string) {
    // Nothing here is trained: the state comes from adapt or the options.
    super({ ...options, trainable: false }, defaultName);
  }

  /** Learns the layer's state (statistics, vocabulary, boundaries) from data: one batch or an iterable of batches (a Dataset). */
  async adapt(data: AdaptData): Promise<this> {
    if (this.builtIntoModel) {
      throw failedPrecondition(
        `layer "${this.name}": adapt() must come before the model is compiled or run (its graphs already hold the previous state); adapt first, then build the model`,
      );
    }
    await this.learn(data);
    return this;
  }

  protected abstract learn(data: AdaptData): Promise<void>;

  /** @internal Records that a model graph (not the shape-probing scratch graph) holds the current state. */
  protected noteBuilt(ctx: CallContext): void {
    if (ctx.graph !== scratchContext().graph) this.builtIntoModel = true;
  }

  /** Whether the layer is being built for shape inference only (state may still be missing). */
  protected isProbe(ctx: CallContext): boolean {
    return ctx.graph === scratchContext().graph;
  }
}
