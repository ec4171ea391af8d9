/** fromJsonLines: one JSON value per line (JSON Lines / NDJSON), streamed line by line. */
import { invalidArgument } from '../../core';
import { Dataset } from '../dataset';
import { NO_DTYPES } from '../spec';
import { checkReadableFile, readLines } from './files';

/**
 * Each non-blank line parsed with JSON.parse; a malformed line is an InvalidArgumentError naming
 * the file and the line. Elements are typically feature dicts, so `T` defaults to one.
 */
export function fromJsonLines<T = Record<string, unknown>>(path: string): Dataset<T> {
  const description = `fromJsonLines(${JSON.stringify(path)})`;
  checkReadableFile(path, description);
  return new Dataset<T>({ description, cardinality: null, dtypes: NO_DTYPES, open: () => parseLines<T>(path, description) });
}

async function* parseLines<T>(path: string, description: string): AsyncGenerator<T> {
  for await (const line of readLines(path, description)) {
    if (line.text.trim().length === 0) continue;
    let value: T;
    try {
      value = JSON.parse(line.text) as T;
    } catch (error) {
      const excerpt = line.text.length > 60 ? `${line.text.slice(0, 60)}…` : line.text;
      throw invalidArgument(`${description} line ${line.number}: not valid JSON (${(error as Error).message}): ${excerpt}`);
    }
    yield value;
  }
}
