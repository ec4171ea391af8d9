/**
 * Bidirectional: runs a recurrent layer (lstm, gru, simpleRnn) over the sequence forwards and a
 * copy of it backwards, and merges the two (Keras's Bidirectional). The given layer is a
 * template: two new layers with its config are made, "<this>/forward_<inner>" and
 * "<this>/backward_<inner>" (the latter with goBackwards flipped), so their weights are
 * "<this>/forward_<inner>/kernel", ... With returnSequences the backward outputs are put back
 * in time order before merging, as Keras does.
 */
import { Output, invalidArgument } from '../../core';
import * as ops from '../../ops';
import { CallContext, Layer, LayerOptions } from '../layer';
import { Config, NameOrConfig, Serialized } from '../config';
import { checkOptions } from '../options';
import { getLayer, serializeLayer } from './registry';

export type MergeMode = 'concat' | 'sum' | 'mul' | 'ave' | null;

export interface BidirectionalOptions extends LayerOptions {
  /** The recurrent layer to run both ways (a template; or its { className, config }). */
  layer: Layer | NameOrConfig;
  /** How the two directions combine; null returns both (apply with { multiOutput: true }). Default "concat". */
  mergeMode?: MergeMode;
}

const RECURRENT = new Set(['LSTM', 'GRU', 'SimpleRNN']);
const MODES = ['concat', 'sum', 'mul', 'ave', null];

export class Bidirectional extends Layer {
  private readonly template: Serialized;
  private readonly mergeMode: MergeMode;
  private readonly forward: Layer;
  private readonly backward: Layer;

  constructor(options: BidirectionalOptions) {
    checkOptions('bidirectional', options, ['layer', 'mergeMode']);
    super(options, 'bidirectional');
    const kind = `bidirectional "${this.name}"`;
    if (options?.layer === undefined)
      throw invalidArgument(`${kind}: give the recurrent layer to wrap as { layer: layers.gru({ units }) }`);
    const inner = getLayer(options.layer);
    if (!RECURRENT.has(inner.className))
      throw invalidArgument(`${kind}: wraps lstm, gru or simpleRnn layers, got a ${inner.className} ("${inner.name}")`);
    const mode = options.mergeMode === undefined ? 'concat' : options.mergeMode;
    if (!MODES.includes(mode))
      throw invalidArgument(`${kind}: mergeMode must be "concat", "sum", "mul", "ave" or null, got ${JSON.stringify(options.mergeMode)}`);
    this.mergeMode = mode;
    this.template = serializeLayer(inner);
    const base = this.template.config;
    const copy = (prefix: string, goBackwards: boolean) =>
      getLayer({
        className: this.template.className,
        config: { ...base, name: `${this.name}/${prefix}_${base.name as string}`, goBackwards, trainable: this.trainable },
      });
    const backwards = base.goBackwards === true;
    this.forward = copy('forward', backwards);
    this.backward = copy('backward', !backwards);
  }

  override getConfig(): Config {
    return { ...super.getConfig(), layer: this.template, mergeMode: this.mergeMode };
  }

  override sublayers(): Layer[] {
    return [this.forward, this.backward];
  }

  protected call(ctx: CallContext, [x]: Output[]): Output | Output[] {
    const y = this.forward.invoke(ctx, [x])[0];
    let reversed = this.backward.invoke(ctx, [x])[0];
    if (this.template.config.returnSequences === true) reversed = ops.reverseV2(reversed, ops.constant(ctx.graph, [1], 'int32'));
    switch (this.mergeMode) {
      case 'concat':
        return ops.concatV2([y, reversed], ops.constant(ctx.graph, -1, 'int32'));
      case 'sum':
        return ops.add(y, reversed);
      case 'mul':
        return ops.mul(y, reversed);
      case 'ave':
        return ops.div(ops.add(y, reversed), ops.constant(ctx.graph, 2, y.dtype));
      default:
        return [y, reversed];
    }
  }
}
