/**
 * Checks on labels that must hold inside the graph, whatever path the data takes (fed per
 * batch, or gathered from whole columns by the step loop).
 */
import { Graph, Output } from '../core';
import * as ops from '../ops';

/** Class ids, int64, and whether each is valid (bool, same shape as the labels). */
export interface ClassIds {
  ids: Output;
  valid: Output;
}

/**
 * Sparse labels (class ids, any shape) as int64 ids, checked in the graph: every label must be
 * an integer in [0, classes). A bad label fails the run with INVALID_ARGUMENT naming `label`
 * (the loss or metric and its output), the class count and the first bad value, as Keras does
 * (one-hot encoding would otherwise turn 7 or -1 into an all-zero row: loss 0, no error).
 * Float labels are checked before the cast, so 1.5 or NaN are refused instead of truncated.
 * Under XLA the Assert op is dropped; `valid` then lets a loss turn bad rows into NaN, which
 * the trainer reports as divergence.
 */
export function classIds(labels: Output, classes: number, label: string): ClassIds {
  const graph = labels.graph;
  // A sparse loss and a sparse accuracy on the same output check the same labels: built once per
  // graph (the first builder names the error), not ~25 ops per user in every training step.
  let built = checkedLabels.get(graph);
  if (!built) checkedLabels.set(graph, (built = new Map()));
  const key = `${labels.name}/${classes}`;
  const known = built.get(key);
  if (known) return known;
  const result = buildClassIds(labels, classes, label);
  built.set(key, result);
  return result;
}

const checkedLabels = new WeakMap<Graph, Map<string, ClassIds>>();

function buildClassIds(labels: Output, classes: number, label: string): ClassIds {
  const graph = labels.graph;
  return graph.withNameScope('check_class_ids', () => {
    const float = labels.dtype !== 'int32' && labels.dtype !== 'int64';
    const values = float ? ops.cast(labels, { dstT: 'float64' }) : labels;
    const zero = ops.constant(graph, 0, values.dtype);
    const limit = ops.constant(graph, classes, values.dtype);
    let valid = ops.logicalAnd(ops.greaterEqual(values, zero), ops.less(values, limit));
    // NaN fails both the range test and x == round(x).
    if (float) valid = ops.logicalAnd(valid, ops.equal(values, ops.round(values)));
    const flatValid = ops.reshape(valid, ops.constant(graph, [-1], 'int32'));
    const flatValues = ops.reshape(values, ops.constant(graph, [-1], 'int32'));
    // The first bad label (argMax of the bad flags), shown in the message; any label when all are
    // valid. Both padded with one element, so that an empty batch (nothing to check) still has one.
    const zeroIndex = ops.constant(graph, 0, 'int32');
    const badFlags = ops.concatV2([ops.cast(ops.logicalNot(flatValid), { dstT: 'int32' }), ops.constant(graph, [0], 'int32')], zeroIndex);
    const firstBad = ops.argMax(badFlags, zeroIndex, { outputType: 'int32' });
    const padded = ops.concatV2(
      [ops.cast(flatValues, { dstT: 'float64' }), ops.constant(graph, [0], 'float64')],
      ops.constant(graph, 0, 'int32'),
    );
    const shown = ops.gatherV2(padded, firstBad, ops.constant(graph, 0, 'int32'));
    const message = ops.constant(
      graph,
      `${label}: sparse labels must be integer class ids in [0, ${classes}) (${classes} classes); found the label`,
      'string',
    );
    const check = ops.assert(ops.all(flatValid, ops.constant(graph, [0], 'int32')), [message, shown], { summarize: 1 });
    const ids = graph.withControlDependencies([check], () => ops.identity(values));
    return { ids: ids.dtype === 'int64' ? ids : ops.cast(ids, { dstT: 'int64' }), valid };
  });
}

/** `perExample` with NaN where a class id is invalid (see classIds). */
export function nanWhereInvalid(perExample: Output, valid: Output): Output {
  const nan = ops.fill(ops.shape(perExample, { outType: 'int32' }), ops.constant(perExample.graph, NaN, perExample.dtype));
  return ops.selectV2(valid, perExample, nan);
}
