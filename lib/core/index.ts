/** lib/core: tensors, graphs, sessions, dtypes, devices, errors and libtensorflow discovery. */
export * from './errors';
export * from './dtypes';
export { Tensor, tensor, scalar, dtypeSize, nestedArrayShape } from './tensor';
export type { TensorLike, TensorOptions, NestedArray } from './tensor';
export { Graph, Operation, Output, parseTensorName } from './graph';
export type { OperationSpec, AttrInput, FuncAttr, ImportOptions, ImportResult } from './graph';
export {
  BoundRun,
  Callable,
  Session,
  configProto,
  listDevices,
  loadSavedModelSession,
  CLOSE_GRACE_MS,
  REMOTE_RUN_TIMEOUT_MS,
} from './session';
export type { LoadedSession, CallableSpec, CloseOptions, SessionOptions, Device, Feeds, Fetch, RunOptions, IntoOptions } from './session';
export { Server, parseTfConfig, clusterDef } from './server';
export type { ClusterSpec, ServerOptions, TfConfig } from './server';
export { version, libraryLocation, resolveLibrary, packageRoot } from './library';
export type { LibraryLocation } from './library';
export { opRegistry } from './registry';
// For the layers above (DESIGN.md section 3: a layer is entered through its index).
export * as durable from './durable';
export { numberToBfloat16, bfloat16ToNumber, numberToFloat16, float16ToNumber } from './half';
export { KERNEL_GUARDS } from './kernel-guards';
export type { KernelGuard } from './kernel-guards';
