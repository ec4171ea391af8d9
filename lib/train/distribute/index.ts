/**
 * lib/train/distribute: training across processes on TensorFlow's distributed runtime. A strategy
 * (strategy.ts) tells the model runtime where its session connects, where variables live, which
 * data this process reads and whether it writes files; compile / mtl.model take it as `distribute`.
 */
export type { AppliedGradients, ApplyGradientsContext, DistributeStrategy, TaskRole, VariableInfo } from './strategy';
export { isStrategy } from './strategy';
export { shardBatch } from './data';
export { MultiWorkerMirroredStrategy, multiWorkerMirrored } from './mirrored';
export type { MultiWorkerMirroredOptions } from './mirrored';
export { ParameterServerStrategy, parameterServer } from './parameter-server';
export type { ParameterServerOptions } from './parameter-server';
export { ParameterServerPlacement } from './ps-placement';
export type { PlacementPolicy } from './ps-placement';
