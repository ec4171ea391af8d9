/**
 * Seeded randomness: xoshiro128** (Blackman & Vigna), a small, fast generator built from
 * 32-bit operations only, so it runs at full speed in JS without BigInt. Seeds and stream
 * keys are mixed into the 128-bit state with a splitmix-style hash, so `Random.fromSeed(7, epoch)`
 * gives an independent, reproducible stream per epoch. Used by `Dataset.shuffle` and meant for
 * initializers too. Not cryptographic.
 */
import { randomInt } from 'crypto';
import { invalidArgument } from '../core';
import type { TypedArray } from '../core';

const TWO_POW_32 = 4294967296;
const TWO_POW_53 = 9007199254740992;

/** murmur3's 32-bit finalizer: every input bit affects every output bit. */
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function checkSeedWord(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw invalidArgument(`${what} must be a non-negative safe integer, got ${String(value)}`);
  }
}

/**
 * Hashes seed words into a 128-bit state. Two 32-bit lanes with different constants keep
 * (seed, epoch) pairs from colliding the way a single 32-bit hash would after ~2^16 pairs.
 */
function stateFromWords(words: readonly number[]): Uint32Array {
  let a = 0x6a09e667;
  let b = 0xbb67ae85;
  for (const word of words) {
    const low = word % TWO_POW_32;
    const high = Math.floor(word / TWO_POW_32);
    a = fmix32(a ^ fmix32(low + 0x9e3779b9));
    a = fmix32(a ^ fmix32(high + 0x7f4a7c15));
    b = fmix32(Math.imul(b ^ low, 0x27d4eb2f) + 0x165667b1);
    b = fmix32(Math.imul(b ^ high, 0x27d4eb2f) + 0x61c88647);
  }
  const state = new Uint32Array(4);
  // splitmix32 over the two lanes fills the four state words.
  let counter = a;
  for (let i = 0; i < 4; i++) {
    counter = (counter + 0x9e3779b9) >>> 0;
    state[i] = fmix32(counter ^ b);
  }
  // xoshiro's one forbidden state; the hash makes it astronomically unlikely, but never loop on it.
  if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
  return state;
}

export class Random {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  /** Box-Muller makes normals in pairs; the second waits here. */
  private spareNormal: number | null = null;

  /** A generator with an explicit 128-bit state (four uint32 words, not all zero). */
  constructor(state: ArrayLike<number>) {
    if (state.length !== 4) throw invalidArgument(`Random: state must be 4 uint32 words, got ${state.length}`);
    if ((state[0] | state[1] | state[2] | state[3]) === 0) throw invalidArgument('Random: state must not be all zero');
    this.s0 = state[0] >>> 0;
    this.s1 = state[1] >>> 0;
    this.s2 = state[2] >>> 0;
    this.s3 = state[3] >>> 0;
  }

  /** A generator from a seed and optional stream keys (e.g. an epoch number); same words, same stream. */
  static fromSeed(seed: number, ...stream: number[]): Random {
    checkSeedWord(seed, 'seed');
    stream.forEach((word, i) => checkSeedWord(word, `stream key ${i}`));
    return new Random(stateFromWords([seed, stream.length, ...stream]));
  }

  /** A seed drawn from the operating system, for callers that asked for no particular seed. */
  static randomSeed(): number {
    return randomInt(0, 2 ** 48 - 1);
  }

  /** The next 32 random bits, as an unsigned integer in [0, 2^32). */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** A uniform double in [low, high), with 53 random bits. */
  uniform(low = 0, high = 1): number {
    const a = this.nextUint32() >>> 5; // 27 bits
    const b = this.nextUint32() >>> 6; // 26 bits
    const unit = (a * 67108864 + b) / TWO_POW_53;
    return low + (high - low) * unit;
  }

  /** A normal sample (Box-Muller, exact in distribution; no table, so nothing to get wrong). */
  normal(mean = 0, std = 1): number {
    if (this.spareNormal !== null) {
      const spare = this.spareNormal;
      this.spareNormal = null;
      return mean + std * spare;
    }
    // 1 - uniform() is in (0, 1], so the log never sees zero.
    const radius = Math.sqrt(-2 * Math.log(1 - this.uniform()));
    const angle = 2 * Math.PI * this.uniform();
    this.spareNormal = radius * Math.sin(angle);
    return mean + std * radius * Math.cos(angle);
  }

  /**
   * A normal sample redrawn until it lies within two standard deviations of the mean, as
   * TensorFlow's TruncatedNormal (and so Keras's glorot_normal / he_normal initializers) does.
   */
  truncatedNormal(mean = 0, std = 1): number {
    for (;;) {
      const z = this.normal();
      if (z > -2 && z < 2) return mean + std * z;
    }
  }

  /** A uniform integer in [low, high) without modulo bias; high - low must be in [1, 2^32]. */
  int(low: number, high: number): number {
    if (!Number.isSafeInteger(low) || !Number.isSafeInteger(high) || high <= low) {
      throw invalidArgument(`Random.int: expected integers low < high, got [${low}, ${high})`);
    }
    const range = high - low;
    if (range > TWO_POW_32) throw invalidArgument(`Random.int: range ${range} is larger than 2^32`);
    // Reject the top partial block of 2^32 so every residue is equally likely.
    const limit = TWO_POW_32 - (TWO_POW_32 % range);
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return low + (x % range);
  }

  /** Fisher-Yates shuffle in place (every permutation equally likely); returns the same array. */
  shuffle<A extends unknown[] | TypedArray>(array: A): A {
    const items = array as unknown as { [i: number]: unknown; length: number };
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(0, i + 1);
      const held = items[i];
      items[i] = items[j];
      items[j] = held;
    }
    return array;
  }

  /** A random permutation of 0..n-1. */
  permutation(n: number): Int32Array {
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = i;
    return this.shuffle(out);
  }

  /** Fills `out` with uniform samples in [low, high). */
  fillUniform<A extends Float32Array | Float64Array>(out: A, low = 0, high = 1): A {
    for (let i = 0; i < out.length; i++) out[i] = this.uniform(low, high);
    return out;
  }

  /** Fills `out` with normal samples. */
  fillNormal<A extends Float32Array | Float64Array>(out: A, mean = 0, std = 1): A {
    for (let i = 0; i < out.length; i++) out[i] = this.normal(mean, std);
    return out;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
