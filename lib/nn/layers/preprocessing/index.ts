/** Preprocessing layers built into the graph (Keras's names): their state is config, so exports and saved models carry it. */
export { PreprocessingLayer } from './base';
export { Normalization } from './normalization';
export type { NormalizationOptions } from './normalization';
export { Discretization } from './discretization';
export type { DiscretizationOptions } from './discretization';
export { CategoryEncoding } from './category-encoding';
export type { CategoryEncodingOptions } from './category-encoding';
export { StringLookup } from './string-lookup';
export type { StringLookupOptions } from './string-lookup';
export { IntegerLookup } from './integer-lookup';
export type { IntegerLookupOptions } from './integer-lookup';
export { Hashing } from './hashing';
export type { HashingOptions } from './hashing';
export { TextVectorization } from './text-vectorization';
export type { TextVectorizationOptions } from './text-vectorization';
export type { AdaptData } from './common';
