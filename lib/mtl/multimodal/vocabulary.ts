/**
 * Tokenisation in TypeScript: lower-cased words (letters, digits, apostrophes), a vocabulary built
 * from training text, and ids padded or cut to a fixed length. Id 0 is padding, 1 an unknown
 * word, so an Embedding of `size` rows covers every id and masked pooling can ignore padding.
 */
import { invalidArgument } from '../../core';

export const PAD_ID = 0;
export const UNKNOWN_ID = 1;

/** The words of a text, as the vocabulary counts them. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
}

export interface VocabularyOptions {
  /** At most this many ids in all, padding and unknown included (the most frequent words are kept). */
  maxSize?: number;
  /** Words seen fewer times are unknown (default 1). */
  minCount?: number;
}

export class Vocabulary {
  private readonly ids: Map<string, number>;

  constructor(
    /** Words by id from 2 on (0 padding, 1 unknown). */
    readonly words: string[],
  ) {
    this.ids = new Map(words.map((w, i) => [w, i + 2]));
  }

  /** Words of `texts`, most frequent first (ties alphabetically, so the ids are reproducible). */
  static fromTexts(texts: Iterable<string>, options: VocabularyOptions = {}): Vocabulary {
    const counts = new Map<string, number>();
    let n = 0;
    for (const text of texts) {
      if (typeof text !== 'string')
        throw invalidArgument(`Vocabulary.fromTexts: text ${n} is ${text === null ? 'null' : typeof text}, not a string`);
      for (const word of tokenize(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
      n++;
    }
    const minCount = options.minCount ?? 1;
    const sorted = [...counts]
      .filter(([, c]) => c >= minCount)
      .sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : 1))
      .map(([w]) => w);
    const limit = options.maxSize === undefined ? sorted.length : Math.max(0, options.maxSize - 2);
    return new Vocabulary(sorted.slice(0, limit));
  }

  /** Ids in all (the Embedding's inputDim). */
  get size(): number {
    return this.words.length + 2;
  }

  /** `length` ids: the text's words (unknown ones as 1), cut or padded with 0 at the end. */
  encode(text: string, length: number): Int32Array {
    const ids = new Int32Array(length);
    tokenize(text)
      .slice(0, length)
      .forEach((word, i) => (ids[i] = this.ids.get(word) ?? UNKNOWN_ID));
    return ids;
  }
}
