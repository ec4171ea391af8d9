/**
 * Multi-task architectures: each gives one representation per task, for mtl.model's
 * `representations`, with the task heads as towers on top.
 *
 *   const x = layers.input({ name: 'x', shape: [100] });
 *   const representations = mtl.architectures.mmoe({ tasks: ['a', 'b'], experts: 8, expertUnits: [16] }).apply(x);
 *   mtl.model({ inputs: { x }, representations, tasks: { a: {...}, b: {...} }, optimizer });
 */
export { Architecture, ArchitectureLayer } from './architecture';
export type { ArchitectureOutputs } from './architecture';
export type { ExpertOptions, ExpertSpec, GateSpec } from './experts';
export { sharedBottom, SharedBottom } from './shared-bottom';
export type { SharedBottomOptions } from './shared-bottom';
export { mmoe, MixtureOfExperts } from './mmoe';
export type { MMoEOptions } from './mmoe';
export { omoe } from './omoe';
export type { OMoEOptions } from './omoe';
export { cgc, CGC } from './cgc';
export type { CGCOptions } from './cgc';
export { ple, PLE } from './ple';
export type { PLEOptions } from './ple';
export { crossStitch, CrossStitch } from './cross-stitch';
export type { CrossStitchOptions } from './cross-stitch';
export { get, serialize } from './registry';
