// CRC32C (Castagnoli), the checksum TFRecord files carry, and TensorFlow's "masked" form of it.
//
// The Castagnoli polynomial 0x1EDC6F41, bit-reflected to 0x82F63B78, with initial value and final
// XOR 0xFFFFFFFF. Published check value: crc32c("123456789") = 0xE3069283.
//
// Bytewise with one 256-entry table: an events file carries a few dozen bytes per step, so the
// 8x faster slicing-by-8 variant would not be measurable here.

const POLYNOMIAL_REFLECTED = 0x82f63b78;

/** TensorFlow's mask delta (crc32c.h): added after the rotation in maskCrc32c. */
const MASK_DELTA = 0xa282ead8;

const TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let bit = 0; bit < 8; bit++) c = c & 1 ? (c >>> 1) ^ POLYNOMIAL_REFLECTED : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * CRC32C of `data` as an unsigned 32-bit number. Pass a previous result as `crc` to continue a
 * checksum over concatenated chunks: crc32c(b, crc32c(a)) === crc32c(a ++ b).
 */
export function crc32c(data: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/**
 * TensorFlow's masked CRC: rotate right by 15 bits, add 0xA282EAD8 (mod 2^32). TF stores masked
 * CRCs because a CRC of data that itself contains CRCs is weak; unmasking is never needed to write.
 */
export function maskCrc32c(crc: number): number {
  return ((((crc >>> 15) | (crc << 17)) >>> 0) + MASK_DELTA) >>> 0;
}

/** maskCrc32c(crc32c(data)): the checksum form a TFRecord stores. */
export function maskedCrc32c(data: Uint8Array): number {
  return maskCrc32c(crc32c(data));
}
