// fromCsv(...).batch(k) fills batch columns from the file's chunks parsed column by column (no
// object per row): the same batches as the per-row path (an identity map forces it), the same
// errors, across chunk boundaries (a file of many 64 KiB chunks).
import * as fs from 'fs';
import * as path from 'path';
import { HostBatch, fromCsv } from '../../lib/data';
import { tempDir } from '../support/tmp';

let dir: string;
beforeAll(() => (dir = tempDir('csv-columns')));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const plain = (batches: HostBatch[]) =>
  batches.map((b) =>
    Object.fromEntries(
      Object.entries(b).map(([k, h]) => [k, { dtype: h.dtype, shape: h.shape, data: Array.from(h.data as ArrayLike<unknown>) }]),
    ),
  );

describe('fromCsv batches column by column', () => {
  test('the same batches as the per-row path, across many file chunks', async () => {
    const rows = 20000; // about 600 KB: several of the reader's chunks, split mid-line
    const lines = ['x,label,name,id,ok'];
    for (let i = 0; i < rows; i++)
      lines.push(`${(i * 0.37).toFixed(3)},${i % 7},n${i},${BigInt(i) * 2n ** 40n},${i % 2 ? 'true' : 'false'}`);
    const file = write('many.csv', lines.join('\n') + '\n');
    const options = { types: { label: 'int32' as const, id: 'int64' as const, ok: 'boolean' as const } };
    const columnar = plain(await fromCsv(file, options).batch(128).toArray());
    const perRow = plain(
      await fromCsv(file, options)
        .map((e) => e)
        .batch(128)
        .toArray(),
    );
    expect(columnar).toEqual(perRow);
    expect(columnar).toHaveLength(Math.ceil(rows / 128));
    expect(columnar[0].x.dtype).toBe('float32');
    expect(columnar[0].label.dtype).toBe('int32');
    expect(columnar[0].id.dtype).toBe('int64');
    expect(columnar[0].ok.dtype).toBe('bool');
    expect(columnar[156].name.data[31]).toBe('n19999');
    const dropped = plain(
      await fromCsv(file, options)
        .batch(128, { dropRemainder: true, dtypes: { x: 'float64' } })
        .toArray(),
    );
    expect(dropped).toEqual(
      plain(
        await fromCsv(file, options)
          .map((e) => e)
          .batch(128, { dropRemainder: true, dtypes: { x: 'float64' } })
          .toArray(),
      ),
    );
    expect(dropped).toHaveLength(Math.floor(rows / 128));
  });

  test('a value its dtype cannot hold is the same error, naming the key and element', async () => {
    const file = write('bad.csv', 'a,b\n1,2\n3,4.5\n');
    const message = async (ds: { toArray(): Promise<unknown> }) => {
      try {
        await ds.toArray();
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    const columnar = await message(fromCsv(file).batch(2, { dtypes: { b: 'int32' } }));
    expect(columnar).toMatch(/key "b", element 1/);
    // The same words; only the dataset's description differs (the per-row path shows its map).
    expect(columnar).toBe(
      (
        await message(
          fromCsv(file)
            .map((e) => e)
            .batch(2, { dtypes: { b: 'int32' } }),
        )
      ).replace('.map()', ''),
    );
  });
});
