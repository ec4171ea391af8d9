/**
 * mtl.meta: meta-learning for fast adaptation to new tasks — MAML with exact second-order
 * meta-gradients, first-order MAML, Meta-SGD's learned inner rates, Reptile, and the joint
 * pre-training baseline — over a task sampler the user writes ((index) => { support, query }).
 * Each meta-batch is one session run; see meta-learner.ts for the graph.
 *
 * Second order differentiates a graph that already holds gradient ops, through TensorFlow's
 * C++ gradient registry (the only one the C API has). Probed on TensorFlow 2.21
 * (probe.ts, re-checked by test/mtl/meta/second-order.test.ts):
 * - The default seed of TF_AddGradients is OnesLike(y), and OnesLike has no gradient: a second
 *   TF_AddGradients through any first gradient fails. Every gradient here is seeded with a
 *   constant 1 instead.
 * - Gradients of gradients that exist: MatMul, AddV2 with a broadcast bias (its gradient is
 *   Sum + Reshape), LeakyRelu (LeakyReluGrad has one), Softmax, LogSoftmax,
 *   SoftmaxCrossEntropyWithLogits, Square, SquaredDifference, Exp, Log, RealDiv, Mean, Sum.
 * - Missing (the first gradient is an op without a C++ gradient): Relu → ReluGrad, Tanh →
 *   TanhGrad, Sigmoid → SigmoidGrad, Elu → EluGrad, Softplus → SoftplusGrad, Sqrt → SqrtGrad,
 *   Reciprocal → ReciprocalGrad, BiasAdd → BiasAddGrad, Conv2D → Conv2DBackpropFilter (its
 *   input gradient Conv2DBackpropInput has one), MaxPool → MaxPoolGrad, AvgPool → AvgPoolGrad.
 * So the learners here are written with differentiable forms (differentiable.ts): relu(x) =
 * x·Cast(x > 0), whose gradient is dy·Cast(x > 0); tanh from Exp and RealDiv; sigmoid from tanh;
 * the bias added with AddV2; cross-entropy as logsumexp − the label's logit; convolutions
 * (convNet) as k² Slice ops concatenated times the kernel, pooling as a reshape and a mean
 * (Slice, ConcatV2, Reshape, Mean and BatchMatMulV2 differentiate twice). The meta-gradient is
 * then exact (test/mtl/meta/parity.test.ts: Python's nested GradientTape agrees within 1e-5).
 * A custom learner that uses a missing op is refused when its second-order program is built,
 * naming the op; first-order MAML and Reptile never differentiate twice and take any op.
 */
export { MetaLearner, maml, reptile, pretrain, meanCI } from './meta-learner';
export type {
  Algorithm,
  EvaluateOptions,
  EvaluateResult,
  FitOptions,
  LossFunction,
  MamlOptions,
  MeanCI,
  MetaOptions,
  StepLogs,
} from './meta-learner';
export { convNet, learner, mlp } from './learner';
export type { ConvNetOptions, Learner, MlpOptions, ParameterSpec } from './learner';
export type { Task, TaskSampler, TaskSplit, TaskValues } from './tasks';
export { SECOND_ORDER_CASES, probeSecondOrder } from './probe';
import { leakyRelu, relu, sigmoid, tanh, meanSquaredError, sparseSoftmaxCrossEntropy, accuracy } from './differentiable';
/** Twice-differentiable activations for custom learners. */
export const activations = { relu, tanh, sigmoid, leakyRelu };
/** Twice-differentiable losses: mean squared error, mean sparse softmax cross-entropy; and accuracy. */
export const losses = { meanSquaredError, sparseSoftmaxCrossEntropy, accuracy };
