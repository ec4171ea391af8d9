/**
 * Multimodal models: aligned examples with several modalities (pipeline.ts), text tokenised in
 * TypeScript (vocabulary.ts), and the layers that join towers (layers.ts). The towers themselves
 * are ordinary layers (conv for images; embedding then LSTM or masked mean pooling for text).
 */
export { Vocabulary, tokenize, PAD_ID, UNKNOWN_ID } from './vocabulary';
export type { VocabularyOptions } from './vocabulary';
export { MultimodalPipeline } from './pipeline';
export type { ModalitySpec, MultimodalOptions, Standardisation } from './pipeline';
export { Fusion, MaskedMeanPooling } from './layers';
export type { FusionOptions } from './layers';
import { Fusion, FusionOptions, MaskedMeanPooling } from './layers';
import { LayerOptions } from '../../nn';

/** A fusion layer (see Fusion). */
export const fusion = (options: FusionOptions) => new Fusion(options);
/** Masked mean pooling of token embeddings (see MaskedMeanPooling). */
export const maskedMeanPooling = (options?: LayerOptions) => new MaskedMeanPooling(options);
export { captionDigits, inkFeatures, NUMBER_WORDS } from './captioned-digits';
export type { CaptionedDigit } from './captioned-digits';
