/**
 * lib/data: datasets for training and evaluation. Sources (typed arrays, objects, CSV and
 * JSON-lines files streamed, generators), transforms (map, filter, seeded shuffle, batch,
 * repeat, take, skip, prefetch, concatenate, zip), host-side batches and their conversion to
 * tensors, seeded randomness, and loaders for MNIST-style data sets.
 */
export { Dataset } from './dataset';
export type { IterateOptions } from './dataset';
export { checkColumnRows, fromArrays, fromObjects } from './sources/arrays';
export type { ArrayColumn, ArraysElement, ColumnRoles, FromArraysOptions } from './sources/arrays';
export { fromCsv } from './sources/csv';
export type { CsvOptions, CsvColumnType } from './sources/csv';
export { fromJsonLines } from './sources/json-lines';
export { fromGenerator } from './sources/generator';
export type { FromGeneratorOptions } from './sources/generator';
export type { BatchOptions } from './transforms/batch';
export type { ShuffleOptions } from './transforms/shuffle';
export type { MapFn, Predicate } from './transforms/map';
export { MASK_SUFFIX, stackElements } from './stack';
export type { StackOptions } from './stack';
export { hostTensor, isHostTensor, toTensors, allocateData, hostToTensor, markTransient, isTransient, releaseBatch } from './host-tensor';
export type { HostTensor, HostBatch } from './host-tensor';
export type { DatasetSpec, IterationPath } from './spec';
export type { FeatureValue, Scalar } from './element-value';
export { Random } from './random';
export { CsvParser } from './csv-parser';
export type { CsvRecord } from './csv-parser';
export { loadMnist } from './mnist';
export type { LoadMnistOptions, MnistData, MnistSource, MnistSplit } from './mnist';
export { parseIdx, readIdx } from './idx';
export type { IdxArray } from './idx';
