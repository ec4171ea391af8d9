/**
 * fromCsv: a CSV file as a stream of feature dicts, parsed chunk by chunk (see ../csv-parser.ts),
 * so a file far larger than memory trains as easily as a small one. Column types are fixed per
 * column (given, or inferred from the first data row) and every row is checked against them:
 * a bad row is an error naming the file, the line and the column, never a silent NaN.
 */
import { DType, isDType, invalidArgument } from '../../core';
import { CsvParser, CsvRecord } from '../csv-parser';
import { Dataset } from '../dataset';
import { ColumnChunk } from '../spec';
import type { Scalar } from '../element-value';
import { checkReadableFile, readChunks } from './files';

/** 'number' (float32 when batched), 'string', 'boolean' (true/false/1/0), or a dtype name. */
export type CsvColumnType = 'number' | 'string' | 'boolean' | DType;

export interface CsvOptions {
  /** The first record names the columns. Default true. */
  header?: boolean;
  /** With a header: the columns to keep, in this order. Without: the names of all columns (required). */
  columns?: string[];
  /** One character. Default ','. */
  delimiter?: string;
  /** Per-column types; columns not listed are 'number' if their first data row parses as one, else 'string'. */
  types?: Record<string, CsvColumnType>;
  /** Per-column values for empty fields; without one, an empty field in a non-string column is an error. */
  defaults?: Record<string, Scalar>;
  /** Skip empty lines (default true); otherwise an empty line is a row with too few fields. */
  skipEmptyLines?: boolean;
}

type Parse = (text: string, line: number) => Scalar;

interface Layout {
  names: string[];
  /** Field index of each kept column. */
  indices: number[];
  fieldCount: number;
}

const NUMERIC_DTYPES = new Set<string>([
  'float16',
  'bfloat16',
  'float32',
  'float64',
  'int8',
  'int16',
  'int32',
  'uint8',
  'uint16',
  'uint32',
]);

export function fromCsv(path: string, options: CsvOptions = {}): Dataset<Record<string, Scalar>> {
  const description = `fromCsv(${JSON.stringify(path)})`;
  const header = options.header ?? true;
  if (!header && !options.columns) throw invalidArgument(`${description}: a file without a header needs columns: [names of every column]`);
  const dtypes: Record<string, DType> = {};
  for (const [column, type] of Object.entries(options.types ?? {})) {
    if (type !== 'number' && type !== 'string' && type !== 'boolean' && !isDType(type)) {
      throw invalidArgument(`${description}: types.${column} is '${String(type)}'; expected 'number', 'string', 'boolean' or a dtype name`);
    }
    if (isDType(type)) {
      if (!NUMERIC_DTYPES.has(type) && !['int64', 'uint64', 'bool', 'string'].includes(type)) {
        throw invalidArgument(`${description}: types.${column}: a CSV field cannot become ${type}`);
      }
      dtypes[column] = type;
    }
  }
  new CsvParser(options.delimiter ?? ',', description); // checks the delimiter now
  checkReadableFile(path, description);
  return new Dataset({
    description,
    cardinality: null,
    dtypes: Object.freeze(dtypes),
    open: () => readCsv(path, options, description),
    columnChunks: () => readCsvColumns(path, options, description),
  });
}

/**
 * The reading of records shared by both paths: the header or given columns, the field count
 * check, the column types fixed at the first data row. Returns each record's values in column
 * order, or null for a record that is not data (the header, a skipped empty line).
 */
function recordReader(options: CsvOptions, description: string): { names(): readonly string[]; read(record: CsvRecord): Scalar[] | null } {
  const skipEmpty = options.skipEmptyLines ?? true;
  const header = options.header ?? true;
  let layout: Layout | null = header ? null : headerlessLayout(options.columns!);
  let parsers: Parse[] | null = null;
  return {
    names: () => layout?.names ?? [],
    read(record) {
      if (record.empty && skipEmpty) return null;
      if (layout === null) {
        layout = headerLayout(record, options.columns, description);
        return null;
      }
      if (record.fields.length !== layout.fieldCount) {
        throw invalidArgument(
          `${description} line ${record.line}: ${record.fields.length} field(s), expected ${layout.fieldCount} (as in ${header ? 'the header' : 'columns'})`,
        );
      }
      parsers ??= columnParsers(layout, record, options, description);
      const values: Scalar[] = new Array(layout.names.length);
      for (let c = 0; c < values.length; c++) values[c] = parsers[c](record.fields[layout.indices[c]], record.line);
      return values;
    },
  };
}

/** One row object per record, each made (and checked) only when the consumer asks for it. */
async function* readCsv(path: string, options: CsvOptions, description: string): AsyncGenerator<Record<string, Scalar>> {
  const parser = new CsvParser(options.delimiter ?? ',', description);
  const reader = recordReader(options, description);
  const rows = function* (records: CsvRecord[]): Generator<Record<string, Scalar>> {
    for (const record of records) {
      const values = reader.read(record);
      if (!values) continue;
      const names = reader.names();
      const row: Record<string, Scalar> = {};
      for (let c = 0; c < names.length; c++) row[names[c]] = values[c];
      yield row;
    }
  };
  for await (const chunk of readChunks(path, description)) yield* rows(parser.push(chunk));
  yield* rows(parser.end());
}

/** The file chunk by chunk, each chunk's records parsed straight into one array per column (for batch()). */
async function* readCsvColumns(path: string, options: CsvOptions, description: string): AsyncGenerator<ColumnChunk> {
  const parser = new CsvParser(options.delimiter ?? ',', description);
  const reader = recordReader(options, description);
  const columnsOf = (records: CsvRecord[]): ColumnChunk | null => {
    let columns: Scalar[][] | null = null;
    let count = 0;
    for (const record of records) {
      const values = reader.read(record);
      if (!values) continue;
      columns ??= values.map(() => []);
      for (let c = 0; c < values.length; c++) columns[c].push(values[c]);
      count++;
    }
    return columns ? { names: reader.names(), count, columns } : null;
  };
  for await (const chunk of readChunks(path, description)) {
    const columns = columnsOf(parser.push(chunk));
    if (columns) yield columns;
  }
  const last = columnsOf(parser.end());
  if (last) yield last;
}

function headerlessLayout(columns: string[]): Layout {
  return { names: columns, indices: columns.map((_, i) => i), fieldCount: columns.length };
}

function headerLayout(record: CsvRecord, wanted: string[] | undefined, description: string): Layout {
  const header = record.fields;
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) throw invalidArgument(`${description} line ${record.line}: the header names column "${name}" twice`);
    seen.add(name);
  }
  const names = wanted ?? header;
  const indices = names.map((name) => {
    const index = header.indexOf(name);
    if (index === -1) throw invalidArgument(`${description}: no column "${name}" in the header (columns: ${header.join(', ')})`);
    return index;
  });
  return { names, indices, fieldCount: header.length };
}

function columnParsers(layout: Layout, firstRow: CsvRecord, options: CsvOptions, description: string): Parse[] {
  return layout.names.map((name, c) => {
    const fallback = options.defaults?.[name];
    const first = firstRow.fields[layout.indices[c]];
    // An empty first field says nothing about the column; a numeric default does.
    const inferred = looksNumeric(first) || (first === '' && typeof fallback === 'number') ? 'number' : 'string';
    const type = options.types?.[name] ?? inferred;
    const where = (line: number) => `${description} line ${line}, column "${name}"`;
    const convert = converter(type, name, where);
    return (text: string, line: number): Scalar => {
      if (text !== '') return convert(text, line);
      if (fallback !== undefined) return fallback;
      if (type === 'string') return text;
      throw invalidArgument(`${where(line)}: empty field (give defaults: { ${JSON.stringify(name)}: value } to fill empty fields)`);
    };
  });
}

function looksNumeric(text: string): boolean {
  return text.trim() !== '' && !Number.isNaN(Number(text));
}

function converter(type: CsvColumnType, name: string, where: (line: number) => string): Parse {
  if (type === 'string') return (text) => text;
  if (type === 'boolean' || type === 'bool') {
    return (text, line) => {
      const lower = text.trim().toLowerCase();
      if (lower === 'true' || lower === '1') return true;
      if (lower === 'false' || lower === '0') return false;
      throw invalidArgument(`${where(line)}: ${JSON.stringify(text)} is not a boolean (true/false/1/0)`);
    };
  }
  if (type === 'int64' || type === 'uint64') {
    return (text, line) => {
      try {
        return BigInt(text.trim());
      } catch {
        throw invalidArgument(`${where(line)}: ${JSON.stringify(text)} is not an integer`);
      }
    };
  }
  // 'number' and the numeric dtypes: range and integer checks happen when batching, against the dtype.
  return (text, line) => {
    const value = Number(text);
    // Number('') and Number('  ') are 0: a blank field must not become a silent zero.
    if ((Number.isNaN(value) && !/^\s*[+-]?nan\s*$/i.test(text)) || text.trim() === '') {
      throw invalidArgument(`${where(line)}: ${JSON.stringify(text)} is not a number`);
    }
    // A literal NaN or Infinity would train to NaN many steps later: missing values are empty
    // fields, filled by `defaults` or refused.
    if (!Number.isFinite(value)) {
      throw invalidArgument(
        `${where(line)}: ${JSON.stringify(text)} is not a finite number (leave a missing value empty and give defaults: { ${JSON.stringify(name)}: value } to fill it)`,
      );
    }
    return value;
  };
}
