// Node file-system errors as TensorFlowErrors, so a failing events file reports the same code
// TensorFlow's own writer would (its errno -> status mapping, for the errnos files produce).
import { makeError } from '../../core';
import type { ErrorCode, TensorFlowError } from '../../core';

const CODE_BY_ERRNO: Readonly<Record<string, ErrorCode>> = {
  ENOENT: 'NOT_FOUND',
  ENODEV: 'NOT_FOUND',
  ENXIO: 'NOT_FOUND',
  EEXIST: 'ALREADY_EXISTS',
  EPERM: 'PERMISSION_DENIED',
  EACCES: 'PERMISSION_DENIED',
  EROFS: 'PERMISSION_DENIED',
  ENOTDIR: 'FAILED_PRECONDITION',
  EISDIR: 'FAILED_PRECONDITION',
  EBADF: 'FAILED_PRECONDITION',
  EBUSY: 'FAILED_PRECONDITION',
  ENOSPC: 'RESOURCE_EXHAUSTED',
  EDQUOT: 'RESOURCE_EXHAUSTED',
  EMFILE: 'RESOURCE_EXHAUSTED',
  ENFILE: 'RESOURCE_EXHAUSTED',
  ENOMEM: 'RESOURCE_EXHAUSTED',
  EFBIG: 'OUT_OF_RANGE',
  EINVAL: 'INVALID_ARGUMENT',
  ENAMETOOLONG: 'INVALID_ARGUMENT',
  EAGAIN: 'UNAVAILABLE',
  EINTR: 'UNAVAILABLE',
};

/** `<what> "<path>": <node's message>` with the TensorFlow code for the error's errno. */
export function fileError(what: string, path: string, cause: unknown): TensorFlowError {
  const errno = (cause as NodeJS.ErrnoException | undefined)?.code ?? '';
  const detail = cause instanceof Error ? cause.message : String(cause);
  const error = makeError(CODE_BY_ERRNO[errno] ?? 'UNKNOWN', `${what} "${path}": ${detail}`);
  // Keep Node's error (errno, syscall) for whoever debugs it; the message already names the path.
  Object.defineProperty(error, 'cause', { value: cause, enumerable: false, configurable: true, writable: true });
  return error;
}
