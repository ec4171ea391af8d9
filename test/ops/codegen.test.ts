// The generator and its naming rules on hand-written OpDefs (no TensorFlow needed).
import { generateOps } from '../../lib/ops/codegen';
import { attrKey, inputParameterName, lowerCamel, opFunctionName } from '../../lib/ops/naming';
import type { OpDef } from '../../lib/proto/types';

const FLOAT = 1;

function generate(def: OpDef): string {
  const { files } = generateOps([def], '2.21.0');
  return [...files]
    .filter(([name]) => name !== 'index.ts')
    .map(([, text]) => text)
    .join('\n');
}

describe('naming', () => {
  test.each([
    ['MatMul', 'matMul'],
    ['BiasAdd', 'biasAdd'],
    ['LRN', 'lrn'],
    ['LRNGrad', 'lrnGrad'],
    ['Conv2D', 'conv2d'],
    ['Conv2DBackpropInput', 'conv2dBackpropInput'],
    ['FFT2D', 'fft2d'],
    ['ResourceApplyAdam', 'resourceApplyAdam'],
    ['BatchMatMulV2', 'batchMatMulV2'],
    ['CTCLoss', 'ctcLoss'],
    ['TopKV2', 'topKV2'],
  ])('%s → %s', (op, fn) => expect(opFunctionName(op)).toBe(fn));

  test('reserved words and composite names get an Op suffix', () => {
    expect(['Const', 'Switch', 'While', 'If', 'Case', 'Cast', 'OneHot'].map(opFunctionName)).toEqual([
      'constOp',
      'switchOp',
      'whileOp',
      'ifOp',
      'caseOp',
      'castOp',
      'oneHotOp',
    ]);
  });

  test('arguments and attributes', () => {
    expect(lowerCamel('DstT')).toBe('dstT');
    expect(attrKey('transpose_a')).toBe('transposeA');
    expect(attrKey('use_cudnn_on_gpu')).toBe('useCudnnOnGpu');
    expect(attrKey('name')).toBe('nameAttr');
    expect(inputParameterName('var')).toBe('varInput');
    expect(inputParameterName('split_dim')).toBe('splitDim');
  });
});

describe('generateOps', () => {
  const pick: OpDef = {
    name: 'PickThings',
    summary: 'Picks things. The */ in here must not end the comment.',
    inputArg: [
      { name: 'values', typeAttr: 'T', numberAttr: 'N' },
      { name: 'axis', type: 3 },
    ],
    outputArg: [
      { name: 'picked', typeAttr: 'T' },
      { name: 'picked_indices', type: 9 },
    ],
    attr: [
      { name: 'T', type: 'type', allowedValues: { list: { type: [FLOAT, 2] } } },
      { name: 'N', type: 'int', hasMinimum: true, minimum: 1 },
      { name: 'mode', type: 'string', allowedValues: { list: { s: [new TextEncoder().encode('FAST')] } } },
      { name: 'keep_dims', type: 'bool', defaultValue: { b: false }, description: 'Keep reduced dimensions.' },
      { name: 'out_type', type: 'type', defaultValue: { type: 9 } },
    ],
  };

  test('inputs first, inferred attributes hidden, required options required, outputs as an object', () => {
    const text = generate(pick);
    expect(text).toContain('export interface PickThingsOptions extends InputOpOptions {');
    expect(text).toContain('  mode: string;');
    expect(text).toContain('  keepDims?: boolean;');
    expect(text).toContain('  outType?: DType;');
    expect(text).not.toMatch(/^\s+(t|n)\??:/m);
    expect(text).toContain(
      'export function pickThings(values: OutputLike[], axis: OutputLike, options: PickThingsOptions): { picked: Output; pickedIndices: Output } {',
    );
    expect(text).toContain("return opOutputs<{ picked: Output; pickedIndices: Output }>('PickThings', [values, axis], options);");
    expect(text).toContain('Picks things. The *\\/ in here must not end the comment.');
    expect(text).toContain('`keep_dims` (bool): Keep reduced dimensions. Default false.');
    expect(text).toContain('One of "FAST".');
    expect(text).toContain('T: one of float32, float64.');
  });

  test('no inputs: the graph comes first; no outputs: an Operation; a list output: an array', () => {
    const source: OpDef = { name: 'MakeIt', outputArg: [{ name: 'out', typeAttr: 'dtype' }], attr: [{ name: 'dtype', type: 'type' }] };
    expect(generate(source)).toContain('export function makeIt(graph: Graph, options: MakeItOptions): Output {');
    const sink: OpDef = { name: 'Sink', inputArg: [{ name: 'x', type: FLOAT }] };
    expect(generate(sink)).toContain(
      "export function sink(x: OutputLike, options: InputOpOptions = {}): Operation {\n  return opNoOutput('Sink', [x], options);",
    );
    const fan: OpDef = {
      name: 'Fan',
      inputArg: [{ name: 'x', type: FLOAT }],
      outputArg: [{ name: 'parts', type: FLOAT, numberAttr: 'count' }],
      attr: [{ name: 'count', type: 'int' }],
    };
    expect(generate(fan)).toContain(
      "export function fan(x: OutputLike, options: FanOptions): Output[] {\n  return opList('Fan', [x], options);",
    );
  });

  test('skips internal and deprecated ops and names that clash, and says why', () => {
    const { generated, skipped } = generateOps(
      [
        { name: '_Internal' },
        { name: 'OldOp', deprecation: { version: 12, explanation: 'Use NewOp' } },
        {
          name: 'Twice',
          inputArg: [
            { name: 'a', type: FLOAT },
            { name: 'A', type: FLOAT },
          ],
        },
        { name: 'NewOp' },
      ],
      '2.21.0',
    );
    expect(generated).toEqual(['NewOp']);
    expect(skipped).toEqual([
      { op: 'OldOp', reason: 'deprecated', detail: 'since GraphDef version 12: Use NewOp' },
      { op: 'Twice', reason: 'name clash', detail: 'two inputs are both called a' },
      { op: '_Internal', reason: 'internal' },
    ]);
  });

  test('same registry, same files', () => {
    const once = generateOps([pick], '2.21.0').files;
    const again = generateOps([pick], '2.21.0').files;
    expect([...again]).toEqual([...once]);
  });
});
