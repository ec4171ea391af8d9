// Metrics given by name follow the output's loss: on a logits head ("fromLogits: true") "auc"
// ranks sigmoid(logits), "accuracy" thresholds at logit 0, "precision"/"recall" at probability
// 0.5; a binary loss makes "accuracy" binary even with several columns (multi-label). Before,
// names ignored the loss: AUC thresholded raw logits in [0, 1] and accuracy cut logits at 0.5.
//
// The model's output is its input (a 1x1 or identity dense kernel, no bias), so the predictions
// are exactly the logits fed. The logits are chosen so that every sigmoid(logit) falls in its own
// bin of AUC's 200 thresholds (the centre of bin k, (k + ½)/199): the thresholded AUC then equals
// the exact AUC, computed here by ranking (the Mann-Whitney count of correctly ordered pairs).
import { nn, train } from '../../lib';

const { layers } = nn;

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Exact ROC AUC of scores against 0/1 labels: the share of (positive, negative) pairs ranked right (ties ½). */
function rankingAuc(scores: number[], labels: number[]): number {
  let right = 0;
  let pairs = 0;
  scores.forEach((s, i) => {
    if (labels[i] !== 1) return;
    scores.forEach((t, j) => {
      if (labels[j] !== 0) return;
      pairs++;
      right += s > t ? 1 : s === t ? 0.5 : 0;
    });
  });
  return right / pairs;
}

/** A model whose output is its `columns`-wide input, compiled with a binary logits loss and metrics by name. */
function identityHead(columns: number, metrics: train.CompileOptions['metrics']) {
  const x = layers.input({ name: 'x', shape: [columns] });
  const eye = Array.from({ length: columns * columns }, (_, i) => (i % (columns + 1) === 0 ? 1 : 0));
  const identity = layers.dense({ units: columns, useBias: false, kernelInitializer: nn.initializers.constant(eye), name: 'identity' });
  const model = nn.model({ inputs: { x }, outputs: { y: identity.apply(x) } });
  return train.compile(model, { optimizer: 'sgd', loss: train.losses.binaryCrossentropy({ fromLogits: true }), metrics, seed: 1 });
}

describe('metrics by name follow the loss', () => {
  // Bins (of 199) of the examples' probabilities, and their labels: positives and negatives
  // interleave, several logits lie in (0, 0.5] (probability in (0.5, 0.6225]).
  const bins = [5, 20, 40, 60, 80, 95, 100, 103, 106, 110, 115, 120, 130, 150, 170, 190];
  const labels = [0, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 1, 1];
  const probabilities = bins.map((k) => (k + 0.5) / 199);
  const logits = probabilities.map(logit);

  test('"auc", "accuracy", "precision", "recall" on a binary logits head', async () => {
    const trainer = identityHead(1, ['auc', 'accuracy', 'precision', 'recall']);
    try {
      const logs = await trainer.evaluate({ x: Float32Array.from(logits), y: Float32Array.from(labels) }, { batchSize: 5 });
      const scores = logits.map(sigmoid);
      expect(logs.auc).toBeCloseTo(rankingAuc(scores, labels), 6);
      const predicted = logits.map((z) => (z > 0 ? 1 : 0));
      const count = (f: (p: number, y: number) => boolean) => predicted.filter((p, i) => f(p, labels[i])).length;
      expect(logs.accuracy).toBeCloseTo(count((p, y) => p === y) / labels.length, 6);
      expect(logs.precision).toBeCloseTo(count((p, y) => p === 1 && y === 1) / count((p) => p === 1), 6);
      expect(logs.recall).toBeCloseTo(count((p, y) => p === 1 && y === 1) / count((_, y) => y === 1), 6);
      // The data tells the two rules apart: thresholds at logit 0.5 or on raw logits give other numbers.
      expect(count((p, y) => p === y)).not.toBe(logits.filter((z, i) => (z > 0.5 ? 1 : 0) === labels[i]).length);
    } finally {
      await trainer.close();
    }
  });

  test('"accuracy" with a binary loss on a multi-label head is binary accuracy per element', async () => {
    // 3 labels per example: Keras's shape rule would pick categorical accuracy (argmax).
    const trainer = identityHead(3, ['accuracy']);
    try {
      const rows = 16;
      const x = Float32Array.from({ length: rows * 3 }, (_, i) => logits[(i * 7) % logits.length] * (i % 2 ? 1 : -1));
      const y = Float32Array.from({ length: rows * 3 }, (_, i) => labels[(i * 5) % labels.length]);
      const logs = await trainer.evaluate({ x, y }, { batchSize: 4 });
      const right = Array.from(x).filter((z, i) => (z > 0 ? 1 : 0) === y[i]).length;
      expect(logs.accuracy).toBeCloseTo(right / x.length, 6);
    } finally {
      await trainer.close();
    }
  });
});
