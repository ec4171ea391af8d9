/**
 * What the TensorBoard callback writes besides losses and metrics: each step's diagnostics
 * (per-task gradient norms and cosines of mtl's `diagnostics`, mixture-of-experts gate means,
 * pruned weights' sparsity),
 * histograms of the model's weights, and the training graph.
 */
import type { Logs } from './progress';
import type { SummaryWriter } from './tensorboard';
import type { Trainer } from './trainer';

/** Step logs that are diagnostics: written every step, each under its own key as tag. */
export const STEP_DIAGNOSTIC = /^(grad_norm|grad_cos|gate|pruning)\//;

/** Writes this step's diagnostic values (those of `stepLogs` matching STEP_DIAGNOSTIC) at `step`. */
export function writeStepDiagnostics(writer: SummaryWriter, step: number, stepLogs: Logs): void {
  const values = Object.fromEntries(Object.entries(stepLogs).filter(([key]) => STEP_DIAGNOSTIC.test(key)));
  if (Object.keys(values).length) writer.scalars(step, values);
}

/** Writes a histogram of every float weight of the model (trainable or not) as "<variable>/histogram" at `step`. */
export async function writeWeightHistograms(writer: SummaryWriter, trainer: Trainer, step: number): Promise<void> {
  const names = new Set(
    trainer.model
      .weights(trainer.graph)
      .filter((v) => v.dtype === 'float32' || v.dtype === 'float64')
      .map((v) => v.name),
  );
  const weights = await trainer.getWeights();
  try {
    for (const [name, value] of weights) if (names.has(name)) writer.histogram(`${name}/histogram`, value.data() as Float32Array, step);
  } finally {
    for (const value of weights.values()) value.dispose();
  }
}

/** Writes the model's training graph (every program compiled so far) for TensorBoard's Graphs tab. */
export function writeTrainingGraph(writer: SummaryWriter, trainer: Trainer): void {
  writer.graph(trainer.graph.toGraphDef(), 0);
}
