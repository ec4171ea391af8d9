/**
 * The op wrapper generator: a pure function from OpDefs (the op registry of the loaded
 * TensorFlow) to the TypeScript sources of lib/ops/generated. scripts/generate-ops.js writes
 * its result to disk (`npm run generate:ops`) and test/ops/generated.test.ts checks that the
 * committed files are exactly what it produces, so the two cannot drift.
 *
 * Each op becomes one function whose body is a single call into ./builder, which reads the OpDef
 * at run time; the generated text carries only what TypeScript needs (parameter and option
 * types, return shape) and what a reader needs (doc comments).
 */
import { DataTypeProto } from '../proto';
import type { ArgDef, AttrDef, AttrValue, OpDef, TensorShapeProto } from '../proto';
import { DTYPE_CODES, DType } from '../core';
import type { GradientTable } from './gradient-probe';
import { attrKey, inputParameterName, isSaneName, opFunctionName, outputKey } from './naming';

export const REGENERATE_COMMAND = 'npm run generate:ops';

export interface SkippedOp {
  op: string;
  reason: 'internal' | 'deprecated' | 'unusable name' | 'name clash';
  detail?: string;
}

export interface GeneratedOps {
  /** File contents by path relative to lib/ops/generated (e.g. "math.ts", "index.ts"). */
  files: Map<string, string>;
  /** Op names with a wrapper, sorted. */
  generated: string[];
  skipped: SkippedOp[];
}

/**
 * Groups of ops that share a file, matched in order on the op name; the rest go to a file per
 * first letter. Coarse on purpose: the point is files a reader can open, and a TensorFlow
 * upgrade that adds an op touching one file.
 */
const FILE_GROUPS: Array<[string, RegExp]> = [
  ['xla', /^Xla/],
  ['tpu', /TPU|Tpu/],
  ['quantized', /Quantiz|^Dequantize|^Requantiz/],
  ['experimental', /^Experimental/],
  ['data', /Dataset|Iterator|^Optional(FromValue|GetValue|HasValue|None)$/],
  ['training', /^(Resource)?(Sparse)?Apply/],
  ['resource-variables', /^Resource|^Var|^ReadVariableOp$|^Assign(Add|Sub)?VariableOp$|^DestroyResourceOp$|^Variable/],
  [
    'nn',
    /^(Conv[23]D|DepthwiseConv|MaxPool|AvgPool|FusedBatchNorm|BatchNorm|BiasAdd|Relu|Elu|Selu|LeakyRelu|Softmax|LogSoftmax|Softplus|Softsign|SparseSoftmaxCrossEntropy|LRN|Dilation2D|Erosion2D|L2Loss|InTopK|TopK|NthElement|Fractional(Max|Avg)Pool|CTC|DataFormat|FusedPadConv2D|FusedResizeAndPadConv2D)/,
  ],
  ['sparse', /^Sparse/],
  ['tensor-lists', /^TensorList|^TensorArray|^TensorMap/],
  ['random', /^Stateless|^StatefulStandardNormal|^StatefulUniform|^StatefulTruncated|^Random|^Multinomial|^TruncatedNormal/],
  [
    'image',
    /^(Decode|Encode|Resize|Crop|Adjust|Extract(Glimpse|Jpeg)|Draw|NonMaxSuppression|RGBTo|HSVTo|SampleDistortedBoundingBox|ScaleAndTranslate|ImageProjective)/,
  ],
  ['strings', /^(String|Regex|Substr|Unicode|StaticRegex|AsString|ReduceJoin|DecodeBase64|EncodeBase64)/],
  ['collective', /^Collective|^Nccl|^AllToAll/],
];

const HEADER_LINES = (version: string): string[] => [
  `// Generated from the op registry of TensorFlow ${version} by lib/ops/codegen.ts. Do not edit.`,
  `// Regenerate with \`${REGENERATE_COMMAND}\` (\`${REGENERATE_COMMAND} -- --check\` checks it is current).`,
];

/** The file an op's wrapper goes to (without ".ts"). */
export function fileGroup(opName: string): string {
  for (const [file, pattern] of FILE_GROUPS) if (pattern.test(opName)) return file;
  return `ops-${opName[0].toLowerCase()}`;
}

/** Generates lib/ops/generated from the registry's OpDefs. Pure: same input, same output. */
export function generateOps(defs: Iterable<OpDef>, tensorflowVersion: string): GeneratedOps {
  const skipped: SkippedOp[] = [];
  const candidates: OpDef[] = [];
  for (const def of [...defs].sort((a, b) => compare(a.name as string, b.name as string))) {
    const name = def.name as string;
    if (name.startsWith('_')) skipped.push({ op: name, reason: 'internal' });
    else if (def.deprecation) {
      skipped.push({
        op: name,
        reason: 'deprecated',
        detail: `since GraphDef version ${def.deprecation.version ?? 0}: ${def.deprecation.explanation ?? ''}`,
      });
    } else if (!isSaneName(name)) skipped.push({ op: name, reason: 'unusable name' });
    else {
      const problem = namingProblem(def);
      if (problem) skipped.push({ op: name, reason: 'name clash', detail: problem });
      else candidates.push(def);
    }
  }
  // Two ops whose camelCase names coincide would shadow each other: skip both, loudly.
  const byFunction = new Map<string, OpDef[]>();
  for (const def of candidates) {
    const fn = opFunctionName(def.name as string);
    byFunction.set(fn, [...(byFunction.get(fn) ?? []), def]);
  }
  const groups = new Map<string, string[]>();
  const generated: string[] = [];
  for (const def of candidates) {
    const fn = opFunctionName(def.name as string);
    const clashes = byFunction.get(fn) as OpDef[];
    if (clashes.length > 1) {
      skipped.push({
        op: def.name as string,
        reason: 'name clash',
        detail: `${clashes.map((d) => d.name).join(' and ')} would both be ${fn}`,
      });
      continue;
    }
    const file = fileGroup(def.name as string);
    groups.set(file, [...(groups.get(file) ?? []), emitOp(def)]);
    generated.push(def.name as string);
  }
  const files = new Map<string, string>();
  const fileNames = [...groups.keys()].sort(compare);
  for (const file of fileNames) {
    const body = (groups.get(file) as string[]).join('\n');
    files.set(`${file}.ts`, [...HEADER_LINES(tensorflowVersion), importsFor(body), '', body].join('\n'));
  }
  const index = [...HEADER_LINES(tensorflowVersion), '', ...fileNames.map((file) => `export * from './${file}';`), ''].join('\n');
  files.set('index.ts', index);
  skipped.sort((a, b) => compare(a.op, b.op));
  return { files, generated, skipped };
}

/** The imports a file's body uses (unused ones would be noise in review). */
function importsFor(body: string): string {
  const used = (names: string[]) => names.filter((name) => new RegExp(`\\b${name}\\b`).test(body));
  const lines: string[] = [];
  const add = (names: string[], from: string, typeOnly: boolean) => {
    const present = used(names);
    if (present.length) lines.push(`import ${typeOnly ? 'type ' : ''}{ ${present.join(', ')} } from '${from}';`);
  };
  add(['DType', 'FuncAttr', 'Graph', 'Operation', 'Output', 'TensorLike'], '../../core', true);
  add(['op1', 'opList', 'opNoOutput', 'opOutputs'], '../builder', false);
  add(['InputOpOptions', 'OpOptions', 'OutputLike'], '../builder', true);
  return lines.join('\n');
}

/** Code-point order, so the output does not depend on the machine's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Attributes TensorFlow infers from the inputs; callers never pass them. */
function inferredAttrs(def: OpDef): Set<string> {
  const inferred = new Set<string>();
  for (const arg of def.inputArg ?? []) {
    for (const attr of [arg.typeAttr, arg.numberAttr, arg.typeListAttr]) if (attr) inferred.add(attr);
  }
  return inferred;
}

function exposedAttrs(def: OpDef): AttrDef[] {
  const inferred = inferredAttrs(def);
  return (def.attr ?? []).filter((attr) => !inferred.has(attr.name as string));
}

/** Why an op's argument or attribute names would collide as JS names, or null. */
function namingProblem(def: OpDef): string | null {
  const params = (def.inputArg ?? []).map((arg) => inputParameterName(arg.name as string));
  const keys = exposedAttrs(def).map((attr) => attrKey(attr.name as string));
  const outputs = (def.outputArg ?? []).map((arg) => outputKey(arg.name as string));
  for (const [what, names] of [
    ['inputs', params],
    ['attributes', keys],
    ['outputs', outputs],
  ] as const) {
    const duplicate = names.find((name, i) => names.indexOf(name) !== i);
    if (duplicate) return `two ${what} are both called ${duplicate}`;
  }
  return null;
}

function isList(arg: ArgDef): boolean {
  return Boolean(arg.numberAttr || arg.typeListAttr);
}

function emitOp(def: OpDef): string {
  const name = def.name as string;
  const fn = opFunctionName(name);
  const inputs = def.inputArg ?? [];
  const outputs = def.outputArg ?? [];
  const attrs = exposedAttrs(def);
  const required = attrs.some((attr) => attr.defaultValue === undefined);
  const baseOptions = inputs.length ? 'InputOpOptions' : 'OpOptions';
  // Named after the function (castOp → CastOpOptions), so composites can own CastOptions.
  const optionsType = attrs.length ? `${fn[0].toUpperCase()}${fn.slice(1)}Options` : baseOptions;

  const lines: string[] = [];
  if (attrs.length) {
    lines.push(`/** Options of {@link ${fn}} (TensorFlow op \`${name}\`). */`);
    lines.push(`export interface ${optionsType} extends ${baseOptions} {`);
    for (const attr of attrs) {
      lines.push(...docComment(attrDoc(attr), '  '));
      lines.push(`  ${attrKey(attr.name as string)}${attr.defaultValue === undefined ? '' : '?'}: ${attrType(attr)};`);
    }
    lines.push('}', '');
  }

  const params = inputs.map((arg) => `${inputParameterName(arg.name as string)}: ${isList(arg) ? 'OutputLike[]' : 'OutputLike'}`);
  if (!inputs.length) params.unshift('graph: Graph');
  params.push(required ? `options: ${optionsType}` : `options: ${optionsType} = {}`);
  const first = inputs.length ? `[${inputs.map((arg) => inputParameterName(arg.name as string)).join(', ')}]` : 'graph';

  let returnType: string;
  let call: string;
  if (outputs.length === 0) {
    returnType = 'Operation';
    call = `opNoOutput('${name}', ${first}, options)`;
  } else if (outputs.length === 1) {
    returnType = isList(outputs[0]) ? 'Output[]' : 'Output';
    call = `${isList(outputs[0]) ? 'opList' : 'op1'}('${name}', ${first}, options)`;
  } else {
    returnType = `{ ${outputs.map((arg) => `${outputKey(arg.name as string)}: ${isList(arg) ? 'Output[]' : 'Output'}`).join('; ')} }`;
    call = `opOutputs<${returnType}>('${name}', ${first}, options)`;
  }

  lines.push(...docComment(opDoc(def), ''));
  lines.push(`export function ${fn}(${params.join(', ')}): ${returnType} {`);
  lines.push(`  return ${call};`);
  lines.push('}', '');
  return lines.join('\n');
}

// ------------------------------------------------------------------------------------ doc text

const DESCRIPTION_LIMIT = 400;

function opDoc(def: OpDef): string[] {
  const text: string[] = [];
  if (def.summary) text.push(def.summary.trim());
  const description = firstParagraph(def.description);
  if (description) text.push('', description);
  if (text.length) text.push('');
  const outputs = (def.outputArg ?? []).map((arg) => `${arg.name} (${argType(arg)})`).join(', ');
  text.push(`TensorFlow op \`${def.name}\`${outputs ? `; outputs: ${outputs}` : ''}.`);
  // The dtypes an inferred type attribute allows are the op's dtype contract: say them once.
  const inferred = inferredAttrs(def);
  for (const attr of def.attr ?? []) {
    const allowed = attr.allowedValues?.list?.type ?? [];
    if (inferred.has(attr.name as string) && attr.type === 'type' && allowed.length) {
      text.push(`${attr.name}: one of ${allowed.map(dtypeLabel).join(', ')}.`);
    }
  }
  for (const arg of def.inputArg ?? []) {
    const description = oneLine(arg.description);
    text.push(`@param ${inputParameterName(arg.name as string)} (${argType(arg)})${description ? ` ${description}` : ''}`);
  }
  return text;
}

function attrDoc(attr: AttrDef): string[] {
  const parts: string[] = [];
  const description = oneLine(attr.description);
  parts.push(`\`${attr.name}\` (${attr.type})${description ? `: ${description}` : '.'}`);
  const allowed = attr.allowedValues?.list;
  if (allowed?.type?.length) parts.push(`One of ${allowed.type.map(dtypeLabel).join(', ')}.`);
  if (allowed?.s?.length) parts.push(`One of ${allowed.s.map((v) => JSON.stringify(bytesToString(v))).join(', ')}.`);
  if (attr.hasMinimum)
    parts.push(
      (attr.type as string).startsWith('list(')
        ? `At least ${String(attr.minimum ?? 0)} item(s).`
        : `Minimum ${String(attr.minimum ?? 0)}.`,
    );
  if (attr.defaultValue !== undefined) parts.push(`Default ${renderAttrValue(attr.defaultValue, attr.type as string)}.`);
  return [parts.join(' ')];
}

/** How an argument's dtype is determined, for the doc comment ("T", "list of N T", "int32"). */
function argType(arg: ArgDef): string {
  const element = arg.type ? dtypeLabel(arg.type) : `dtype ${arg.typeAttr ?? '?'}`;
  if (arg.numberAttr) return `list of ${arg.numberAttr}, ${element}`;
  if (arg.typeListAttr) return `list, dtypes ${arg.typeListAttr}`;
  return element;
}

function firstParagraph(text: string | undefined): string {
  const paragraph = (text ?? '').trim().split(/\n\s*\n/)[0] ?? '';
  const flat = paragraph.replace(/\s+/g, ' ').trim();
  return flat.length > DESCRIPTION_LIMIT ? `${flat.slice(0, DESCRIPTION_LIMIT).replace(/\s+\S*$/, '')} …` : flat;
}

function oneLine(text: string | undefined): string {
  return firstParagraph(text);
}

function docComment(lines: string[], indent: string): string[] {
  const safe = lines.map((line) => line.replace(/\*\//g, '*\\/'));
  if (safe.length === 1) return [`${indent}/** ${safe[0]} */`];
  return [`${indent}/**`, ...safe.map((line) => (line ? `${indent} * ${line}` : `${indent} *`)), `${indent} */`];
}

// ------------------------------------------------------------------------------------ types

const DTYPE_BY_CODE = new Map<number, DType>(Object.entries(DTYPE_CODES).map(([name, code]) => [code, name as DType]));

/** hydra-tf's dtype name, or for types it has no name for (quantized, float8, int4) TensorFlow's, e.g. "qint8". */
function dtypeLabel(code: number): string {
  const name = DTYPE_BY_CODE.get(code);
  if (name) return name;
  const proto = DataTypeProto[code] as string | undefined;
  return proto ? proto.replace(/^DT_/, '').toLowerCase() : `DataType ${code}`;
}

function attrType(attr: AttrDef): string {
  const kind = attr.type as string;
  const list = /^list\((.*)\)$/.exec(kind);
  if (list) {
    const element = scalarAttrType(list[1], attr);
    return /[ |]/.test(element) ? `Array<${element}>` : `${element}[]`;
  }
  return scalarAttrType(kind, attr);
}

function scalarAttrType(kind: string, attr: AttrDef): string {
  switch (kind) {
    // Not narrowed to the allowed values: callers pass dtypes and formats through variables
    // (a layer's DType, a config string), and TensorFlow checks them when the op is added.
    // The doc comment lists what is allowed.
    case 'type':
      return 'DType';
    case 'string':
      return 'string';
    case 'int':
    case 'float':
      return 'number';
    case 'bool':
      return 'boolean';
    case 'shape':
      return 'number[] | null';
    case 'tensor':
      return 'TensorLike';
    case 'func':
      return 'string | FuncAttr';
    default:
      throw new Error(`attribute '${attr.name}' has kind ${kind}, which the generator does not know`);
  }
}

function bytesToString(bytes: Uint8Array | string): string {
  return typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
}

function renderShape(shape: TensorShapeProto | undefined): string {
  if (!shape || shape.unknownRank) return 'null (unknown rank)';
  return `[${(shape.dim ?? []).map((d) => String(d.size ?? 0)).join(', ')}]`;
}

/** An attribute value as a reader would write it in JS. */
export function renderAttrValue(value: AttrValue, kind: string): string {
  const list = /^list\((.*)\)$/.exec(kind);
  if (list) {
    const items = value.list ?? {};
    const element = list[1];
    const rendered =
      element === 'type'
        ? (items.type ?? []).map((t) => `'${dtypeLabel(t)}'`)
        : element === 'int'
          ? (items.i ?? []).map(String)
          : element === 'float'
            ? (items.f ?? []).map(String)
            : element === 'bool'
              ? (items.b ?? []).map(String)
              : element === 'string'
                ? (items.s ?? []).map((s) => JSON.stringify(bytesToString(s)))
                : element === 'shape'
                  ? (items.shape ?? []).map(renderShape)
                  : element === 'func'
                    ? (items.func ?? []).map((f) => JSON.stringify(f.name ?? ''))
                    : [];
    return `[${rendered.join(', ')}]`;
  }
  switch (kind) {
    case 'type':
      return `'${dtypeLabel(value.type ?? 0)}'`;
    case 'int':
      return String(value.i ?? 0);
    case 'float':
      return String(value.f ?? 0);
    case 'bool':
      return String(value.b ?? false);
    case 'string':
      return JSON.stringify(bytesToString(value.s ?? ''));
    case 'shape':
      return renderShape(value.shape);
    case 'func':
      return JSON.stringify(value.func?.name ?? '');
    default:
      return 'a tensor';
  }
}

// ------------------------------------------------------------------------------------ gradient table

export const GRADIENT_TABLE_FILE = 'gradient-table.ts';

/** The source of generated/gradient-table.ts from a probe of the registry (see gradient-probe.ts). */
export function generateGradientTable(table: GradientTable, tensorflowVersion: string): string {
  const list = (doc: string, name: string, ops: string[]): string[] => [
    `/** ${doc} (${ops.length} ops) */`,
    `export const ${name}: readonly string[] = [`,
    ...packNames([...ops].sort(compare)),
    '];',
    '',
  ];
  const unknown = Object.keys(table.unknown).sort(compare);
  return [
    ...HEADER_LINES(tensorflowVersion),
    '// How: lib/ops/gradient-probe.ts builds each op on placeholders and asks TF_AddGradients.',
    '',
    ...list('Op types with a C++ gradient function', 'HAS_GRADIENT', table.hasGradient),
    ...list('Op types registered as not differentiable: gradients stop there (null), without error', 'STOPS_GRADIENT', table.stopsGradient),
    ...list('Op types absent from the C++ gradient registry: a gradient through them fails', 'NO_GRADIENT', table.noGradient),
    ...list('Op types without inputs or without outputs', 'NOT_DIFFERENTIABLE', table.notDifferentiable),
    `/** Op types the probe could not build on placeholders, and why (${unknown.length} ops) */`,
    'export const UNKNOWN_GRADIENT: Readonly<Record<string, string>> = {',
    ...unknown.map((op) => `  ${op}: ${quote(table.unknown[op])},`),
    '};',
    '',
  ].join('\n');
}

/** Every file of lib/ops/generated, by name. */
export function generateAll(defs: Iterable<OpDef>, tensorflowVersion: string, table: GradientTable): GeneratedOps {
  const result = generateOps(defs, tensorflowVersion);
  result.files.set(GRADIENT_TABLE_FILE, generateGradientTable(table, tensorflowVersion));
  return result;
}

/** Quoted names, several to a line, lines under 110 characters. */
function packNames(names: string[]): string[] {
  const lines: string[] = [];
  let line = ' ';
  for (const name of names) {
    const item = ` ${quote(name)},`;
    if (line.length + item.length > 110) {
      lines.push(line);
      line = ' ';
    }
    line += item;
  }
  if (line.trim()) lines.push(line);
  return lines;
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
