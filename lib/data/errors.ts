/**
 * The error constructors the data layer needs beyond core's shorthands. They live here rather
 * than in lib/core/errors.ts only because that file belongs to another layer's owners.
 */
import { DataLossError, OutOfRangeError } from '../core';

/** A dataset ran out (or had nothing) where data was required. */
export function outOfRange(message: string): OutOfRangeError {
  return new OutOfRangeError('OUT_OF_RANGE', message);
}

/** A data file is truncated or not in the format it claims. */
export function dataLoss(message: string): DataLossError {
  return new DataLossError('DATA_LOSS', message);
}
