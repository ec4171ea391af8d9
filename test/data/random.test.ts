// Random: xoshiro128** against the reference C implementation, and the statistics of its
// distributions against their analytic moments. Tolerances are 4 standard errors of the estimate
// (a fixed seed makes each run identical; 4 SE means the seed was not picked to pass).
import { InvalidArgumentError } from '../../lib/core/errors';
import { Random } from '../../lib/data';

const N = 100_000;

function moments(samples: Float64Array) {
  let sum = 0;
  for (const x of samples) sum += x;
  const mean = sum / samples.length;
  let m2 = 0;
  let m4 = 0;
  for (const x of samples) {
    const d = (x - mean) ** 2;
    m2 += d;
    m4 += d * d;
  }
  return { mean, variance: m2 / samples.length, kurtosis: m4 / samples.length / (m2 / samples.length) ** 2 };
}

describe('Random', () => {
  test('matches the reference xoshiro128** (Blackman & Vigna, C) bit for bit', () => {
    // Printed by the reference next() from prng.di.unimi.it/xoshiro128starstar.c with s = {1, 2, 3, 4}.
    const random = new Random([1, 2, 3, 4]);
    const first = Array.from({ length: 10 }, () => random.nextUint32());
    expect(first).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804]);
    // And after 1000 steps from another state, so rotations and shifts are all exercised.
    const other = new Random([0x9e3779b9, 0x243f6a88, 0xb7e15162, 0x01234567]);
    for (let i = 0; i < 1000; i++) other.nextUint32();
    expect(Array.from({ length: 5 }, () => other.nextUint32())).toEqual([4073468102, 4231708582, 2075535749, 3483720111, 205327915]);
  });

  test('a seed and stream keys fix the sequence; other keys give other sequences', () => {
    const draw = (random: Random) => Array.from({ length: 8 }, () => random.nextUint32());
    expect(draw(Random.fromSeed(42))).toEqual(draw(Random.fromSeed(42)));
    expect(draw(Random.fromSeed(42, 3))).toEqual(draw(Random.fromSeed(42, 3)));
    const distinct = new Set(
      [
        draw(Random.fromSeed(42)),
        draw(Random.fromSeed(43)),
        draw(Random.fromSeed(42, 0)),
        draw(Random.fromSeed(42, 1)),
        draw(Random.fromSeed(42, 0, 1)),
        draw(Random.fromSeed(42, 1, 0)),
        draw(Random.fromSeed(2 ** 40)),
        draw(Random.fromSeed(2 ** 40 + 42)),
      ].map((words) => words.join(',')),
    );
    expect(distinct.size).toBe(8);
  });

  test('uniform: mean 1/2 and variance 1/12, all in [0, 1)', () => {
    const random = Random.fromSeed(1);
    const samples = new Float64Array(N);
    for (let i = 0; i < N; i++) samples[i] = random.uniform();
    const { mean, variance } = moments(samples);
    expect(samples.reduce((a, b) => Math.min(a, b))).toBeGreaterThanOrEqual(0);
    expect(samples.reduce((a, b) => Math.max(a, b))).toBeLessThan(1);
    // SE(mean) = sqrt(1/12 / N) = 9.1e-4; SE(variance) = sqrt((1/80 - 1/144) / N) = 2.4e-4.
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * 9.13e-4);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(4 * 2.36e-4);
    const scaled = random.uniform(-3, 5);
    expect(scaled).toBeGreaterThanOrEqual(-3);
    expect(scaled).toBeLessThan(5);
  });

  test('normal: mean 0, variance 1, kurtosis 3, 68.27% within one sigma', () => {
    const random = Random.fromSeed(2);
    const samples = new Float64Array(N);
    for (let i = 0; i < N; i++) samples[i] = random.normal();
    const { mean, variance, kurtosis } = moments(samples);
    // SE(mean) = 1/sqrt(N); SE(variance) = sqrt(2/N); SE(fourth moment) = sqrt((105 - 9)/N).
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(N));
    expect(Math.abs(variance - 1)).toBeLessThan(4 * Math.sqrt(2 / N));
    expect(Math.abs(kurtosis - 3)).toBeLessThan(4 * Math.sqrt(96 / N));
    const within = samples.filter((x) => Math.abs(x) < 1).length / N;
    const p = 0.682689492;
    expect(Math.abs(within - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / N));
    const shifted = new Float64Array(N);
    random.fillNormal(shifted, 10, 0.5);
    const stats = moments(shifted);
    expect(Math.abs(stats.mean - 10)).toBeLessThan((4 * 0.5) / Math.sqrt(N));
    expect(Math.abs(stats.variance - 0.25)).toBeLessThan(4 * 0.25 * Math.sqrt(2 / N));
  });

  test("truncatedNormal: within two sigma, with the truncated distribution's variance", () => {
    const random = Random.fromSeed(6);
    const samples = new Float64Array(N);
    for (let i = 0; i < N; i++) samples[i] = random.truncatedNormal();
    expect(samples.every((x) => Math.abs(x) < 2)).toBe(true);
    // For a standard normal cut at +-a (a = 2): var = 1 - 2a phi(a) / (2 Phi(a) - 1) = 0.773741,
    // E[z^4] = 3 - 2 phi(a) (a^3 + 3a) / (2 Phi(a) - 1) = 1.416190, so SE(var) = sqrt((1.416190 - 0.773741^2) / N).
    const { mean, variance } = moments(samples);
    expect(Math.abs(mean)).toBeLessThan(4 * Math.sqrt(0.773741 / N));
    expect(Math.abs(variance - 0.773741)).toBeLessThan(4 * Math.sqrt((1.41619 - 0.773741 ** 2) / N));
    expect(Math.abs(random.truncatedNormal(5, 0.1) - 5)).toBeLessThan(0.2);
  });

  test('int: uniform over [low, high) by chi-square, and no modulo bias', () => {
    const random = Random.fromSeed(3);
    const counts = new Array(10).fill(0);
    for (let i = 0; i < N; i++) counts[random.int(5, 15) - 5]++;
    const expected = N / 10;
    const chiSquare = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(27.88); // 9 degrees of freedom, p = 0.001

    // Range 3 * 2^30: plain `x % range` would put half the draws below 2^30 instead of a third.
    const range = 3 * 2 ** 30;
    const draws = 30_000;
    let low = 0;
    for (let i = 0; i < draws; i++) if (random.int(0, range) < 2 ** 30) low++;
    expect(Math.abs(low / draws - 1 / 3)).toBeLessThan(4 * Math.sqrt(((1 / 3) * (2 / 3)) / draws));
  });

  test('shuffle: each of the 6 orders of 3 items equally likely; permutation() is a permutation', () => {
    const random = Random.fromSeed(4);
    const counts = new Map<string, number>();
    const trials = 60_000;
    for (let i = 0; i < trials; i++) {
      const key = random.shuffle([0, 1, 2]).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    const chiSquare = [...counts.values()].reduce((sum, c) => sum + (c - trials / 6) ** 2 / (trials / 6), 0);
    expect(chiSquare).toBeLessThan(20.52); // 5 degrees of freedom, p = 0.001
    const permutation = Random.fromSeed(5).permutation(1000);
    expect(Array.from(permutation).sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(Array.from(permutation)).not.toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  test('bad seeds and ranges are InvalidArgumentErrors saying what was expected', () => {
    expect(() => Random.fromSeed(-1)).toThrow(InvalidArgumentError);
    expect(() => Random.fromSeed(1.5)).toThrow(/seed must be a non-negative safe integer, got 1.5/);
    expect(() => Random.fromSeed(1, -2)).toThrow(/stream key 0/);
    expect(() => new Random([0, 0, 0, 0])).toThrow(/all zero/);
    expect(() => Random.fromSeed(1).int(3, 3)).toThrow(/low < high, got \[3, 3\)/);
    expect(() => Random.fromSeed(1).int(0, 2 ** 33)).toThrow(/larger than 2\^32/);
  });
});
