/**
 * Weighting strategies, one module each (a new method is one file here and one test file), and
 * their registry: `get(name, config)` recreates a strategy from its `name` and `getConfig()`
 * (Keras's get/get_config), `register` adds a user-defined one, `aggregate` combines a given
 * gradient matrix by method name.
 */
export { equal } from './equal';
export { weightedSum } from './weighted-sum';
export { uncertainty } from './uncertainty';
export { max } from './max';
export { smoothMax } from './smooth-max';
export { dwa } from './dwa';
export { gls } from './gls';
export { rlw } from './rlw';
export { famo } from './famo';
export { pcgrad } from './pcgrad';
export { mgda } from './mgda';
export { cagrad } from './cagrad';
export { gradvac } from './gradvac';
export { imtlG } from './imtl-g';
export { nashMtl } from './nash-mtl';
export { alignedMtl } from './aligned-mtl';
export { upgrad } from './upgrad';
export { gradnorm } from './gradnorm';
export { get, register, names } from './registry';
export type { WeightingFactory } from './registry';
export { aggregate } from './aggregate';
export type { AggregateResult } from './aggregate';
export type { Weighting, WeightingContext, WeightingResult } from './types';
