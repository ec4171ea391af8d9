// The probe behind mtl.meta's doc comment: which ops' gradients TensorFlow 2.21's C++ registry can
// differentiate again. If a TensorFlow upgrade changes an answer, this fails and the doc comment
// (lib/mtl/meta/index.ts) must change with it.
import { mtl } from '../../../lib';

const DOCUMENTED: Record<string, string> = {
  MatMul: 'ok',
  'BiasAdd (nonlinear after)': 'BiasAddGrad',
  'AddV2 (broadcast bias)': 'ok',
  Relu: 'ReluGrad',
  Tanh: 'TanhGrad',
  Sigmoid: 'SigmoidGrad',
  Elu: 'EluGrad',
  Softplus: 'SoftplusGrad',
  LeakyRelu: 'ok',
  Softmax: 'ok',
  LogSoftmax: 'ok',
  SoftmaxCrossEntropyWithLogits: 'ok',
  Square: 'ok',
  SquaredDifference: 'ok',
  Exp: 'ok',
  Log: 'ok',
  Sqrt: 'SqrtGrad',
  Reciprocal: 'ReciprocalGrad',
  RealDiv: 'ok',
  Conv2D: 'Conv2DBackpropFilter',
  MaxPool: 'MaxPoolGrad',
  AvgPool: 'AvgPoolGrad',
  'Slice + ConcatV2 (mtl.meta.convNet patches)': 'ok',
  'mtl.meta relu': 'ok',
  'mtl.meta tanh': 'ok',
  'mtl.meta sigmoid': 'ok',
};

test('second-order probe of the C++ gradient registry matches the documented table', () => {
  const found = Object.fromEntries(
    Object.entries(mtl.meta.SECOND_ORDER_CASES).map(([name, build]) => [name, mtl.meta.probeSecondOrder(build)]),
  );
  expect(found).toEqual(DOCUMENTED);
});
