/**
 * hydra-tf: multi-task deep learning for Node.js on the real TensorFlow runtime.
 * This entry point re-exports the public layers (see DESIGN.md section 3).
 */
export * from './core';
export * as proto from './proto';
export * as data from './data';
export * as ops from './ops';
export * as savedModel from './saved-model';
export * as nn from './nn';
export * as train from './train';
export { layers } from './nn';
export { losses, metrics, optimizers, schedules, callbacks, distribute } from './train';
export * as mtl from './mtl';
