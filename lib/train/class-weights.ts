/**
 * Class weights (Keras's fit(class_weight=...)): each example of an output is weighted by the
 * weight of its class, as a sample weight. As in Keras, classes not listed weigh 1; the class
 * of a one-hot (or probability) label is its argmax, of a single-column label its rounded
 * value. They weigh the training loss and training metrics; evaluate stays unweighted, as
 * Keras's evaluate (which takes no class_weight).
 */
import { Output, invalidArgument } from '../core';
import * as ops from '../ops';

/** Class index → weight (keys are class indices, as JSON object keys are strings). */
export type ClassWeight = Record<number | string, number>;

/** The number of classes an output of shape [batch, ..., k] predicts: k, or 2 for a single logit/probability. */
function classCount(output: Output): number | null {
  const shape = output.shape;
  const last = shape && shape.length >= 2 ? shape[shape.length - 1] : null;
  if (last === null || last < 0) return null;
  return last === 1 ? 2 : last;
}

/** Checks a class-weight dict against an output; returns the weight of every class 0..k−1. */
export function classWeightVector(what: string, weights: ClassWeight, output: Output): Float32Array {
  if (!weights || typeof weights !== 'object' || Array.isArray(weights))
    throw invalidArgument(`${what}: classWeight must be an object { class: weight }, got ${JSON.stringify(weights)}`);
  const classes = classCount(output);
  if (classes === null)
    throw invalidArgument(
      `${what}: class weights need an output of shape [batch, classes] with a known class count, got ${JSON.stringify(output.shape)}`,
    );
  const vector = new Float32Array(classes).fill(1);
  for (const [key, weight] of Object.entries(weights)) {
    const index = Number(key);
    if (!/^\d+$/.test(key) || !Number.isSafeInteger(index))
      throw invalidArgument(`${what}: classWeight key "${key}" is not a class index (a non-negative integer)`);
    if (index >= classes)
      throw invalidArgument(`${what}: classWeight names class ${index}, but the output has ${classes} classes (0..${classes - 1})`);
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0)
      throw invalidArgument(`${what}: the weight of class ${index} must be a finite number >= 0, got ${weight}`);
    vector[index] = weight;
  }
  return vector;
}

/** Per-example weights [batch] from the labels: the weight of each example's class. */
export function classWeightsOf(label: Output, output: Output, vector: Float32Array): Output {
  const graph = label.graph;
  const outputRank = output.shape?.length ?? 2;
  const labelShape = label.shape ?? [];
  const last = labelShape[labelShape.length - 1];
  let classes: Output;
  if (labelShape.length === outputRank && last !== 1) {
    // One-hot or probabilities: the most likely class.
    classes = ops.argMax(label, ops.constant(graph, -1, 'int32'), { outputType: 'int32' });
  } else {
    const column = labelShape.length === outputRank ? ops.squeeze(label, { squeezeDims: [-1] }) : label;
    const asFloat = column.dtype === 'float32' ? column : ops.cast(column, 'float32');
    classes = ops.cast(ops.round(asFloat), 'int32');
  }
  // Labels outside [0, k) weigh 1, as classes without a weight do (their loss reports them).
  const inRange = ops.logicalAnd(
    ops.greaterEqual(classes, ops.constant(graph, 0, 'int32')),
    ops.less(classes, ops.constant(graph, vector.length, 'int32')),
  );
  const safe = ops.selectV2(inRange, classes, ops.zerosLike(classes));
  const picked = ops.gatherV2(ops.constant(graph, vector, 'float32'), safe, ops.constant(graph, 0, 'int32'));
  const weights = ops.selectV2(inRange, picked, ops.onesLike(picked));
  return ops.reshape(weights, ops.constant(graph, [-1], 'int32'));
}
