/**
 * An incremental RFC 4180 CSV parser: text goes in chunk by chunk, complete records come out.
 * Quoted fields may hold delimiters, doubled quotes ("") and newlines, so a record can span
 * lines and chunks; only the unfinished record is carried over to the next chunk. Line endings
 * may be \n, \r\n or \r. Beyond the RFC, a quote inside an unquoted field is kept as a character
 * (as Python's csv module does), since such files are common and unambiguous.
 */
import { invalidArgument } from '../core';

export interface CsvRecord {
  fields: string[];
  /** 1-based line on which the record starts. */
  line: number;
  /** The record was an empty line. */
  empty: boolean;
}

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

export class CsvParser {
  private pending = '';
  private line = 1;
  private readonly delimiter: number;

  /** `what` names the source in errors (e.g. `fromCsv("train.csv")`). */
  constructor(
    delimiter: string,
    private readonly what: string,
  ) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw invalidArgument(
        `${what}: delimiter must be one character other than a quote or a line break, got ${JSON.stringify(delimiter)}`,
      );
    }
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** The records completed by this chunk. */
  push(chunk: string): CsvRecord[] {
    return this.parse(this.pending + chunk, false);
  }

  /** The last record, if the text did not end with a line break. */
  end(): CsvRecord[] {
    return this.parse(this.pending, true);
  }

  private parse(text: string, final: boolean): CsvRecord[] {
    const records: CsvRecord[] = [];
    const n = text.length;
    const delimiter = this.delimiter;
    let pos = 0;
    let line = this.line;
    let recordStart = 0;
    let recordLine = line;
    records: while (pos < n) {
      recordStart = pos;
      recordLine = line;
      const fields: string[] = [];
      for (;;) {
        let value: string;
        if (pos < n && text.charCodeAt(pos) === QUOTE) {
          // Quoted field: runs to a quote that is not doubled.
          const fieldLine = line;
          value = '';
          let segment = pos + 1;
          let closed = -1;
          for (let search = segment; ;) {
            const quote = text.indexOf('"', search);
            if (quote === -1) break;
            if (quote + 1 < n && text.charCodeAt(quote + 1) === QUOTE) {
              value += text.slice(segment, quote + 1);
              segment = search = quote + 2;
              continue;
            }
            if (quote + 1 >= n && !final) break; // the next chunk may start with a second quote
            value += text.slice(segment, quote);
            closed = quote;
            break;
          }
          if (closed === -1) {
            if (!final) break records; // unfinished: wait for more text
            throw invalidArgument(`${this.what} line ${fieldLine}: a quoted field is never closed (field ${fields.length + 1})`);
          }
          line += countLineBreaks(text, pos + 1, closed);
          pos = closed + 1;
          if (pos < n) {
            const next = text.charCodeAt(pos);
            if (next !== delimiter && next !== LF && next !== CR) {
              throw invalidArgument(
                `${this.what} line ${line}: unexpected ${JSON.stringify(text[pos])} after the closing quote of field ${fields.length + 1} (a quote inside a quoted field is written "")`,
              );
            }
          }
        } else {
          let end = pos;
          while (end < n) {
            const c = text.charCodeAt(end);
            if (c === delimiter || c === LF || c === CR) break;
            end++;
          }
          if (end >= n && !final) break records;
          value = text.slice(pos, end);
          pos = end;
        }
        fields.push(value);
        if (pos >= n) break; // final text without a trailing line break
        const c = text.charCodeAt(pos);
        if (c === delimiter) {
          pos++;
          continue;
        }
        if (c === CR) {
          if (pos + 1 >= n && !final) break records; // \r at a chunk's end: is \n next?
          pos += pos + 1 < n && text.charCodeAt(pos + 1) === LF ? 2 : 1;
        } else pos++; // LF
        line++;
        break;
      }
      records.push({ fields, line: recordLine, empty: fields.length === 1 && fields[0] === '' && text.charCodeAt(recordStart) !== QUOTE });
      recordStart = pos;
      recordLine = line;
    }
    // Whatever did not complete a record waits for the next chunk.
    this.pending = text.slice(recordStart);
    this.line = recordLine;
    return records;
  }
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}
