/**
 * StringLookup (Keras's): strings → vocabulary indices (int64), or their one_hot / multi_hot /
 * count / tf_idf encoding. Defaults as Keras: one OOV slot "[UNK]" at index 0, no mask token.
 * See index-lookup.ts for the index layout, adapt and OOV hashing.
 */
import { Output, invalidArgument } from '../../../core';
import { AdaptBatch } from './common';
import { IndexLookupLayer, LookupOptions, Token } from './index-lookup';

export interface StringLookupOptions extends LookupOptions {
  /** A token mapped to index 0 (int mode) or to nothing (other modes); default none. */
  maskToken?: string | null;
  /** The token get_vocabulary shows for the OOV slots (default "[UNK]"). */
  oovToken?: string;
  /** With numOovIndices > 1: SipHash key (a number or a pair) instead of FarmHash for picking the OOV slot. */
  salt?: number | [number, number] | null;
}

export class StringLookup extends IndexLookupLayer {
  constructor(options: StringLookupOptions = {}) {
    super('string', options as StringLookupOptions & Record<string, unknown>, 'string_lookup', { maskToken: null, oovToken: '[UNK]' });
  }

  protected adaptValues(batch: AdaptBatch): Token[] {
    if (batch.kind !== 'string')
      throw invalidArgument(
        `stringLookup "${this.name}" adapt: got numbers; stringLookup takes strings (use integerLookup for integer ids)`,
      );
    return batch.values;
  }

  protected keys(input: Output): Output {
    if (input.dtype !== 'string')
      throw invalidArgument(
        `layer "${this.name}": stringLookup takes string tensors, got ${input.dtype} (use integerLookup for integer ids)`,
      );
    return input;
  }
}
