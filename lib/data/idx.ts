/**
 * IDX files (the format of MNIST, Fashion-MNIST, EMNIST, KMNIST): a magic number giving the
 * element type and rank, big-endian uint32 dimensions, then the row-major data. Read whole
 * (a 60000-image file is 47 MB) and gunzipped when it starts with the gzip magic bytes.
 */
import * as fs from 'fs';
import { promisify } from 'util';
import * as zlib from 'zlib';
import { dataLoss } from './errors';
import { fileError } from './sources/files';

const gunzip = promisify(zlib.gunzip);

export interface IdxArray {
  shape: number[];
  /** The elements; only unsigned bytes (type 0x08), the type every MNIST-family file uses. */
  data: Uint8Array;
}

const UBYTE = 0x08;

/** Parses IDX bytes; `what` names the file in errors. */
export function parseIdx(bytes: Uint8Array, what: string): IdxArray {
  if (bytes.length < 4 || bytes[0] !== 0 || bytes[1] !== 0)
    throw dataLoss(`${what}: not an IDX file (it does not start with two zero bytes)`);
  const type = bytes[2];
  const rank = bytes[3];
  if (type !== UBYTE) throw dataLoss(`${what}: IDX element type 0x${type.toString(16)} is not supported (only unsigned bytes, 0x08)`);
  const headerBytes = 4 + 4 * rank;
  if (bytes.length < headerBytes) throw dataLoss(`${what}: truncated IDX header (${bytes.length} bytes, rank ${rank})`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shape: number[] = [];
  for (let d = 0; d < rank; d++) shape.push(view.getUint32(4 + 4 * d, false));
  const count = shape.reduce((a, b) => a * b, 1);
  if (bytes.length !== headerBytes + count) {
    throw dataLoss(
      `${what}: IDX header promises shape [${shape.join(', ')}] (${count} bytes of data) but the file has ${bytes.length - headerBytes}`,
    );
  }
  return { shape, data: bytes.subarray(headerBytes) };
}

/** Reads an IDX file, gzipped or not. */
export async function readIdx(path: string): Promise<IdxArray> {
  const what = `IDX file ${JSON.stringify(path)}`;
  let bytes: Uint8Array;
  try {
    bytes = await fs.promises.readFile(path);
  } catch (error) {
    throw fileError(error, path, 'readIdx');
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = await gunzip(bytes);
    } catch (error) {
      throw dataLoss(`${what}: gzip data is corrupt (${(error as Error).message})`);
    }
  }
  return parseIdx(bytes, what);
}
