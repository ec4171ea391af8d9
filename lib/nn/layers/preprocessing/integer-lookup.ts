/**
 * IntegerLookup (Keras's): integer ids (int32 or int64) → vocabulary indices (int64), or their
 * encodings. Defaults as Keras: one OOV slot (token −1) at index 0, no mask; with several OOV
 * slots an unknown id picks slot id mod numOovIndices ("floormod") or its FarmHash ("farmhash").
 * Vocabulary entries must be safe integers (|id| < 2^53). See index-lookup.ts.
 */
import { Output, invalidArgument } from '../../../core';
import * as ops from '../../../ops';
import { AdaptBatch } from './common';
import { IndexLookupLayer, LookupOptions, Token } from './index-lookup';

export interface IntegerLookupOptions extends LookupOptions {
  /** An id mapped to index 0 (int mode) or to nothing (other modes); default none. */
  maskToken?: number | null;
  /** The id get_vocabulary shows for the OOV slots (default −1). */
  oovToken?: number;
  oovMethod?: 'floormod' | 'farmhash';
  /** With oovMethod "farmhash": a SipHash key instead. */
  salt?: number | [number, number] | null;
}

export class IntegerLookup extends IndexLookupLayer {
  constructor(options: IntegerLookupOptions = {}) {
    super('integer', options as IntegerLookupOptions & Record<string, unknown>, 'integer_lookup', { maskToken: null, oovToken: -1 });
  }

  protected adaptValues(batch: AdaptBatch): Token[] {
    if (batch.kind !== 'number')
      throw invalidArgument(`integerLookup "${this.name}" adapt: got strings; integerLookup takes integers (use stringLookup for strings)`);
    const bad = (batch.values as number[]).findIndex((v) => !Number.isSafeInteger(v));
    if (bad >= 0)
      throw invalidArgument(`integerLookup "${this.name}" adapt: value ${batch.values[bad]} (element ${bad}) is not an integer`);
    return batch.values;
  }

  protected keys(input: Output): Output {
    if (input.dtype === 'int64') return input;
    if (['int8', 'int16', 'int32', 'uint8', 'uint16', 'uint32'].includes(input.dtype)) return ops.cast(input, 'int64');
    throw invalidArgument(
      `layer "${this.name}": integerLookup takes integer tensors, got ${input.dtype}${input.dtype === 'string' ? ' (use stringLookup for strings)' : ''}`,
    );
  }
}
