/**
 * TextVectorization (Keras's): strings → standardize (lowercase and/or strip ASCII punctuation,
 * the same StringLower and regex TensorFlow ops as Keras) → split on whitespace (StringSplitV2) →
 * optional n-grams joined by a space (StringNGrams) → a vocabulary lookup with mask "" at 0 and
 * OOV "[UNK]" at 1 → int sequences (padded with 0 or cut to outputSequenceLength) or
 * multi_hot / count / tf_idf rows. `adapt` runs the same standardize/split/ngram ops in
 * TensorFlow, so learnt tokens are exactly what the graph looks up.
 */
import { Graph, Output, Session, Tensor, invalidArgument, formatShape } from '../../../core';
import * as ops from '../../../ops';
import { Config } from '../../config';
import { CallContext, LayerOptions } from '../../layer';
import { checkOptions } from '../../options';
import { PreprocessingLayer } from './base';
import { AdaptData, adaptBatches } from './common';
import { LookupMode, Token, Vocabulary, documentsOf, isSingleBatch, vocabularySettings } from './index-lookup';

const STANDARDIZE = ['lower_and_strip_punctuation', 'lower', 'strip_punctuation'] as const;
type Standardize = (typeof STANDARDIZE)[number];
const MODES: readonly LookupMode[] = ['int', 'multi_hot', 'count', 'tf_idf'];

/** Keras's DEFAULT_STRIP_REGEX: ASCII punctuation. */
const PUNCTUATION = String.raw`[!"#$%&()\*\+,-\./:;<=>?@\[\\\]^_` + '`' + String.raw`{|}~\']`;

export interface TextVectorizationOptions extends LayerOptions {
  /** Vocabulary size with the mask "" and OOV "[UNK]" (null: no limit). */
  maxTokens?: number | null;
  /** Default "lower_and_strip_punctuation"; null keeps the text as is. */
  standardize?: Standardize | null;
  /** "whitespace" (default) or null (each string is one token). */
  split?: 'whitespace' | null;
  /** n: all 1..n-grams; a list: those widths; null: the tokens only. */
  ngrams?: number | number[] | null;
  /** "int" (default), "multi_hot", "count" or "tf_idf". */
  outputMode?: LookupMode;
  /** int mode: pad with 0 or cut every row to this length (default: the longest row of the batch). */
  outputSequenceLength?: number | null;
  padToMaxTokens?: boolean;
  /** The vocabulary (without or with "" and "[UNK]" in front), instead of adapt. */
  vocabulary?: string[] | null;
  idfWeights?: number[] | null;
}

export class TextVectorization extends PreprocessingLayer {
  readonly standardize: Standardize | null;
  readonly split: 'whitespace' | null;
  readonly ngrams: number[] | null;
  private readonly ngramsOption: number | number[] | null;
  readonly outputSequenceLength: number | null;
  private readonly vocabularyState: Vocabulary;

  constructor(options: TextVectorizationOptions = {}) {
    checkOptions('textVectorization', options, [
      'maxTokens',
      'standardize',
      'split',
      'ngrams',
      'outputMode',
      'outputSequenceLength',
      'padToMaxTokens',
      'vocabulary',
      'idfWeights',
    ]);
    super(options, 'text_vectorization');
    const where = `textVectorization "${this.name}"`;
    const standardize = options.standardize === undefined ? 'lower_and_strip_punctuation' : options.standardize;
    if (standardize !== null && !STANDARDIZE.includes(standardize))
      throw invalidArgument(
        `${where}: standardize must be one of ${STANDARDIZE.map((s) => `"${s}"`).join(', ')} or null, got ${JSON.stringify(options.standardize)}`,
      );
    this.standardize = standardize;
    const split = options.split === undefined ? 'whitespace' : options.split;
    if (split !== null && split !== 'whitespace')
      throw invalidArgument(`${where}: split must be "whitespace" or null, got ${JSON.stringify(options.split)}`);
    this.split = split;
    const ngrams = options.ngrams ?? null;
    this.ngramsOption = Array.isArray(ngrams) ? [...ngrams] : ngrams;
    const widths = ngrams === null ? null : typeof ngrams === 'number' ? Array.from({ length: ngrams }, (_, i) => i + 1) : ngrams;
    if (widths !== null && (!Array.isArray(widths) || widths.length === 0 || widths.some((w) => !Number.isInteger(w) || w < 1)))
      throw invalidArgument(`${where}: ngrams must be a positive integer, a list of them, or null, got ${JSON.stringify(ngrams)}`);
    if (widths !== null && split === null) throw invalidArgument(`${where}: ngrams need split "whitespace"`);
    this.ngrams = widths;
    this.vocabularyState = new Vocabulary(
      where,
      vocabularySettings(
        where,
        'string',
        { ...options, maskToken: '', oovToken: '[UNK]' },
        { maskToken: '', oovToken: '[UNK]', numOovIndices: 1 },
        MODES,
      ),
    );
    const length = options.outputSequenceLength ?? null;
    if (length !== null && (!Number.isInteger(length) || length < 1))
      throw invalidArgument(`${where}: outputSequenceLength must be a positive integer or null`);
    if (length !== null && this.vocabularyState.settings.outputMode !== 'int')
      throw invalidArgument(`${where}: outputSequenceLength only applies to output mode "int"`);
    this.outputSequenceLength = length;
    if (options.vocabulary !== undefined && options.vocabulary !== null) this.vocabularyState.set(options.vocabulary, options.idfWeights);
  }

  override getConfig(): Config {
    const s = this.vocabularyState.settings;
    return {
      ...super.getConfig(),
      maxTokens: s.maxTokens,
      standardize: this.standardize,
      split: this.split,
      ngrams: this.ngramsOption,
      outputMode: s.outputMode,
      outputSequenceLength: this.outputSequenceLength,
      padToMaxTokens: s.padToMaxTokens,
      ...this.vocabularyState.config(),
    };
  }

  /** The vocabulary as indexed: "" and "[UNK]" first (Keras's get_vocabulary()); empty before adapt. */
  getVocabulary(includeSpecialTokens = true): Token[] {
    if (!this.vocabularyState.tokens) return [];
    return includeSpecialTokens ? this.vocabularyState.full() : [...this.vocabularyState.tokens];
  }

  /** Standardize, split and n-grams: strings [batch] → tokens (flat) and row splits (int64), or the standardized strings when not splitting. */
  private tokenize(graph: Graph, text: Output): { tokens: Output; splits: Output | null } {
    let x = text;
    if (this.standardize === 'lower' || this.standardize === 'lower_and_strip_punctuation') x = ops.stringLower(x);
    if (this.standardize === 'strip_punctuation' || this.standardize === 'lower_and_strip_punctuation')
      x = ops.staticRegexReplace(x, { pattern: PUNCTUATION, rewrite: '', replaceGlobal: true });
    if (this.split === null) return { tokens: x, splits: null };
    const pieces = ops.stringSplitV2(x, ops.constant(graph, '', 'string'));
    // Row splits from the row of each piece: [0, cumulative counts per row].
    const rows = ops.stridedSlice(
      pieces.indices,
      ops.constant(graph, [0, 0], 'int32'),
      ops.constant(graph, [0, 1], 'int32'),
      ops.constant(graph, [1, 1], 'int32'),
      { beginMask: 1, endMask: 1, shrinkAxisMask: 2 },
    );
    const nrows = ops.stridedSlice(
      pieces.shape,
      ops.constant(graph, [0], 'int32'),
      ops.constant(graph, [1], 'int32'),
      ops.constant(graph, [1], 'int32'),
      { shrinkAxisMask: 1 },
    );
    const counts = ops.unsortedSegmentSum(ops.onesLike(rows), rows, nrows);
    let splits = ops.concatV2(
      [ops.constant(graph, [0n], 'int64'), ops.cumsum(counts, ops.constant(graph, 0, 'int32'))],
      ops.constant(graph, 0, 'int32'),
    );
    let tokens = pieces.values;
    if (this.ngrams) {
      const grams = ops.stringNGrams(tokens, splits, {
        separator: ' ',
        ngramWidths: this.ngrams,
        leftPad: '',
        rightPad: '',
        padWidth: 0,
        preserveShortSequences: false,
      });
      tokens = grams.ngrams;
      splits = grams.ngramsSplits;
    }
    return { tokens, splits };
  }

  /** Texts as a rank-1 batch: [batch] or [batch, 1] (squeezed), as Keras accepts them. */
  private flatText(input: Output): Output {
    const shape = input.shape;
    if (shape !== null && shape.length === 2 && shape[1] === 1 && this.split !== null) return ops.squeeze(input, { squeezeDims: [1] });
    if (this.split !== null && (shape === null || shape.length !== 1))
      throw invalidArgument(
        `layer "${this.name}": textVectorization takes strings of shape [batch] or [batch, 1], got ${formatShape(shape ?? [])}`,
      );
    return input;
  }

  protected async learn(data: AdaptData): Promise<void> {
    const where = `${this.vocabularyState.where} adapt`;
    const graph = new Graph();
    const text = ops.placeholder(graph, { dtype: 'string', shape: [-1] });
    const { tokens, splits } = this.tokenize(graph, text);
    const session = new Session(graph);
    const documents: Token[][] = [];
    const lone = isSingleBatch(data);
    try {
      for await (const batch of adaptBatches(data, where)) {
        if (batch.kind !== 'string') throw invalidArgument(`${where}: got numbers; textVectorization takes strings`);
        if (batch.shape.length > 2 || (batch.shape.length === 2 && batch.shape[1] !== 1 && this.split !== null))
          throw invalidArgument(`${where}: texts must have shape [n] or [n, 1], got [${batch.shape}]`);
        const input = Tensor.from(batch.values as string[], { dtype: 'string', shape: [batch.values.length] });
        try {
          const fetched = await session.run([[text, input]], splits ? [tokens, splits] : [tokens]);
          const values = fetched[0].strings();
          if (splits) {
            const bounds = Array.from(fetched[1].data() as BigInt64Array, Number);
            for (let r = 0; r + 1 < bounds.length; r++) documents.push(values.slice(bounds[r], bounds[r + 1]));
          } else {
            // Unsplit: Keras treats a lone array as one text per document.
            for (const document of documentsOf(lone ? [values.length, 1] : batch.shape, values, lone)) documents.push(document);
          }
          for (const t of fetched) t.dispose();
        } finally {
          input.dispose();
        }
      }
    } finally {
      await session.close();
    }
    this.vocabularyState.learn(documents);
  }

  protected call(ctx: CallContext, [input]: Output[]): Output {
    if (input.dtype !== 'string') throw invalidArgument(`layer "${this.name}": textVectorization takes string tensors, got ${input.dtype}`);
    const graph = ctx.graph;
    const probe = this.isProbe(ctx);
    const vocabulary = this.vocabularyState;
    const { tokens, splits } = this.tokenize(graph, this.flatText(input));
    const ids = vocabulary.lookup(tokens, probe);
    let output: Output;
    if (!splits) output = vocabulary.encode(this.name, ids);
    else if (vocabulary.settings.outputMode !== 'int') output = vocabulary.encodeRagged(this.name, splits, ids);
    else {
      // Ragged → dense, padded with 0 (the mask index) and cut to outputSequenceLength.
      const shape = ops.constant(graph, [-1, this.outputSequenceLength ?? -1], 'int64');
      output = ops.raggedTensorToTensor(shape, ids, ops.constant(graph, 0n, 'int64'), [splits], { rowPartitionTypes: ['ROW_SPLITS'] });
    }
    if (!probe) this.noteBuilt(ctx);
    return output;
  }
}
