/**
 * Streaming text files: chunks (for the CSV parser, whose records may span lines) and lines (for
 * JSON lines). Nothing holds more than a chunk and a partial record, and a consumer that stops
 * early gets the file closed before its `break` completes, so partial reads never leak handles.
 */
import * as fs from 'fs';
import { TensorFlowError, invalidArgument, makeError, notFound } from '../../core';

const CHUNK_BYTES = 1 << 16;

/** Errors from the file system, as TensorFlow errors naming the file and the dataset. */
export function fileError(error: unknown, path: string, what: string): Error {
  if (error instanceof TensorFlowError) return error;
  const code = (error as NodeJS.ErrnoException)?.code;
  const reason = (error as Error)?.message ?? String(error);
  if (code === 'ENOENT') return notFound(`${what}: no such file ${JSON.stringify(path)}`);
  if (code === 'EISDIR') return invalidArgument(`${what}: ${JSON.stringify(path)} is a directory, expected a file`);
  if (code === 'EACCES' || code === 'EPERM')
    return makeError('PERMISSION_DENIED', `${what}: cannot read ${JSON.stringify(path)}: ${reason}`);
  return makeError('UNKNOWN', `${what}: reading ${JSON.stringify(path)} failed: ${reason}`);
}

/** Checks up front that a file exists and is a file, so a typo fails where the dataset is made. */
export function checkReadableFile(path: string, what: string): void {
  if (typeof path !== 'string' || path.length === 0) throw invalidArgument(`${what}: expected a file path, got ${JSON.stringify(path)}`);
  let stats: fs.Stats;
  try {
    stats = fs.statSync(path);
  } catch (error) {
    throw fileError(error, path, what);
  }
  if (stats.isDirectory()) throw invalidArgument(`${what}: ${JSON.stringify(path)} is a directory, expected a file`);
}

function closeStream(stream: fs.ReadStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.closed) return resolve();
    stream.once('close', () => resolve());
    stream.destroy();
  });
}

/** The file's text in chunks of about 64 KiB, decoded as UTF-8 (a leading BOM removed). */
export async function* readChunks(path: string, what: string): AsyncGenerator<string> {
  const stream = fs.createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
  let first = true;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      const text = first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
      first = false;
      yield text;
    }
  } catch (error) {
    throw fileError(error, path, what);
  } finally {
    await closeStream(stream);
  }
}

export interface Line {
  text: string;
  /** 1-based line number in the file. */
  number: number;
}

/** The file's lines without their terminators (\n or \r\n). */
export async function* readLines(path: string, what: string): AsyncGenerator<Line> {
  let carry = '';
  let number = 0;
  for await (const chunk of readChunks(path, what)) {
    const text = carry + chunk;
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      yield { text: text.slice(start, stop), number: ++number };
      start = end + 1;
    }
    carry = text.slice(start);
  }
  if (carry.length > 0) yield { text: carry.endsWith('\r') ? carry.slice(0, -1) : carry, number: number + 1 };
}
