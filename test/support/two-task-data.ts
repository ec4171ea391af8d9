import { Random } from '../../lib/data';

/** n seeded examples x = (a, b) ~ N(0, 1)² with two regression targets: sum = a + b, diff = a − b. */
export function twoTaskData(n: number, seed = 3) {
  const random = Random.fromSeed(seed);
  const x = new Float32Array(n * 2);
  const sum = new Float32Array(n);
  const diff = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const a = random.normal();
    const b = random.normal();
    x[2 * i] = a;
    x[2 * i + 1] = b;
    sum[i] = a + b;
    diff[i] = a - b;
  }
  return { x, sum, diff };
}
