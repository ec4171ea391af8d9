/**
 * hydra-tf: multi-task deep learning for Node.js on the real TensorFlow runtime.
 * This entry point re-exports the public layers (see DESIGN.md section 3).
 */
export * from './core';
export * as proto from './proto';
