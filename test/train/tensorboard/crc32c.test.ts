// CRC32C (Castagnoli) and TensorFlow's masked form, against published check values and against
// TensorBoard's independent pure-Python implementation.
import { crc32c, maskCrc32c, maskedCrc32c } from '../../../lib/train/tensorboard';
import { readEventsPy } from './helpers';

const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

/** Deterministic pseudo-random bytes (a 32-bit LCG, Numerical Recipes constants). */
function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

describe('crc32c', () => {
  test('the published check value: crc32c("123456789") = 0xE3069283', () => {
    expect(crc32c(ascii('123456789'))).toBe(0xe3069283);
  });

  test('the four 32-byte vectors of RFC 3720 (iSCSI), appendix B.4', () => {
    const ascending = Uint8Array.from({ length: 32 }, (_, i) => i);
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
    expect(crc32c(ascending)).toBe(0x46dd794e);
    expect(crc32c(ascending.slice().reverse())).toBe(0x113fdb5c);
  });

  test('empty input: crc 0, so its masked form is the mask delta 0xA282EAD8', () => {
    expect(crc32c(new Uint8Array(0))).toBe(0);
    expect(maskedCrc32c(new Uint8Array(0))).toBe(0xa282ead8);
  });

  test('a checksum continues across chunks: crc32c(b, crc32c(a)) = crc32c(a ++ b)', () => {
    const data = bytes(1000, 7);
    for (const cut of [0, 1, 500, 999, 1000]) {
      expect(crc32c(data.subarray(cut), crc32c(data.subarray(0, cut)))).toBe(crc32c(data));
    }
  });

  test('masking is a rotation right by 15 bits plus 0xA282EAD8, modulo 2^32', () => {
    // 0x00008000 rotated right by 15 is 1; 1 rotated right by 15 is 0x00020000.
    expect(maskCrc32c(0x00008000)).toBe(0xa282ead9);
    expect(maskCrc32c(1)).toBe(0xa284ead8);
    // Wraps past 2^32: 0xFFFFFFFF rotates to itself, + 0xA282EAD8 = 0x1A282EAD7 -> 0xA282EAD7.
    expect(maskCrc32c(0xffffffff)).toBe(0xa282ead7);
  });

  test("equals TensorBoard's pure-Python crc32c and masked_crc32c on 16 buffers of 0..65537 bytes", async () => {
    const lengths = [0, 1, 2, 3, 7, 8, 9, 15, 16, 31, 32, 33, 100, 1000, 4096, 65537];
    const buffers = lengths.map((n, i) => bytes(n, 1000 + i));
    const { result } = await readEventsPy<{ crc32c: number; masked: number }[]>(
      ['crc'],
      JSON.stringify(buffers.map((b) => Buffer.from(b).toString('hex'))),
    );
    expect(result).toHaveLength(buffers.length);
    buffers.forEach((buffer, i) => {
      expect({ length: buffer.length, crc32c: crc32c(buffer), masked: maskedCrc32c(buffer) }).toEqual({
        length: buffer.length,
        ...result[i],
      });
    });
  });
});
