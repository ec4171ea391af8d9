/**
 * The vocabulary machinery of StringLookup, IntegerLookup and TextVectorization, as Keras's
 * IndexLookup defines it. Index layout: [mask (int mode only)] [numOovIndices OOV slots]
 * [tokens...]. `adapt` counts tokens and keeps the most frequent (ties: the larger token first,
 * Keras's lexsort order; strings compared as UTF-8 bytes), at most maxTokens − specials; tf_idf
 * also counts documents and weighs ids by log(1 + documents / (1 + documents with the token)).
 * In the graph: a static hash table (common.ts's staticLookup), the mask, then OOV ids hashed
 * into their slots (FarmHash via StringToHashBucketFast, SipHash via StringToHashBucketStrong
 * with a salt, or floor-mod for integers) exactly as Keras's ops do.
 */
import { Output, Tensor, invalidArgument } from '../../../core';
import * as ops from '../../../ops';
import { Config } from '../../config';
import { CallContext, LayerOptions } from '../../layer';
import { checkOptions } from '../../options';
import { PreprocessingLayer } from './base';
import {
  AdaptBatch,
  AdaptData,
  CategoricalMode,
  adaptBatches,
  compareBytes,
  encodeCategorical,
  encodeRagged,
  outputMode,
  staticLookup,
} from './common';

export const LOOKUP_MODES = ['int', 'one_hot', 'multi_hot', 'count', 'tf_idf'] as const;
export type LookupMode = (typeof LOOKUP_MODES)[number];
export type Token = string | number;

export interface VocabularySettings {
  kind: 'string' | 'integer';
  maxTokens: number | null;
  numOovIndices: number;
  maskToken: Token | null;
  oovToken: Token | null;
  outputMode: LookupMode;
  padToMaxTokens: boolean;
  /** SipHash key for hashing OOV strings into their slots (null: FarmHash, Keras's default). */
  salt: [number, number] | null;
  /** Integers only: how OOV values pick a slot ("floormod", Keras's default, or "farmhash"). */
  oovMethod: 'floormod' | 'farmhash';
}

/** Reads and checks the lookup options shared by the three layers. */
export function vocabularySettings(
  where: string,
  kind: 'string' | 'integer',
  options: Record<string, unknown>,
  defaults: { maskToken: Token | null; oovToken: Token | null; numOovIndices: number; outputMode?: LookupMode },
  modes: readonly LookupMode[] = LOOKUP_MODES,
): VocabularySettings {
  const maxTokens = options.maxTokens ?? null;
  if (maxTokens !== null && (typeof maxTokens !== 'number' || !Number.isInteger(maxTokens) || maxTokens <= 1))
    throw invalidArgument(`${where}: maxTokens must be an integer > 1 or null, got ${JSON.stringify(maxTokens)}`);
  const numOovIndices = options.numOovIndices ?? defaults.numOovIndices;
  if (typeof numOovIndices !== 'number' || !Number.isInteger(numOovIndices) || numOovIndices < 0)
    throw invalidArgument(`${where}: numOovIndices must be an integer >= 0, got ${JSON.stringify(numOovIndices)}`);
  const token = (key: 'maskToken' | 'oovToken'): Token | null => {
    const value = key in options ? options[key] : defaults[key];
    if (value === null || value === undefined) return null;
    if (kind === 'string' ? typeof value !== 'string' : typeof value !== 'number' || !Number.isInteger(value)) {
      throw invalidArgument(
        `${where}: ${key} must be ${kind === 'string' ? 'a string' : 'an integer'} or null, got ${JSON.stringify(value)}`,
      );
    }
    return value as Token;
  };
  const padToMaxTokens = options.padToMaxTokens ?? false;
  if (typeof padToMaxTokens !== 'boolean') throw invalidArgument(`${where}: padToMaxTokens must be a boolean`);
  if (padToMaxTokens && maxTokens === null) throw invalidArgument(`${where}: padToMaxTokens needs maxTokens`);
  let salt: [number, number] | null = null;
  const rawSalt = options.salt ?? null;
  if (rawSalt !== null) {
    const pair = typeof rawSalt === 'number' ? [rawSalt, rawSalt] : rawSalt;
    if (!Array.isArray(pair) || pair.length !== 2 || pair.some((v) => typeof v !== 'number' || !Number.isInteger(v) || v < 0))
      throw invalidArgument(`${where}: salt must be a non-negative integer or a pair of them, got ${JSON.stringify(rawSalt)}`);
    salt = [pair[0], pair[1]];
  }
  const oovMethod = options.oovMethod ?? 'floormod';
  if (oovMethod !== 'floormod' && oovMethod !== 'farmhash')
    throw invalidArgument(`${where}: oovMethod must be "floormod" or "farmhash", got ${JSON.stringify(oovMethod)}`);
  if (kind === 'integer' && salt && oovMethod !== 'farmhash')
    throw invalidArgument(`${where}: salt only applies with oovMethod "farmhash"`);
  return {
    kind,
    maxTokens: maxTokens as number | null,
    numOovIndices,
    maskToken: token('maskToken'),
    oovToken: token('oovToken'),
    outputMode: outputMode(where, options.outputMode, modes, defaults.outputMode ?? 'int'),
    padToMaxTokens,
    salt,
    oovMethod,
  };
}

function compareTokens(a: Token, b: Token): number {
  return typeof a === 'string' ? compareBytes(a, b as string) : a - (b as number);
}

/** A vocabulary and its idf weights with the layer's settings; builds the lookup into graphs. */
export class Vocabulary {
  tokens: Token[] | null = null;
  /** tf_idf: one weight per token (the special slots get their mean, as in Keras). */
  idf: number[] | null = null;

  constructor(
    readonly where: string,
    readonly settings: VocabularySettings,
  ) {}

  /** Index of the first OOV slot: 1 when a mask takes index 0 (int mode), else 0. */
  get oovStart(): number {
    return this.settings.maskToken !== null && this.settings.outputMode === 'int' ? 1 : 0;
  }

  get tokenStart(): number {
    return this.oovStart + this.settings.numOovIndices;
  }

  /** Width of non-int outputs: the vocabulary with its special slots, or maxTokens when padded. */
  get depth(): number {
    if (this.settings.padToMaxTokens) return this.settings.maxTokens as number;
    if (!this.tokens)
      throw invalidArgument(
        `${this.where}: output mode "${this.settings.outputMode}" needs the vocabulary before the layer is applied (give vocabulary or call adapt first)`,
      );
    return this.tokenStart + this.tokens.length;
  }

  /** The vocabulary as the layer indexes it: specials first (Keras's get_vocabulary). */
  full(): Token[] {
    const s = this.settings;
    const specials: Token[] = [];
    if (this.oovStart === 1) specials.push(s.maskToken as Token);
    for (let i = 0; i < s.numOovIndices; i++) specials.push(s.oovToken ?? (s.kind === 'string' ? '[UNK]' : -1));
    return [...specials, ...(this.tokens ?? [])];
  }

  /** Keras's set_vocabulary: tokens with or without the special tokens in front, unique, within maxTokens. */
  set(vocabulary: unknown, idfWeights: unknown): void {
    const s = this.settings;
    if (!Array.isArray(vocabulary) || vocabulary.length === 0) throw invalidArgument(`${this.where}: vocabulary must be a non-empty array`);
    for (const [i, t] of vocabulary.entries()) {
      if (s.kind === 'string' ? typeof t !== 'string' : typeof t !== 'number' || !Number.isSafeInteger(t)) {
        throw invalidArgument(
          `${this.where}: vocabulary[${i}] is ${JSON.stringify(t)}; expected ${s.kind === 'string' ? 'a string' : 'a safe integer'}`,
        );
      }
    }
    const specials = this.full().slice(0, this.tokenStart);
    const withSpecials = specials.length > 0 && specials.every((t, i) => vocabulary[i] === t);
    const tokens = (withSpecials ? vocabulary.slice(specials.length) : vocabulary) as Token[];
    const seen = new Set<Token>();
    const repeated = tokens.filter((t) => (seen.has(t) ? true : (seen.add(t), false)));
    if (repeated.length)
      throw invalidArgument(`${this.where}: the vocabulary repeats ${JSON.stringify([...new Set(repeated)].slice(0, 5))}`);
    if (s.maskToken !== null && seen.has(s.maskToken))
      throw invalidArgument(
        `${this.where}: the mask token ${JSON.stringify(s.maskToken)} is in the vocabulary (leave it out, or put the special tokens first in order ${JSON.stringify(specials)})`,
      );
    if (s.maxTokens !== null && this.tokenStart + tokens.length > s.maxTokens)
      throw invalidArgument(
        `${this.where}: the vocabulary has ${this.tokenStart + tokens.length} entries with its special tokens, more than maxTokens ${s.maxTokens}`,
      );
    if (s.outputMode === 'tf_idf') {
      if (!Array.isArray(idfWeights))
        throw invalidArgument(`${this.where}: output mode "tf_idf" with a given vocabulary needs idfWeights (one per vocabulary entry)`);
      if (idfWeights.length !== vocabulary.length || idfWeights.some((w) => typeof w !== 'number' || !Number.isFinite(w)))
        throw invalidArgument(
          `${this.where}: idfWeights must be ${vocabulary.length} finite numbers (one per vocabulary entry), got ${idfWeights.length}`,
        );
      // Weights given with the specials cover them; without, the specials get the tokens' mean (Keras).
      this.idf = (withSpecials ? idfWeights.slice(specials.length) : idfWeights) as number[];
      this.specialIdf = withSpecials ? (idfWeights.slice(0, specials.length) as number[]) : null;
    } else if (idfWeights !== undefined && idfWeights !== null) {
      throw invalidArgument(`${this.where}: idfWeights only apply to output mode "tf_idf"`);
    }
    this.tokens = [...tokens];
  }

  private specialIdf: number[] | null = null;

  /**
   * Learns the vocabulary from documents (each a list of tokens; a document counts once per
   * token for tf_idf). Specials never enter it.
   */
  learn(documents: Iterable<Token[]>): void {
    const s = this.settings;
    const counts = new Map<Token, number>();
    const documentCounts = new Map<Token, number>();
    let documentTotal = 0;
    for (const document of documents) {
      documentTotal++;
      for (const token of document) counts.set(token, (counts.get(token) ?? 0) + 1);
      if (s.outputMode === 'tf_idf') for (const token of new Set(document)) documentCounts.set(token, (documentCounts.get(token) ?? 0) + 1);
    }
    if (s.maskToken !== null) counts.delete(s.maskToken);
    if (s.oovToken !== null) counts.delete(s.oovToken);
    if (counts.size === 0) throw invalidArgument(`${this.where} adapt: the data has no tokens`);
    let tokens = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || compareTokens(b, a));
    if (s.maxTokens !== null) tokens = tokens.slice(0, Math.max(0, s.maxTokens - this.tokenStart));
    this.tokens = tokens;
    this.specialIdf = null;
    this.idf =
      s.outputMode === 'tf_idf' ? tokens.map((t) => Math.fround(Math.log(1 + documentTotal / (1 + (documentCounts.get(t) ?? 0))))) : null;
  }

  /** The idf weight of every output position (float32 values). */
  private idfVector(): number[] {
    const idf = this.idf as number[];
    const front = this.specialIdf ?? new Array<number>(this.tokenStart).fill(Math.fround(idf.reduce((a, b) => a + b, 0) / idf.length));
    const all = [...front, ...idf];
    while (all.length < this.depth) all.push(0);
    return all;
  }

  /** Keys (strings, or int64 ids) → int64 indices, with the mask and OOV handling of Keras's _lookup_dense. */
  lookup(keys: Output, probe: boolean): Output {
    const graph = keys.graph;
    const s = this.settings;
    if (!this.tokens) {
      if (!probe) throw invalidArgument(`${this.where}: no vocabulary; give vocabulary or call adapt(data) before building the model`);
      return ops.fill(ops.shape(keys, { outType: 'int64' }), ops.constant(graph, 0n, 'int64'));
    }
    const keyDtype = s.kind === 'string' ? 'string' : 'int64';
    const tokenValues = s.kind === 'string' ? this.tokens : this.tokens.map((t) => BigInt(t));
    const indices = this.tokens.map((_, i) => BigInt(this.tokenStart + i));
    const missing = s.numOovIndices === 1 ? BigInt(this.oovStart) : -1n;
    let ids = staticLookup(
      graph,
      ops.constant(graph, tokenValues, keyDtype),
      ops.constant(graph, indices, 'int64'),
      ops.constant(graph, missing, 'int64'),
      keys,
    );
    if (s.maskToken !== null) {
      const masked = ops.equal(keys, ops.constant(graph, s.kind === 'string' ? s.maskToken : BigInt(s.maskToken), keyDtype));
      // Int mode: index 0. Other modes: one past the last id, dropped by the encoding (Keras uses int64 max).
      const maskValue = s.outputMode === 'int' ? 0n : BigInt(this.depth);
      ids = ops.selectV2(masked, ops.constant(graph, maskValue, 'int64'), ids);
    }
    if (s.numOovIndices === 0) {
      const known = ops.all(
        ops.notEqual(ids, ops.constant(graph, -1n, 'int64')),
        ops.range(ops.constant(graph, 0, 'int32'), ops.rank(ids), ops.constant(graph, 1, 'int32')),
      );
      const message = ops.constant(
        graph,
        `${this.where}: an input is not in the vocabulary and numOovIndices is 0 (set numOovIndices: 1 to map unknown values to an OOV index)`,
        'string',
      );
      const check = ops.assert(known, [message], { name: 'check_vocabulary' });
      return graph.withControlDependencies([check], () => ops.identity(ids));
    }
    if (s.numOovIndices > 1) {
      let slot: Output;
      if (s.kind === 'integer' && s.oovMethod === 'floormod')
        slot = ops.floorMod(keys, ops.constant(graph, BigInt(s.numOovIndices), 'int64'));
      else {
        const text = s.kind === 'string' ? keys : ops.asString(keys);
        slot = s.salt
          ? ops.stringToHashBucketStrong(text, { numBuckets: s.numOovIndices, key: s.salt })
          : ops.stringToHashBucketFast(text, { numBuckets: s.numOovIndices });
      }
      const oov = ops.add(slot, ops.constant(graph, BigInt(this.oovStart), 'int64'));
      ids = ops.selectV2(ops.equal(ids, ops.constant(graph, -1n, 'int64')), oov, ids);
    }
    return ids;
  }

  /** Indices → the layer's output: themselves (int) or their encoding over `depth` (float32). */
  encode(layer: string, ids: Output): Output {
    const mode = this.settings.outputMode;
    if (mode === 'int') return ids;
    return encodeCategorical(layer, ids, mode as CategoricalMode, this.depth, {
      idf: mode === 'tf_idf' ? this.idfVector() : undefined,
      dropDepth: this.settings.maskToken !== null,
    });
  }

  /** The encoding of ragged indices (row splits), one row per document. */
  encodeRagged(layer: string, splits: Output, ids: Output): Output {
    const mode = this.settings.outputMode;
    if (mode === 'int' || mode === 'one_hot') throw invalidArgument(`${this.where}: output mode "${mode}" has no ragged encoding`);
    return encodeRagged(layer, splits, ids, mode, this.depth, {
      idf: mode === 'tf_idf' ? this.idfVector() : undefined,
      dropDepth: this.settings.maskToken !== null,
    });
  }

  /** The config entries: the learnt or given tokens (without specials) and their idf weights. */
  config(): { vocabulary: Token[] | null; idfWeights: number[] | null } {
    if (!this.tokens) return { vocabulary: null, idfWeights: null };
    if (!this.idf) return { vocabulary: [...this.tokens], idfWeights: null };
    // With specials when their weights were given explicitly, so a rebuilt layer has the same vector.
    if (this.specialIdf) return { vocabulary: this.full(), idfWeights: [...this.specialIdf, ...this.idf] };
    return { vocabulary: [...this.tokens], idfWeights: [...this.idf] };
  }
}

/**
 * Documents of an adapt batch, as Keras's IndexLookup reads them: a lone rank-1 array is one token per document; a rank-1
 * batch of an iterable is one document; otherwise one document per row.
 */
export function documentsOf(shape: number[], values: Token[], loneArray: boolean): Token[][] {
  if (shape.length === 0) return [values];
  if (shape.length === 1) return loneArray ? values.map((v) => [v]) : [values];
  const rows = shape[0];
  const per = rows === 0 ? 0 : values.length / rows;
  return Array.from({ length: rows }, (_, r) => values.slice(r * per, (r + 1) * per));
}

/** The options StringLookup and IntegerLookup share (Keras's names, camelCase). */
export interface LookupOptions extends LayerOptions {
  /** Largest vocabulary, special slots included (null: no limit). */
  maxTokens?: number | null;
  /** OOV slots (default 1); 0 makes unknown inputs an error. */
  numOovIndices?: number;
  /** The vocabulary, with or without the special tokens in front; or learn it with adapt. */
  vocabulary?: Token[] | null;
  /** tf_idf with a given vocabulary: one weight per vocabulary entry. */
  idfWeights?: number[] | null;
  /** "int" (default; int64 indices), "one_hot", "multi_hot", "count" or "tf_idf" (float32). */
  outputMode?: LookupMode;
  /** Non-int modes: output width maxTokens instead of the vocabulary size. */
  padToMaxTokens?: boolean;
}

const LOOKUP_KEYS = [
  'maxTokens',
  'numOovIndices',
  'maskToken',
  'oovToken',
  'vocabulary',
  'idfWeights',
  'outputMode',
  'padToMaxTokens',
  'salt',
  'oovMethod',
];

/** StringLookup and IntegerLookup: one Vocabulary, looked up in the graph and encoded. */
export abstract class IndexLookupLayer extends PreprocessingLayer {
  protected readonly vocabularyState: Vocabulary;

  constructor(
    kind: 'string' | 'integer',
    options: LookupOptions & Record<string, unknown>,
    defaultName: string,
    defaults: { maskToken: Token | null; oovToken: Token | null },
  ) {
    const label = kind === 'string' ? 'stringLookup' : 'integerLookup';
    checkOptions(label, options, kind === 'string' ? LOOKUP_KEYS.filter((k) => k !== 'oovMethod') : LOOKUP_KEYS);
    super(options, defaultName);
    const where = `${label} "${this.name}"`;
    this.vocabularyState = new Vocabulary(where, vocabularySettings(where, kind, options, { ...defaults, numOovIndices: 1 }));
    if (options.vocabulary !== undefined && options.vocabulary !== null) this.vocabularyState.set(options.vocabulary, options.idfWeights);
    else if (options.idfWeights !== undefined && options.idfWeights !== null)
      throw invalidArgument(`${where}: idfWeights need a vocabulary`);
  }

  override getConfig(): Config {
    const s = this.vocabularyState.settings;
    const config: Config = {
      ...super.getConfig(),
      maxTokens: s.maxTokens,
      numOovIndices: s.numOovIndices,
      maskToken: s.maskToken,
      oovToken: s.oovToken,
      outputMode: s.outputMode,
      padToMaxTokens: s.padToMaxTokens,
      salt: s.salt,
      ...this.vocabularyState.config(),
    };
    if (s.kind === 'integer') config.oovMethod = s.oovMethod;
    return config;
  }

  /** The vocabulary as indexed, special tokens first (Keras's get_vocabulary()); empty before adapt. */
  getVocabulary(includeSpecialTokens = true): Token[] {
    if (!this.vocabularyState.tokens) return [];
    return includeSpecialTokens ? this.vocabularyState.full() : [...this.vocabularyState.tokens];
  }

  /** Size of the index space, special slots included. */
  vocabularySize(): number {
    return this.vocabularyState.tokenStart + (this.vocabularyState.tokens?.length ?? 0);
  }

  protected async learn(data: AdaptData): Promise<void> {
    const documents: Token[][] = [];
    const lone = isSingleBatch(data);
    for await (const batch of adaptBatches(data, `${this.vocabularyState.where} adapt`)) {
      for (const document of documentsOf(batch.shape, this.adaptValues(batch), lone)) documents.push(document);
    }
    this.vocabularyState.learn(documents);
  }

  /** The batch's values as tokens of this layer's kind (strings, or integers). */
  protected abstract adaptValues(batch: AdaptBatch): Token[];

  /** The graph input as lookup keys (string, or int64), refusing other dtypes. */
  protected abstract keys(input: Output): Output;

  protected call(ctx: CallContext, [input]: Output[]): Output {
    const probe = this.isProbe(ctx);
    const ids = this.vocabularyState.lookup(this.keys(input), probe);
    const output = this.vocabularyState.encode(this.name, ids);
    if (!probe) this.noteBuilt(ctx);
    return output;
  }
}

/** Whether adapt data is one batch (an array or tensor) rather than an iterable of batches. */
export function isSingleBatch(data: AdaptData): boolean {
  return (
    Array.isArray(data) ||
    ArrayBuffer.isView(data) ||
    data instanceof Tensor ||
    (typeof data === 'object' && data !== null && 'dtype' in data && 'shape' in data && 'data' in data)
  );
}
