/**
 * The distillation loss of Hinton et al. (2015), as the Keras distillation recipe computes it:
 * T²·KL(softmax(teacher/T) ‖ softmax(student/T)) per example. The T² keeps its gradient on the
 * scale of the label loss whatever the temperature (the soft gradients shrink as 1/T²).
 */
import { Output, invalidArgument, formatShape } from '../../core';
import * as ops from '../../ops';
import { Loss, Reduction } from '../../train';

export interface DistillationLossOptions {
  /** Softens both distributions; > 0. */
  temperature: number;
  reduction?: Reduction;
}

function show(shape: number[] | null): string {
  return formatShape(shape);
}

/**
 * A loss whose "labels" are the teacher's logits and predictions the student's, both (batch,
 * classes). Computed in log space (LogSoftmax), exact where Keras clips probabilities at 1e-7,
 * from ops that all have C++ gradients; the teacher side is a constant (StopGradient).
 */
export function distillationLoss(options: DistillationLossOptions): Loss {
  const temperature = options?.temperature;
  if (typeof temperature !== 'number' || !(temperature > 0) || !Number.isFinite(temperature)) {
    throw invalidArgument(`distillation loss: temperature must be a finite number > 0, got ${JSON.stringify(temperature)}`);
  }
  const reduction = options.reduction ?? 'sumOverBatchSize';
  return {
    name: 'distillation',
    reduction,
    labels: 'float',
    perExample(teacherLogits: Output, studentLogits: Output, label: string): Output {
      const a = teacherLogits.shape;
      const b = studentLogits.shape;
      if (a === null || b === null || a.length !== b.length || a.some((d, i) => d >= 0 && b[i] >= 0 && d !== b[i])) {
        throw invalidArgument(`${label}: the teacher's logits have shape ${show(a)}, the student's ${show(b)}; they must match`);
      }
      const teacher = ops.stopGradient(
        teacherLogits.dtype === studentLogits.dtype ? teacherLogits : ops.cast(teacherLogits, studentLogits.dtype),
      );
      const logTeacher = ops.logSoftmax(ops.div(teacher, temperature));
      const logStudent = ops.logSoftmax(ops.div(studentLogits, temperature));
      const kl = ops.reduceSum(ops.mul(ops.exp(logTeacher), ops.sub(logTeacher, logStudent)), [-1]);
      return ops.mul(kl, temperature * temperature);
    },
  };
}
