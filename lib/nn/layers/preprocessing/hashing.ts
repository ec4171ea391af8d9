/**
 * Hashing (Keras's): values → bucket ids in [0, numBins) by TensorFlow's string hashes, so ids
 * equal Keras's for the same inputs: FarmHash64 (StringToHashBucketFast) by default, SipHash
 * (StringToHashBucketStrong) keyed by `salt`. Numbers are hashed as their decimal text (AsString;
 * floats truncated to int64 first, as Keras does). With `maskValue`, that value gets id 0 and the
 * others hash into [1, numBins).
 */
import { Output, invalidArgument } from '../../../core';
import * as ops from '../../../ops';
import { Config } from '../../config';
import { CallContext, LayerOptions } from '../../layer';
import { checkOptions, positiveInt } from '../../options';
import { PreprocessingLayer } from './base';
import { encodeCategorical, outputMode } from './common';

const MODES = ['int', 'one_hot', 'multi_hot', 'count'] as const;

export interface HashingOptions extends LayerOptions {
  numBins: number;
  /** A value mapped to id 0 (a string for string inputs, a number for numeric ones). */
  maskValue?: string | number | null;
  /** SipHash key: a non-negative integer (used twice) or a pair; default FarmHash, unkeyed. */
  salt?: number | [number, number] | null;
  /** "int" (default; int64 ids), "one_hot", "multi_hot" or "count" (float32). */
  outputMode?: (typeof MODES)[number];
}

export class Hashing extends PreprocessingLayer {
  readonly numBins: number;
  readonly maskValue: string | number | null;
  readonly salt: [number, number] | null;
  readonly outputMode: (typeof MODES)[number];

  constructor(options: HashingOptions) {
    checkOptions('hashing', options, ['numBins', 'maskValue', 'salt', 'outputMode']);
    super(options, 'hashing');
    const where = `hashing "${this.name}"`;
    this.numBins = positiveInt(where, 'numBins', options?.numBins);
    const mask = options.maskValue ?? null;
    if (mask !== null && typeof mask !== 'string' && !(typeof mask === 'number' && Number.isFinite(mask)))
      throw invalidArgument(`${where}: maskValue must be a string, a number or null`);
    this.maskValue = mask;
    const salt = options.salt ?? null;
    if (salt === null) this.salt = null;
    else {
      const pair = typeof salt === 'number' ? [salt, salt] : salt;
      if (!Array.isArray(pair) || pair.length !== 2 || pair.some((v) => !Number.isSafeInteger(v) || v < 0))
        throw invalidArgument(`${where}: salt must be a non-negative integer or a pair of them, got ${JSON.stringify(salt)}`);
      this.salt = [pair[0], pair[1]];
    }
    this.outputMode = outputMode(where, options.outputMode, MODES, 'int');
  }

  override getConfig(): Config {
    return {
      ...super.getConfig(),
      numBins: this.numBins,
      maskValue: this.maskValue,
      salt: this.salt ? [...this.salt] : null,
      outputMode: this.outputMode,
    };
  }

  protected async learn(): Promise<void> {
    throw invalidArgument(`hashing "${this.name}" has nothing to adapt`);
  }

  protected call(ctx: CallContext, [input]: Output[]): Output {
    const graph = ctx.graph;
    const isString = input.dtype === 'string';
    const isFloat = ['float16', 'bfloat16', 'float32', 'float64'].includes(input.dtype);
    const isInteger = ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64'].includes(input.dtype);
    if (!isString && !isFloat && !isInteger)
      throw invalidArgument(`layer "${this.name}": hashing takes strings or numbers, got ${input.dtype}`);
    let bins = this.numBins;
    let masked: Output | null = null;
    if (this.maskValue !== null && bins > 1) {
      if (isString !== (typeof this.maskValue === 'string'))
        throw invalidArgument(`layer "${this.name}": maskValue ${JSON.stringify(this.maskValue)} does not match the ${input.dtype} input`);
      bins -= 1;
      masked = ops.equal(input, ops.constant(graph, typeof this.maskValue === 'string' ? this.maskValue : this.maskValue, input.dtype));
    }
    let text = input;
    if (isFloat) text = ops.cast(text, 'int64');
    if (!isString) text = ops.asString(text);
    let ids = this.salt
      ? ops.stringToHashBucketStrong(text, { numBuckets: bins, key: this.salt, name: 'hash' })
      : ops.stringToHashBucketFast(text, { numBuckets: bins, name: 'hash' });
    if (masked) ids = ops.selectV2(masked, ops.constant(graph, 0n, 'int64'), ops.add(ids, ops.constant(graph, 1n, 'int64')));
    return this.outputMode === 'int' ? ids : encodeCategorical(this.name, ids, this.outputMode, this.numBins);
  }
}
