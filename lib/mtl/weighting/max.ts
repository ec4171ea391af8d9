/**
 * Max over tasks: the objective max_i L_i, a minimax (Tchebycheff with a zero
 * ideal point and unit preferences) scalarization that only ever trains the
 * currently worst task. The weights are the gradient weights ∂max/∂L_i: the
 * one-hot of the argmax, split evenly between tied tasks as TensorFlow's Max
 * gradient does (so the trace always shows the step that was actually taken).
 */
import * as ops from '../../ops';
import { Weighting } from './types';
import { stackLosses } from './util';

export function max(): Weighting {
  return {
    name: 'max',
    kind: 'loss',
    supportsRepresentation: false,
    getConfig: () => ({}),
    build({ losses }) {
      const stacked = stackLosses(losses);
      const objective = ops.reduceMax(stacked);
      const isMax = ops.cast(ops.equal(stacked, ops.stopGradient(objective)), 'float32');
      return { objective, weights: ops.divNoNan(isMax, ops.reduceSum(isMax)) };
    },
  };
}
