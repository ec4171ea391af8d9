/**
 * Errors: every non-OK TensorFlow status, and every misuse hydra-tf detects
 * itself, becomes a TensorFlowError carrying TensorFlow's code name.
 */

/** TensorFlow's status code names, by numeric code. */
export const CODE_NAMES = [
  'OK',
  'CANCELLED',
  'UNKNOWN',
  'INVALID_ARGUMENT',
  'DEADLINE_EXCEEDED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED',
  'FAILED_PRECONDITION',
  'ABORTED',
  'OUT_OF_RANGE',
  'UNIMPLEMENTED',
  'INTERNAL',
  'UNAVAILABLE',
  'DATA_LOSS',
  'UNAUTHENTICATED',
] as const;

export type ErrorCode = Exclude<(typeof CODE_NAMES)[number], 'OK'>;

/** Base class: `code` is TensorFlow's code name, `message` its message (with context). */
export class TensorFlowError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
  /** TensorFlow's numeric status code. */
  get tfCode(): number {
    return CODE_NAMES.indexOf(this.code);
  }
}

export class CancelledError extends TensorFlowError {}
export class UnknownError extends TensorFlowError {}
export class InvalidArgumentError extends TensorFlowError {}
export class DeadlineExceededError extends TensorFlowError {}
export class NotFoundError extends TensorFlowError {}
export class AlreadyExistsError extends TensorFlowError {}
export class PermissionDeniedError extends TensorFlowError {}
export class ResourceExhaustedError extends TensorFlowError {}
export class FailedPreconditionError extends TensorFlowError {}
export class AbortedError extends TensorFlowError {}
export class OutOfRangeError extends TensorFlowError {}
export class UnimplementedError extends TensorFlowError {}
export class InternalError extends TensorFlowError {}
export class UnavailableError extends TensorFlowError {}
export class DataLossError extends TensorFlowError {}
export class UnauthenticatedError extends TensorFlowError {}

const CLASSES: Record<ErrorCode, new (code: ErrorCode, message: string) => TensorFlowError> = {
  CANCELLED: CancelledError,
  UNKNOWN: UnknownError,
  INVALID_ARGUMENT: InvalidArgumentError,
  DEADLINE_EXCEEDED: DeadlineExceededError,
  NOT_FOUND: NotFoundError,
  ALREADY_EXISTS: AlreadyExistsError,
  PERMISSION_DENIED: PermissionDeniedError,
  RESOURCE_EXHAUSTED: ResourceExhaustedError,
  FAILED_PRECONDITION: FailedPreconditionError,
  ABORTED: AbortedError,
  OUT_OF_RANGE: OutOfRangeError,
  UNIMPLEMENTED: UnimplementedError,
  INTERNAL: InternalError,
  UNAVAILABLE: UnavailableError,
  DATA_LOSS: DataLossError,
  UNAUTHENTICATED: UnauthenticatedError,
};

/** The error for a TensorFlow code name (unknown names become UNKNOWN). */
export function makeError(code: string, message: string): TensorFlowError {
  const known = (Object.prototype.hasOwnProperty.call(CLASSES, code) ? code : 'UNKNOWN') as ErrorCode;
  // TensorFlow's Assert prints its string data C-escaped (`output \"digit\"`): shown as written.
  const text = message.startsWith('assertion failed: ') ? message.replace(/\\(["'\\])/g, '$1') : message;
  return new CLASSES[known](known, text);
}

/** Shorthand for the argument errors the TypeScript layer raises itself. */
export function invalidArgument(message: string): InvalidArgumentError {
  return new InvalidArgumentError('INVALID_ARGUMENT', message);
}

export function failedPrecondition(message: string): FailedPreconditionError {
  return new FailedPreconditionError('FAILED_PRECONDITION', message);
}

export function notFound(message: string): NotFoundError {
  return new NotFoundError('NOT_FOUND', message);
}

/**
 * A shape as error messages write it: unknown dimensions (negative, or null) as "?", the way
 * TensorFlow's own messages do, and an unknown rank (null) as "<unknown rank>".
 */
export function formatShape(shape: ReadonlyArray<number | null> | null): string {
  return shape === null ? '<unknown rank>' : `[${shape.map((d) => (d === null || d < 0 ? '?' : d)).join(', ')}]`;
}
