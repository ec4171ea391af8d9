// File sources: CSV and JSON lines, streamed. What they parse, the errors that name file, line
// and column, reopening on every pass, no leaked file handles, and a bounded heap on big files.
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { InvalidArgumentError, NotFoundError } from '../../lib/core/errors';
import { fromCsv, fromJsonLines } from '../../lib/data';
import { tempDir } from '../support/tmp';

let dir: string;
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
};

beforeAll(() => {
  dir = tempDir('data');
});

/** File descriptors of this process open on the test's own files (other handles come and go). */
function openFileCount(): number {
  let count = 0;
  for (const fd of fs.readdirSync('/proc/self/fd')) {
    try {
      if (fs.readlinkSync(`/proc/self/fd/${fd}`).startsWith(dir)) count++;
    } catch {
      // closed between listing and reading: not open
    }
  }
  return count;
}

/** Writes `lines` lines made by `line(i)` in 1 MiB pieces (the test data must not sit in memory either). */
function writeLines(name: string, header: string | null, lines: number, line: (i: number) => string): string {
  const p = path.join(dir, name);
  const fd = fs.openSync(p, 'w');
  let piece = header === null ? '' : `${header}\n`;
  for (let i = 0; i < lines; i++) {
    piece += `${line(i)}\n`;
    if (piece.length > 1 << 20) {
      fs.writeSync(fd, piece);
      piece = '';
    }
  }
  fs.writeSync(fd, piece);
  fs.closeSync(fd);
  return p;
}

/** The garbage collector, for measuring what is really retained (jest does not expose it). */
function collector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

describe('fromCsv', () => {
  test('reads a header, infers number and string columns, honours types, quotes, CRLF and a BOM', async () => {
    const p = file(
      'mixed.csv',
      '\ufeffid,text,score,label,ok\r\n' +
        '1,"hello, world",0.5,3,true\r\n' +
        '2,"line one\nline two",-1.25,7,0\r\n' +
        '\r\n' +
        '3,"say ""hi""",1e3,0,FALSE\r\n',
    );
    const ds = fromCsv(p, { types: { label: 'int32', ok: 'boolean' } });
    expect(ds.cardinality).toBeNull();
    expect(ds.dtypes).toEqual({ label: 'int32' });
    expect(await ds.toArray()).toEqual([
      { id: 1, text: 'hello, world', score: 0.5, label: 3, ok: true },
      { id: 2, text: 'line one\nline two', score: -1.25, label: 7, ok: false },
      { id: 3, text: 'say "hi"', score: 1000, label: 0, ok: false },
    ]);
    const [batch] = await ds.batch(3).toArray();
    expect(batch.label).toEqual({ dtype: 'int32', shape: [3], data: new Int32Array([3, 7, 0]) });
    expect(batch.score.data).toEqual(new Float32Array([0.5, -1.25, 1000]));
    expect(batch.ok).toEqual({ dtype: 'bool', shape: [3], data: new Uint8Array([1, 0, 0]) });
  });

  test('columns picks and orders columns; header: false names them; a delimiter; defaults fill empty fields', async () => {
    const p = file('pick.csv', 'a,b,c\n1,2,3\n4,,6\n');
    expect(await fromCsv(p, { columns: ['c', 'a'] }).toArray()).toEqual([
      { c: 3, a: 1 },
      { c: 6, a: 4 },
    ]);
    expect(await fromCsv(p, { defaults: { b: -1 } }).toArray()).toEqual([
      { a: 1, b: 2, c: 3 },
      { a: 4, b: -1, c: 6 },
    ]);
    const emptyFirst = file('empty-first.csv', 'a,b\n1,\n2,5\n');
    expect(await fromCsv(emptyFirst, { defaults: { b: 0 } }).toArray()).toEqual([
      { a: 1, b: 0 },
      { a: 2, b: 5 },
    ]);
    const headerless = file('headerless.tsv', '1\tx\n2\ty\n');
    expect(await fromCsv(headerless, { header: false, columns: ['n', 's'], delimiter: '\t' }).toArray()).toEqual([
      { n: 1, s: 'x' },
      { n: 2, s: 'y' },
    ]);
    const big = file('big-ints.csv', 'id\n9007199254740993\n');
    expect(await fromCsv(big, { types: { id: 'int64' } }).toArray()).toEqual([{ id: 9007199254740993n }]);
    const strings = file('strings.csv', 'zip,name\n01234,a\n,b\n');
    expect(await fromCsv(strings, { types: { zip: 'string' } }).toArray()).toEqual([
      { zip: '01234', name: 'a' },
      { zip: '', name: 'b' },
    ]);
  });

  test('bad rows are InvalidArgumentErrors naming the file, the line and the column', async () => {
    const ragged = file('ragged.csv', 'a,b\n1,2\n3\n');
    await expect(fromCsv(ragged).toArray()).rejects.toThrow(InvalidArgumentError);
    await expect(fromCsv(ragged).toArray()).rejects.toThrow(
      `fromCsv(${JSON.stringify(ragged)}) line 3: 1 field(s), expected 2 (as in the header)`,
    );
    const words = file('words.csv', 'a,b\n1,2\nthree,4\n');
    await expect(fromCsv(words).toArray()).rejects.toThrow(`fromCsv(${JSON.stringify(words)}) line 3, column "a": "three" is not a number`);
    const empty = file('empty-field.csv', 'a,b\n1,2\n3,\n');
    await expect(fromCsv(empty).toArray()).rejects.toThrow(
      /line 3, column "b": empty field \(give defaults: \{ "b": value \} to fill empty fields\)/,
    );
    await expect(fromCsv(empty, { columns: ['a', 'zz'] }).toArray()).rejects.toThrow(/no column "zz" in the header \(columns: a, b\)/);
    const unclosed = file('unclosed.csv', 'a,b\n1,"2\n');
    await expect(fromCsv(unclosed).toArray()).rejects.toThrow(/line 2: a quoted field is never closed/);
    const twice = file('twice.csv', 'a,a\n1,2\n');
    await expect(fromCsv(twice).toArray()).rejects.toThrow(/line 1: the header names column "a" twice/);
    expect(() => fromCsv(ragged, { header: false })).toThrow(/a file without a header needs columns/);
    expect(() => fromCsv(ragged, { types: { a: 'float' as never } })).toThrow(/types.a is 'float'/);
    expect(() => fromCsv(ragged, { delimiter: '::' })).toThrow(/delimiter must be one character/);
  });

  test('a literal NaN or Infinity is refused (naming file, line, column); empty fields keep their rules', async () => {
    const literal = file('nan.csv', 'a,b\n1,2\n3,NaN\n');
    await expect(fromCsv(literal).toArray()).rejects.toThrow(InvalidArgumentError);
    await expect(fromCsv(literal).toArray()).rejects.toThrow(
      `fromCsv(${JSON.stringify(literal)}) line 3, column "b": "NaN" is not a finite number (leave a missing value empty and give defaults: { "b": value } to fill it)`,
    );
    // Declared numeric columns too, whatever the spelling; and infinities.
    for (const text of ['nan', ' NaN', '-nan', 'Infinity', '-Infinity']) {
      const p = file('nan-typed.csv', `a,b\n1,${text}\n`);
      await expect(fromCsv(p, { types: { b: 'float32' } }).toArray()).rejects.toThrow(/line 2, column "b": .* is not a finite number/);
    }
    // An empty field with a default is still filled; a finite number still parses.
    const filled = file('filled.csv', 'a,b\n1,\n2,1e-3\n');
    expect(await fromCsv(filled, { defaults: { b: 0 } }).toArray()).toEqual([
      { a: 1, b: 0 },
      { a: 2, b: 0.001 },
    ]);
  });

  test('multi-byte UTF-8 split across 64 KiB read chunks decodes intact', async () => {
    const text = 'wörld 😀 ünïcödé';
    const p = writeLines('utf8.csv', 'id,text', 20_000, (i) => `${i},${text}`); // about 600 KB: many chunk edges
    let bad = 0;
    let count = 0;
    for await (const row of fromCsv(p)) {
      if (row.text !== text || row.id !== count) bad++;
      count++;
    }
    expect([count, bad]).toEqual([20_000, 0]);
  });

  test('a missing file is a NotFoundError when the dataset is made, or when a later pass reopens it', async () => {
    const missing = path.join(dir, 'nope.csv');
    expect(() => fromCsv(missing)).toThrow(NotFoundError);
    expect(() => fromCsv(missing)).toThrow(`fromCsv(${JSON.stringify(missing)}): no such file ${JSON.stringify(missing)}`);
    expect(() => fromCsv(dir)).toThrow(/is a directory, expected a file/);
    const p = file('vanishing.csv', 'a\n1\n');
    const ds = fromCsv(p);
    expect(await ds.toArray()).toEqual([{ a: 1 }]);
    fs.writeFileSync(p, 'a\n1\n2\n');
    expect(await ds.toArray()).toEqual([{ a: 1 }, { a: 2 }]); // each pass reopens the file
    fs.unlinkSync(p);
    await expect(ds.toArray()).rejects.toThrow(NotFoundError);
  });

  test('stopping early 200 times, with and without prefetch, leaks no file handle', async () => {
    const p = writeLines('partial.csv', 'x,y', 20_000, (i) => `${i},${i % 7}`);
    const ds = fromCsv(p);
    const before = openFileCount();
    for (let round = 0; round < 200; round++) {
      const source = round % 2 === 0 ? ds : ds.prefetch(4).map((row) => row);
      let rows = 0;
      for await (const row of source) {
        expect(row.x).toBe(rows);
        if (round === 0 && rows === 0) expect(openFileCount()).toBe(before + 1); // the counter sees the open file
        if (++rows === 3) break;
      }
    }
    expect(openFileCount()).toBe(before);
    // A pass that never pulls opens no file at all.
    for (let round = 0; round < 10; round++) ds.prefetch(2)[Symbol.asyncIterator]();
    expect(openFileCount()).toBe(before);
  });

  test('streams: 300,000 rows (about 20 MB) pass through with the retained heap under 4 MB', async () => {
    const rows = 300_000;
    const p = writeLines(
      'big.csv',
      'id,group,value,text',
      rows,
      (i) => `${i},${i % 10},${(i % 1000) / 8},"row ${i}, padded ..................................."`,
    );
    const fileBytes = fs.statSync(p).size;
    expect(fileBytes).toBeGreaterThan(20e6);
    const gc = collector();
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let count = 0;
    let idSum = 0;
    let peak = 0;
    for await (const row of fromCsv(p)) {
      idSum += row.id as number;
      if (++count % 50_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
      }
    }
    expect(count).toBe(rows);
    expect(idSum).toBe((rows * (rows - 1)) / 2);
    // Loading the file whole would retain at least its 20 MB of text; streaming keeps a chunk.
    expect(peak).toBeLessThan(4e6);
  });
});

describe('fromJsonLines', () => {
  test('parses one JSON value per line, skipping blank lines and CRLF endings', async () => {
    const p = file('data.jsonl', '{"image":[1,2],"label":3}\r\n\n  \n{"image":[3,4],"label":null,"tags":["a"]}\n{"image":[5,6],"label":1}');
    expect(await fromJsonLines(p).toArray()).toEqual([
      { image: [1, 2], label: 3 },
      { image: [3, 4], label: null, tags: ['a'] },
      { image: [5, 6], label: 1 },
    ]);
    const labelled = fromJsonLines<{ image: number[]; label: number | null }>(p).map(({ image, label }) => ({ image, label }));
    const [batch] = await labelled.batch(3, { missing: { label: -1 } }).toArray();
    expect(batch.label.data).toEqual(new Float32Array([3, -1, 1]));
    expect(batch.label_mask.data).toEqual(new Float32Array([1, 0, 1]));
  });

  test('a malformed line is an InvalidArgumentError naming the file and the line', async () => {
    const p = file('bad.jsonl', '{"a":1}\n{"a":2}\n\n{"a":3,}\n{"a":4}\n');
    await expect(fromJsonLines(p).toArray()).rejects.toThrow(InvalidArgumentError);
    await expect(fromJsonLines(p).toArray()).rejects.toThrow(
      new RegExp(
        `^fromJsonLines\\(${JSON.stringify(p).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\) line 4: not valid JSON \\(.*\\): \\{"a":3,\\}$`,
      ),
    );
    expect(() => fromJsonLines(path.join(dir, 'none.jsonl'))).toThrow(NotFoundError);
  });

  test('streams 300,000 lines with the retained heap under 4 MB, and stops early without leaks', async () => {
    const lines = 300_000;
    const p = writeLines('big.jsonl', null, lines, (i) =>
      JSON.stringify({ id: i, text: `example ${i} ..................................` }),
    );
    expect(fs.statSync(p).size).toBeGreaterThan(20e6);
    const gc = collector();
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let count = 0;
    let peak = 0;
    let outOfOrder = 0;
    for await (const element of fromJsonLines<{ id: number }>(p)) {
      if (element.id !== count) outOfOrder++;
      if (++count % 50_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
      }
    }
    expect(count).toBe(lines);
    expect(outOfOrder).toBe(0);
    expect(peak).toBeLessThan(4e6);
    const before = openFileCount();
    for (let round = 0; round < 200; round++) {
      for await (const element of fromJsonLines<{ id: number }>(p).prefetch(2)) if (element.id === 2) break;
    }
    expect(openFileCount()).toBe(before);
  });
});
