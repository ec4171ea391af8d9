/**
 * CAGrad, conflict-averse gradient descent (Liu et al., NeurIPS 2021): the update d maximises the
 * worst task's improvement min_i g_i·d inside a ball around the mean gradient g0,
 * ‖d − g0‖ ≤ c‖g0‖. Its dual is a problem on the simplex, with φ = c²‖g0‖²:
 *   w* = argmin_{w ∈ Δ} wᵀG·g0 + √φ ‖Gᵀw‖,   d = g0 + (√φ / ‖g_w‖) g_w,   g_w = Gᵀw*.
 * Everything is a function of the Gram matrix M = G·Gᵀ (Gg0 = M·1/K, ‖g0‖² = mean(M),
 * ‖g_w‖² = wᵀMw), so the representation-gradient mode works too.
 *
 * The official code solves the dual with scipy (SLSQP; minimize_scalar in the two-task toy).
 * Here, in the graph:
 * - two tasks: w = (x, 1 − x) and the dual is one-dimensional and convex; its stationary point
 *   has a closed form (below), clipped to [0, 1]: exact, about thirty ops;
 * - more tasks: a fixed number of accelerated projected-gradient iterations (FISTA, Beck &
 *   Teboulle 2009) on w, with the step 1/L_t from the local curvature bound of the norm term,
 *   L_t = √φ·λ_max(M)/‖g_y‖ (the term is smooth away from g_y = 0, and its Hessian is at most
 *   √φ·M/‖g_y‖). The solution is not exact: test/mtl/weighting-gradient.test.ts reports the
 *   Frank-Wolfe gap (an upper bound on the dual's suboptimality) after the default 50 iterations.
 *
 * Scale: the official code divides d by 1 + c² (rescale = 1, its default; 0: no division; 2:
 * divide by 1 + c, as its toy does) and multiplies it by the number of tasks "to match the sum
 * loss", which is also the scale task heads follow in hydra-tf's models (Σ_i L_i); so does this.
 */
import { Output } from '../../core';
import * as ops from '../../ops';
import { Weighting } from './types';
import { combine, gram, row } from './util';
import { dot, filled, fistaMomentum, largestEigenvalue, projectToSimplex, scalar, trace } from './gram';

export interface CAGradOptions {
  /** Radius of the ball around the mean gradient, relative to ‖g0‖ (default 0.5; 0 gives the mean gradient). */
  c?: number;
  /** Iterations of the dual solver for three or more tasks (default 50). */
  iterations?: number;
  /** 0: d; 1: d / (1 + c²) (default, as the official code); 2: d / (1 + c) (as its toy). */
  rescale?: 0 | 1 | 2;
}

export function cagrad(options: CAGradOptions = {}): Weighting {
  const c = options.c ?? 0.5;
  const iterations = options.iterations ?? 50;
  const rescale = options.rescale ?? 1;
  if (!(Number.isFinite(c) && c >= 0)) throw new RangeError(`cagrad: c must be a finite number >= 0, got ${c}`);
  if (!(Number.isInteger(iterations) && iterations >= 1)) throw new RangeError(`cagrad: iterations must be a positive integer, got ${iterations}`);
  if (![0, 1, 2].includes(rescale)) throw new RangeError(`cagrad: rescale must be 0, 1 or 2, got ${rescale}`);
  return {
    name: 'cagrad',
    kind: 'gradient',
    supportsRepresentation: true,
    build({ graph, taskNames, taskGradients }) {
      const k = taskNames.length;
      const g = taskGradients();
      // The dual's minimiser does not change when M is scaled, so solve it on M / (trace/K),
      // whose entries are O(1) whatever the scale of the gradients.
      const raw = ops.stopGradient(gram(g));
      const m = ops.divNoNan(raw, ops.div(trace(raw), k));
      // √φ = c‖g0‖ with ‖g0‖² = 1ᵀM1/K² = mean(M).
      const sqrtPhi = ops.mul(ops.sqrt(ops.relu(ops.reduceMean(m))), c);
      const w = k === 1 ? filled(graph, 1, 1) : k === 2 ? solveTwoTasks(m, sqrtPhi) : solveByProjectedGradient(m, sqrtPhi, k, iterations);
      // d = g0 + (√φ/‖g_w‖) g_w, as weights on the rows of G: 1/K + (√φ/‖g_w‖) w.
      const normW = ops.sqrt(ops.relu(dot(w, ops.reduceSum(ops.mul(m, w), [1]))));
      const weights = ops.add(ops.mul(ops.divNoNan(sqrtPhi, normW), w), 1 / k);
      const divisor = rescale === 1 ? 1 + c * c : rescale === 2 ? 1 + c : 1;
      const scaled = ops.mul(weights, k / divisor);
      return { sharedGradient: combine(scaled, g), weights: scaled };
    },
  };
}

/**
 * Two tasks: with w = (x, 1 − x), g_w = g2 + x(g1 − g2), the dual is F(x) = βx + √φ·√q(x) + const
 * with β = (g1 − g2)·g0 = (M11 − M22)/2 and q(x) = ‖g_w‖² = A(x − x0)² + m², where
 * A = ‖g1 − g2‖², x0 = (M22 − M12)/A and m² = (M11·M22 − M12²)/A (the min-norm point of the line).
 * F'(x) = 0 gives x − x0 = −β·m / √(A(φA − β²)) when φA > β²; otherwise F is monotone and the
 * minimiser is the end −sign(β) points to, which the same formula reaches as φA − β² → 0⁺.
 * F is convex, so clipping to [0, 1] gives the constrained minimiser.
 */
function solveTwoTasks(m: Output, sqrtPhi: Output): Output {
  const graph = m.graph;
  const m11 = row(row(m, 0), 0);
  const m12 = row(row(m, 0), 1);
  const m22 = row(row(m, 1), 1);
  const a = ops.sub(ops.add(m11, m22), ops.mul(m12, 2));
  const beta = ops.mul(ops.sub(m11, m22), 0.5);
  const x0 = ops.divNoNan(ops.sub(m22, m12), a);
  const minNorm = ops.sqrt(ops.relu(ops.divNoNan(ops.sub(ops.mul(m11, m22), ops.square(m12)), a)));
  const phi = ops.square(sqrtPhi);
  // The floor keeps the boundary case finite (and of the right sign) in float32.
  const radicand = ops.maximum(ops.mul(a, ops.sub(ops.mul(phi, a), ops.square(beta))), scalar(graph, 1e-30));
  const offset = ops.neg(ops.div(ops.mul(beta, minNorm), ops.sqrt(radicand)));
  const x = ops.clipByValue(ops.add(x0, offset), 0, 1);
  return ops.pack([x, ops.sub(scalar(graph, 1), x)], { axis: 0 });
}

/** K ≥ 3: FISTA on the simplex with the local step 1/L_t (see the module comment). */
function solveByProjectedGradient(m: Output, sqrtPhi: Output, k: number, iterations: number): Output {
  const graph = m.graph;
  // Gg0 = M·1/K, the linear part of the dual.
  const linear = ops.reduceMean(m, [1]);
  const curvature = ops.mul(sqrtPhi, largestEigenvalue(m));
  // A tiny floor on L keeps the step finite when φ = 0 (then the dual is linear and any large step lands on its best vertex).
  const floor = scalar(graph, 1e-6);
  let w = filled(graph, k, 1 / k);
  let y = w;
  for (const momentum of fistaMomentum(iterations)) {
    const my = ops.reduceSum(ops.mul(m, y), [1]);
    const normY = ops.sqrt(ops.maximum(dot(y, my), scalar(graph, 1e-20)));
    const gradient = ops.add(linear, ops.mul(ops.div(sqrtPhi, normY), my));
    const lipschitz = ops.add(ops.div(curvature, normY), floor);
    const next = projectToSimplex(ops.sub(y, ops.div(gradient, lipschitz)), k);
    y = ops.add(next, ops.mul(ops.sub(next, w), momentum));
    w = next;
  }
  return w;
}
