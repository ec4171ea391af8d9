/** lib/train: losses, metrics, optimizers, schedules, the trainer, callbacks, checkpoints. */
export * as losses from './losses';
export * as metrics from './metrics';
export * as optimizers from './optimizers';
export * as schedules from './schedules';
export * as callbacks from './callbacks';
export * as distribute from './distribute';
export { Trainer, compile, load } from './trainer';
export { ModelRuntime } from './runtime';
export type { CompileOptions, FitOptions, History, ObjectiveBuilder, ObjectiveContext, ObjectiveResult } from './trainer';
export {
  Saver,
  checkpointPointer,
  checkpointState,
  latestCheckpoint,
  pointCheckpoint,
  removeCheckpointPointer,
  resolveCheckpoint,
} from './checkpoint';
export type { CheckpointState } from './checkpoint';
export type { BatchSource, Columns } from './feed';
export type { Logs, Verbosity, ProgressStream } from './progress';
export { ProgressBar, ProgressReporter, resolveVerbosity } from './progress';
export type { ClassWeight } from './class-weights';
export { createSummaryWriter, SummaryWriter } from './tensorboard';
export { lossScaleOptimizer, isLossScaleOptimizer } from './loss-scale';
export type { LossScaleOptimizer, LossScaleOptions } from './loss-scale';

// nn.load (lib/nn, a layer below) hands its work to train.load: registered here, typed by augmentation.
import { registerModelLoader } from '../nn';
import { Trainer as LoadedTrainer, load as loadTrainer } from './trainer';
declare module '../nn' {
  interface LoadedModel extends LoadedTrainer {}
}
registerModelLoader(loadTrainer);

// What lib/mtl builds with (DESIGN.md section 3: a layer is entered through its index).
export type { Loss, LossLike, Reduction } from './losses';
export type { MetricLike } from './metrics';
export type { Optimizer, OptimizerLike } from './optimizers';
export { attachRuntime, runtimeOf } from './runtime';
export { readModelDirectory, writeModelDirectory } from './model-directory';
export { skippedWrite } from './distribute/files';
export { isStrategy } from './distribute';
export type { DistributeStrategy } from './distribute';
