/**
 * predict's runs: the model's inputs fed, the served outputs' inference predictions fetched,
 * through a callable made once per (feeds, fetches, inline) and kept with the session, and the
 * predictions written straight into the arrays predict returns (callable runs with `into`).
 */
import { Callable, DType, Output, Session, TYPED_ARRAYS, Tensor, TypedArray } from '../core';

/**
 * Batches of at most this many rows run inline (the session's ops on the run's own thread):
 * their ops are short, so handing each to TensorFlow's inter-op pool costs more than running
 * independent ones (the task heads) at once gains. Larger batches use the pool.
 */
export const PREDICT_INLINE_MAX_ROWS = 64;

/**
 * A callable and what predict needs to fill its outputs, made once per (feeds, fetches, inline).
 * `perRow[i]`: the elements of one example of fetch i when its shape past the batch dimension is
 * known (then it is written into a fresh typed array), else null (read from its tensor).
 */
interface PredictPlan {
  feeds: readonly Output[];
  fetches: readonly Output[];
  inline: boolean;
  callable: Callable;
  perRow: Array<number | null>;
  tails: Array<number[] | null>;
  arrays: Array<(new (length: number) => TypedArray) | null>;
}

/** At most this many plans per session are found by identity (then by names). */
const RECENT_PLANS = 8;

const plansByName = new WeakMap<Session, Map<string, PredictPlan>>();
const recentPlans = new WeakMap<Session, PredictPlan[]>();

function sameOutputs(a: readonly Output[], b: readonly Output[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The plan for these feeds and fetches: found by the identity of their Output objects (the
 * trainer passes the same ones on every call, so a call builds no key and reads no shape), else
 * by their names (a callable per distinct name set, as before).
 */
function planFor(session: Session, feeds: readonly Output[], fetches: readonly Output[], inline: boolean): PredictPlan {
  let recent = recentPlans.get(session);
  if (!recent) recentPlans.set(session, (recent = []));
  for (const plan of recent) {
    if (plan.inline === inline && sameOutputs(plan.feeds, feeds) && sameOutputs(plan.fetches, fetches)) return plan;
  }
  let byName = plansByName.get(session);
  if (!byName) plansByName.set(session, (byName = new Map()));
  const key = `${feeds.map((f) => f.name).join(',')}|${fetches.map((f) => f.name).join(',')}|${inline}`;
  let named = byName.get(key);
  if (!named) {
    const callable = session.callable({ feeds: [...feeds], fetches: [...fetches], inline });
    const tails = fetches.map((fetch) => {
      const shape = fetch.shape;
      if (
        !TYPED_ARRAYS[fetch.dtype as DType] ||
        fetch.dtype === 'string' ||
        shape === null ||
        shape.length === 0 ||
        shape.slice(1).some((d) => d < 0)
      )
        return null;
      return shape.slice(1);
    });
    const perRow = tails.map((tail, i) =>
      tail ? tail.reduce((a, b) => a * b, 1) * (fetches[i].dtype.startsWith('complex') ? 2 : 1) : null,
    );
    named = {
      feeds,
      fetches,
      inline,
      callable,
      perRow,
      tails,
      arrays: fetches.map((f) => (TYPED_ARRAYS[f.dtype as DType] ?? null) as (new (length: number) => TypedArray) | null),
    };
    byName.set(key, named);
  }
  const plan = { ...named, feeds: [...feeds], fetches: [...fetches] };
  recent.unshift(plan);
  if (recent.length > RECENT_PLANS) recent.pop();
  return plan;
}

/** One prediction: its dtype, shape and values. */
export interface Prediction {
  dtype: DType;
  shape: number[];
  data: TypedArray;
}

/**
 * Runs one batch of `rows` examples: `feeds` (output, tensor) in, one Prediction per fetch out.
 * Fetches whose shape past the batch dimension is known are written into fresh arrays of that
 * size (no Tensor made); the others are read from their tensors.
 */
export async function predictBatch(
  session: Session,
  feeds: Array<[Output, Tensor]>,
  fetches: readonly Output[],
  rows: number,
): Promise<Prediction[]> {
  const feedOutputs = new Array<Output>(feeds.length);
  const values = new Array<Tensor>(feeds.length);
  for (let i = 0; i < feeds.length; i++) [feedOutputs[i], values[i]] = feeds[i];
  const plan = planFor(session, feedOutputs, fetches, rows <= PREDICT_INLINE_MAX_ROWS);
  const into = plan.perRow.map((per, i) => (per === null ? null : new plan.arrays[i]!(rows * per)));
  const results = await plan.callable.run(values, { into });
  return results.map((result, i) => {
    if (!(result instanceof Tensor)) return { dtype: fetches[i].dtype as DType, shape: [rows, ...plan.tails[i]!], data: result };
    try {
      return { dtype: result.dtype, shape: result.shape, data: result.data() };
    } finally {
      result.dispose();
    }
  });
}
