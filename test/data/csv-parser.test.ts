// The incremental CSV parser: RFC 4180 records, line numbers, and the same records however the
// text is cut into chunks (every record boundary case lands on a chunk edge somewhere).
import { InvalidArgumentError } from '../../lib/core/errors';
import { CsvParser, CsvRecord, Random } from '../../lib/data';

function parse(chunks: string[], delimiter = ','): CsvRecord[] {
  const parser = new CsvParser(delimiter, 'test.csv');
  const out: CsvRecord[] = [];
  for (const chunk of chunks) out.push(...parser.push(chunk));
  out.push(...parser.end());
  return out;
}

const fieldsOf = (records: CsvRecord[]) => records.map((r) => r.fields);

// Every construct of RFC 4180 plus the line endings seen in the wild.
const TRICKY =
  'id,text,score\r\n' +
  '1,"a, b",0.5\r\n' +
  '2,"say ""hi""",1\n' +
  '3,"two\nlines",2\n' +
  '\n' +
  '4,,\r' +
  '5,"",x\n' +
  '6,"multi\r\nline\r\nfield",3\n' +
  '7,plain "quote" inside,4';

const TRICKY_RECORDS = [
  { fields: ['id', 'text', 'score'], line: 1, empty: false },
  { fields: ['1', 'a, b', '0.5'], line: 2, empty: false },
  { fields: ['2', 'say "hi"', '1'], line: 3, empty: false },
  { fields: ['3', 'two\nlines', '2'], line: 4, empty: false },
  { fields: [''], line: 6, empty: true },
  { fields: ['4', '', ''], line: 7, empty: false },
  { fields: ['5', '', 'x'], line: 8, empty: false },
  { fields: ['6', 'multi\r\nline\r\nfield', '3'], line: 9, empty: false },
  { fields: ['7', 'plain "quote" inside', '4'], line: 12, empty: false },
];

describe('CsvParser', () => {
  test('parses quoted delimiters, doubled quotes, quoted newlines, CRLF, lone CR, and counts lines', () => {
    expect(parse([TRICKY])).toEqual(TRICKY_RECORDS);
  });

  test('gives the same records for every two-chunk split of the text', () => {
    for (let cut = 0; cut <= TRICKY.length; cut++) {
      expect([cut, parse([TRICKY.slice(0, cut), TRICKY.slice(cut)])]).toEqual([cut, TRICKY_RECORDS]);
    }
  });

  test('gives the same records when fed one character at a time or in random pieces', () => {
    expect(parse(TRICKY.split(''))).toEqual(TRICKY_RECORDS);
    const random = Random.fromSeed(11);
    for (let trial = 0; trial < 50; trial++) {
      const chunks: string[] = [];
      for (let at = 0; at < TRICKY.length;) {
        const length = random.int(1, 8);
        chunks.push(TRICKY.slice(at, at + length));
        at += length;
      }
      expect(parse(chunks)).toEqual(TRICKY_RECORDS);
    }
  });

  test('handles a trailing newline, a trailing delimiter, another delimiter and an empty input', () => {
    expect(fieldsOf(parse(['a,b\n']))).toEqual([['a', 'b']]);
    expect(fieldsOf(parse(['a,b,\n']))).toEqual([['a', 'b', '']]);
    expect(fieldsOf(parse(['a;"b;c"\n1;2'], ';'))).toEqual([
      ['a', 'b;c'],
      ['1', '2'],
    ]);
    expect(fieldsOf(parse(['a\tb\n'], '\t'))).toEqual([['a', 'b']]);
    expect(parse([''])).toEqual([]);
    expect(parse(['"only"'])).toEqual([{ fields: ['only'], line: 1, empty: false }]);
  });

  test('an unclosed quote names the line where its field starts', () => {
    expect(() => parse(['a,b\n1,"never\nclosed\n'])).toThrow(InvalidArgumentError);
    expect(() => parse(['a,b\n1,"never\nclosed\n'])).toThrow('test.csv line 2: a quoted field is never closed (field 2)');
  });

  test('text after a closing quote names the line and the field', () => {
    expect(() => parse(['a,b\n1,"x"y\n'])).toThrow('test.csv line 2: unexpected "y" after the closing quote of field 2');
  });

  test('a delimiter that could not work is refused', () => {
    expect(() => new CsvParser('""', 'f.csv')).toThrow(/delimiter must be one character/);
    expect(() => new CsvParser('"', 'f.csv')).toThrow(InvalidArgumentError);
    expect(() => new CsvParser('\n', 'f.csv')).toThrow(InvalidArgumentError);
  });
});
