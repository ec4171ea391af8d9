// Float64 arithmetic the per-method weighting tests write their references with: vectors, Gram
// matrices, a pivoting solve and the enumerations the exact (active-set) references need.

export type Matrix = number[][];

export const sum = (xs: number[]) => xs.reduce((acc, x) => acc + x, 0);
export const dot = (xs: number[], ys: number[]) => sum(xs.map((x, i) => x * ys[i]));
export const norm = (xs: number[]) => Math.sqrt(dot(xs, xs));
export const scale = (xs: number[], s: number) => xs.map((x) => x * s);
export const add = (xs: number[], ys: number[]) => xs.map((x, i) => x + ys[i]);
export const sub = (xs: number[], ys: number[]) => xs.map((x, i) => x - ys[i]);
export const gramOf = (g: Matrix): Matrix => g.map((a) => g.map((b) => dot(a, b)));
export const matVec = (m: Matrix, v: number[]) => m.map((r) => dot(r, v));
/** Σ_i w_i g_i. */
export const combine = (w: number[], g: Matrix) => g[0].map((_, p) => sum(g.map((r, i) => w[i] * r[p])));
export const unitVector = (k: number, i: number): number[] => Array.from({ length: k }, (_, j) => (j === i ? 1 : 0));
export const softmax = (xs: number[]) => {
  const top = Math.max(...xs);
  const exps = xs.map((x) => Math.exp(x - top));
  return exps.map((e) => e / sum(exps));
};

/** Solves A x = b (Gaussian elimination with partial pivoting); throws on a singular A. */
export function solve(a: Matrix, b: number[]): number[] {
  const n = b.length;
  const m = a.map((r, i) => [...r, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    if (Math.abs(m[pivot][c]) < 1e-14) throw new Error('singular');
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c];
      for (let j = c; j <= n; j++) m[r][j] -= f * m[c][j];
    }
  }
  const x = Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) x[r] = (m[r][n] - sum(m[r].slice(r + 1, n).map((v, j) => v * x[r + 1 + j]))) / m[r][r];
  return x;
}

/** Non-empty subsets of 0..k−1, as index lists. */
export function subsets(k: number): number[][] {
  const out: number[][] = [];
  for (let mask = 1; mask < 1 << k; mask++) out.push(Array.from({ length: k }, (_, i) => i).filter((i) => mask & (1 << i)));
  return out;
}

/** Every ordering of a list. */
export function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** Cartesian product of lists. */
export function product<T>(lists: T[][]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]);
}
