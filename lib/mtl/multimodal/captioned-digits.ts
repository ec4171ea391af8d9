/**
 * A small multimodal data set made from MNIST-style digits: each example pairs a digit image with
 * a short caption from templates ("a handwritten seven") and three numeric features measured on
 * the image (ink, height and width of the inked box). Half the captions name the image's digit,
 * half another digit chosen at random, so there are two tasks: the digit (the image decides; a
 * matching caption helps) and whether the caption matches the image (needs both modalities).
 */
import { invalidArgument } from '../../core';
import { Random } from '../../data';

export const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEMPLATES = [
  'a handwritten {}',
  'the digit {}',
  'this is a {}',
  '{} written by hand',
  'an image of the number {}',
  'someone wrote {}',
];

// A type alias, not an interface, so that it is an Example (Record<string, unknown>) for MultimodalPipeline.
export type CaptionedDigit = {
  /** 784 pixels as given (e.g. 0..255 or 0..1). */
  image: ArrayLike<number>;
  caption: string;
  /** [ink (mean pixel / max), inked rows, inked columns]. */
  meta: number[];
  digit: number;
  /** 1 when the caption names the image's digit. */
  match: number;
};

/** Features of a 28 x 28 image: mean ink relative to `maxValue`, and the inked box's height and width in pixels. */
export function inkFeatures(image: ArrayLike<number>, maxValue: number): number[] {
  let ink = 0;
  const rows = new Set<number>();
  const cols = new Set<number>();
  for (let i = 0; i < 784; i++) {
    ink += image[i];
    if (image[i] > maxValue / 4) {
      rows.add(Math.floor(i / 28));
      cols.add(i % 28);
    }
  }
  const span = (s: Set<number>) => (s.size ? Math.max(...s) - Math.min(...s) + 1 : 0);
  return [ink / (784 * maxValue), span(rows), span(cols)];
}

/** Pairs `images` (n x 784, flat) with captions; `matchRate` of them name the true digit. Seeded. */
export function captionDigits(
  images: ArrayLike<number>,
  labels: ArrayLike<number>,
  options: { seed?: number; matchRate?: number; maxValue?: number } = {},
): CaptionedDigit[] {
  const n = labels.length;
  if (images.length !== n * 784)
    throw invalidArgument(`captionDigits: ${images.length} pixels for ${n} labels; expected ${n * 784} (28 x 28 each)`);
  const random = Random.fromSeed(options.seed ?? 0);
  const matchRate = options.matchRate ?? 0.5;
  const maxValue = options.maxValue ?? 1;
  const examples: CaptionedDigit[] = [];
  for (let i = 0; i < n; i++) {
    const digit = labels[i];
    const match = random.uniform() < matchRate ? 1 : 0;
    const named = match ? digit : (digit + random.int(1, 10)) % 10;
    const template = TEMPLATES[random.int(0, TEMPLATES.length)];
    const image = Array.prototype.slice.call(images, i * 784, (i + 1) * 784) as number[];
    examples.push({ image, caption: template.replace('{}', NUMBER_WORDS[named]), meta: inkFeatures(image, maxValue), digit, match });
  }
  return examples;
}
