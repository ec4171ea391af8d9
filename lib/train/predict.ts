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

const callables = new WeakMap<Session, Map<string, Callable>>();

function callableFor(session: Session, feeds: readonly Output[], fetches: readonly Output[], inline: boolean): Callable {
  let bySpec = callables.get(session);
  if (!bySpec) callables.set(session, (bySpec = new Map()));
  const key = `${feeds.map((f) => f.name).join(',')}|${fetches.map((f) => f.name).join(',')}|${inline}`;
  let callable = bySpec.get(key);
  if (!callable) bySpec.set(key, (callable = session.callable({ feeds: [...feeds], fetches: [...fetches], inline })));
  return callable;
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
export async function predictBatch(session: Session, feeds: Array<[Output, Tensor]>, fetches: readonly Output[], rows: number): Promise<Prediction[]> {
  const callable = callableFor(session, feeds.map(([output]) => output), fetches, rows <= PREDICT_INLINE_MAX_ROWS);
  const into = fetches.map((fetch) => {
    const shape = fetch.shape;
    const Ctor = TYPED_ARRAYS[fetch.dtype as DType];
    if (!Ctor || fetch.dtype === 'string' || shape === null || shape.length === 0 || shape.slice(1).some((d) => d < 0)) return null;
    const per = shape.slice(1).reduce((a, b) => a * b, 1) * (fetch.dtype.startsWith('complex') ? 2 : 1);
    return new (Ctor as unknown as new (n: number) => TypedArray)(rows * per);
  });
  const results = await callable.run(feeds.map(([, tensor]) => tensor), { into });
  return results.map((result, i) => {
    const fetch = fetches[i];
    if (!(result instanceof Tensor)) return { dtype: fetch.dtype as DType, shape: [rows, ...fetch.shape!.slice(1)], data: result };
    try {
      return { dtype: result.dtype, shape: result.shape, data: result.data() };
    } finally {
      result.dispose();
    }
  });
}
