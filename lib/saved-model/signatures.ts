/**
 * Signatures: a SignatureDef's inputs and outputs as named, typed, shaped tensors, and the
 * conversion of what a caller passes to `run` into feeds TensorFlow accepts.
 */
import {
  DType,
  dtypeName,
  isTypedArray,
  TensorFlowError,
  invalidArgument,
  notFound,
  parseTensorName,
  Tensor,
  TensorLike,
  formatShape,
} from '../core';
import { DataTypeProto } from '../proto';
import type { SignatureDef, TensorInfo, TensorShapeProto } from '../proto';

/** The signature Python, TF Serving and `model.export()` call by default. */
export const DEFAULT_SIGNATURE = 'serving_default';

/**
 * SignatureDef keys TensorFlow uses for itself (the init and train ops), not callable signatures.
 * They stay in the MetaGraphDef and are hidden from `signatures`.
 */
export const INIT_OP_SIGNATURE_KEY = '__saved_model_init_op';
const INTERNAL_SIGNATURE_PREFIX = '__saved_model_';

/** One input or output of a signature. */
export interface TensorSpec {
  /** The key callers use, e.g. "image". */
  name: string;
  /** The graph tensor it maps to, "operation:index" (e.g. "serving_default_image:0"). */
  tensorName: string;
  /** Element type, e.g. "float32" (TensorFlow's DT_* name for types hydra-tf has no name for). */
  dtype: DType | string;
  /** Dimensions, -1 where unknown; null when even the rank is unknown. */
  shape: number[] | null;
  /** Set for sparse or composite tensors, which `run` does not feed or fetch. */
  composite?: 'sparse' | 'composite';
}

/** A callable signature: named inputs in, named outputs out. */
export interface Signature {
  name: string;
  /** e.g. "tensorflow/serving/predict". */
  methodName: string;
  inputs: Record<string, TensorSpec>;
  outputs: Record<string, TensorSpec>;
}

/** The dtype name of a DataType enum value: hydra-tf's name, else TensorFlow's ("qint8", ...). */
export function dataTypeName(code: number | undefined): DType | string {
  if (code === undefined || code === 0) return 'invalid';
  try {
    return dtypeName(code);
  } catch {
    const name = DataTypeProto[code];
    return name ? name.replace(/^DT_/, '').toLowerCase() : `dtype(${code})`;
  }
}

/**
 * A TensorShapeProto as a plain array (-1 unknown dimension; null unknown rank). An absent shape
 * counts as unknown: a TensorInfo without one promises nothing (an empty one is a scalar).
 */
export function shapeOf(proto: TensorShapeProto | undefined): number[] | null {
  if (!proto || proto.unknownRank) return null;
  return (proto.dim ?? []).map((dim) => Number(dim.size ?? 0));
}

function tensorSpec(name: string, info: TensorInfo): TensorSpec {
  const spec: TensorSpec = { name, tensorName: info.name ?? '', dtype: dataTypeName(info.dtype), shape: shapeOf(info.tensorShape) };
  if (info.cooSparse) {
    spec.composite = 'sparse';
    spec.tensorName = info.cooSparse.valuesTensorName ?? '';
  } else if (info.compositeTensor) {
    spec.composite = 'composite';
  } else if (spec.tensorName) {
    // Some exporters leave out the ":0"; TensorFlow reads a bare name as output 0.
    const [op, index] = parseTensorName(spec.tensorName);
    spec.tensorName = `${op}:${index}`;
  }
  return spec;
}

/** Sorted by key, so listings and JSON are stable whatever order the protobuf map came in. */
function specs(map: Record<string, TensorInfo> | undefined): Record<string, TensorSpec> {
  const result: Record<string, TensorSpec> = {};
  for (const key of Object.keys(map ?? {}).sort()) result[key] = tensorSpec(key, (map as Record<string, TensorInfo>)[key]);
  return result;
}

/** The callable signatures of a MetaGraphDef's signature_def map, by name. */
export function parseSignatures(signatureDefs: Record<string, SignatureDef> | undefined): Record<string, Signature> {
  const result: Record<string, Signature> = {};
  for (const name of Object.keys(signatureDefs ?? {}).sort()) {
    if (name.startsWith(INTERNAL_SIGNATURE_PREFIX)) continue;
    const def = (signatureDefs as Record<string, SignatureDef>)[name];
    result[name] = { name, methodName: def.methodName ?? '', inputs: specs(def.inputs), outputs: specs(def.outputs) };
  }
  return result;
}

/** The signature called `name`, or an error listing the ones there are. */
export function findSignature(signatures: Record<string, Signature>, name: string, where: string): Signature {
  const signature = Object.prototype.hasOwnProperty.call(signatures, name) ? signatures[name] : undefined;
  if (!signature) {
    const known = Object.keys(signatures);
    throw notFound(`${where} has no signature "${name}" (it has ${known.length ? known.map((k) => `"${k}"`).join(', ') : 'none'})`);
  }
  return signature;
}

export function describeShape(shape: number[] | null): string {
  return formatShape(shape);
}

/** What `run` accepts for one input. */
export type SignatureInput = TensorLike;

/** A feed ready for Session.run, plus the tensors made here (the caller disposes them after the run). */
export interface PreparedFeeds {
  feeds: Array<[string, Tensor]>;
  temporaries: Tensor[];
}

/**
 * Checks `inputs` against `signature` (names, dtypes, shapes) and converts plain values with the
 * signature's dtype. A typed array fills the one unknown dimension of the signature's shape, so
 * `{ features: new Float32Array(10) }` feeds shape [2, 5] to an input of shape [?, 5].
 */
export function prepareFeeds(signature: Signature, inputs: Record<string, SignatureInput>, defaults: ReadonlySet<string>): PreparedFeeds {
  const label = `signature "${signature.name}"`;
  if (inputs === null || typeof inputs !== 'object' || Array.isArray(inputs) || inputs instanceof Tensor || isTypedArray(inputs)) {
    throw invalidArgument(`${label}: inputs must be an object keyed by input name (${Object.keys(signature.inputs).join(', ')})`);
  }
  const known = Object.keys(signature.inputs);
  const unknown = Object.keys(inputs).filter((key) => !Object.prototype.hasOwnProperty.call(signature.inputs, key));
  if (unknown.length) {
    throw invalidArgument(
      `${label} has no input ${unknown.map((k) => `"${k}"`).join(', ')} (its inputs are ${known.map((k) => `"${k}"`).join(', ') || 'none'})`,
    );
  }
  const missing = known.filter((key) => inputs[key] === undefined && !defaults.has(key));
  if (missing.length) throw invalidArgument(`${label}: missing input ${missing.map((k) => `"${k}"`).join(', ')}`);

  const temporaries: Tensor[] = [];
  const feeds: Array<[string, Tensor]> = [];
  try {
    for (const key of known) {
      const value = inputs[key];
      if (value === undefined) continue;
      const spec = signature.inputs[key];
      const what = `${label} input "${key}"`;
      if (spec.composite)
        throw new TensorFlowError('UNIMPLEMENTED', `${what} is a ${spec.composite} tensor; hydra-tf feeds dense tensors only`);
      let tensor: Tensor;
      if (value instanceof Tensor) {
        tensor = value;
        if (tensor.dtype !== spec.dtype)
          throw invalidArgument(`${what} expects dtype ${spec.dtype}, got a tensor of dtype ${tensor.dtype}`);
      } else {
        tensor = convert(value, spec, what);
        temporaries.push(tensor);
      }
      checkShape(tensor.shape, spec, what);
      feeds.push([spec.tensorName, tensor]);
    }
  } catch (error) {
    for (const temporary of temporaries) temporary.dispose();
    throw error;
  }
  return { feeds, temporaries };
}

function convert(value: SignatureInput, spec: TensorSpec, what: string): Tensor {
  const dtype = spec.dtype as DType;
  let shape: number[] | undefined;
  if (isTypedArray(value) && spec.shape !== null) shape = fillUnknownDimension(value.length, spec.shape, what);
  try {
    return Tensor.from(value, { dtype, shape });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw invalidArgument(`${what} (${spec.dtype} ${describeShape(spec.shape)}): ${message}`);
  }
}

/** The shape a flat typed array of `length` elements has under `shape` (at most one unknown dimension). */
function fillUnknownDimension(length: number, shape: number[], what: string): number[] {
  const unknown = shape.filter((d) => d < 0).length;
  const known = shape.filter((d) => d >= 0).reduce((a, b) => a * b, 1);
  if (unknown === 0) return shape;
  if (unknown > 1) {
    throw invalidArgument(
      `${what} has shape ${describeShape(shape)}: a flat typed array is ambiguous there; pass a Tensor with a shape or a nested array`,
    );
  }
  if (known === 0 || length % known !== 0) {
    throw invalidArgument(
      `${what} expects shape ${describeShape(shape)}, got a typed array of ${length} elements (not a multiple of ${known})`,
    );
  }
  return shape.map((d) => (d < 0 ? length / known : d));
}

function checkShape(actual: number[], spec: TensorSpec, what: string): void {
  const expected = spec.shape;
  if (expected === null) return;
  const fits = actual.length === expected.length && expected.every((dim, i) => dim < 0 || dim === actual[i]);
  if (!fits) throw invalidArgument(`${what} expects shape ${describeShape(expected)}, got ${describeShape(actual)}`);
}
