// The message descriptors (schema.ts, types.ts) are generated from the tensorflow-cpu wheel's own
// descriptors by scripts/generate-protos.js (no .proto file is vendored); this file is hand-written.
//
// lib/proto: the TensorFlow protobuf messages hydra-tf exchanges with libtensorflow and Python
// (session ConfigProto/RunOptions/RunMetadata, the op registry, GraphDef, SavedModel/MetaGraphDef,
// TensorBoard events, checkpoint bundle entries). See codec.ts for the plain-object conventions
// (camelCase keys; int64 as number or bigint; bytes as Uint8Array) and schema.ts for what is
// described and what is kept opaque.
import * as codec from './codec';
import type * as T from './types';
import type { MessageName, MessageTypes, ProtoInput } from './types';

export * from './types';
export { OPAQUE_FIELDS, TF_PROTO_SCHEMA } from './schema';
export { ProtoError, codecRoot, findMergedFields, jsonName, lookupType, messageNames, toJSON } from './codec';

/** Serialises `obj` as the message `typeName` (e.g. 'tensorflow.ConfigProto'). Deterministic. */
export function encode<N extends MessageName>(typeName: N, obj: ProtoInput<MessageTypes[N]>): Uint8Array;
export function encode(typeName: string, obj: object): Uint8Array;
export function encode(typeName: string, obj: object): Uint8Array {
  return codec.encode(typeName, obj);
}

/** Parses `bytes` as the message `typeName` into a plain object with camelCase keys. */
export function decode<N extends MessageName>(typeName: N, bytes: Uint8Array): MessageTypes[N];
/** Untyped names, or an explicit result type: `decode<OpDef>('tensorflow.OpDef', bytes)`. */
export function decode<R extends object = Record<string, unknown>>(typeName: string, bytes: Uint8Array): R;
export function decode(typeName: string, bytes: Uint8Array): Record<string, unknown> {
  return codec.decode(typeName, bytes);
}

const TYPE_URL_PREFIX = 'type.googleapis.com/';

/** Wraps a message in a google.protobuf.Any (type URL `type.googleapis.com/<full name>`). */
export function packAny<N extends MessageName>(typeName: N, obj: ProtoInput<MessageTypes[N]>): T.Any;
export function packAny(typeName: string, obj: object): T.Any;
export function packAny(typeName: string, obj: object): T.Any {
  return { typeUrl: TYPE_URL_PREFIX + typeName, value: codec.encode(typeName, obj) };
}

/** Unwraps a google.protobuf.Any whose type lib/proto knows; throws ProtoError otherwise. */
export function unpackAny(any: T.Any): { typeName: string; message: Record<string, unknown> } {
  const url = any.typeUrl ?? '';
  const typeName = url.slice(url.lastIndexOf('/') + 1);
  return { typeName, message: codec.decode(typeName, any.value ?? new Uint8Array(0)) };
}

// ----------------------------------------------------------------------------- typed helpers

type In<N extends MessageName> = ProtoInput<MessageTypes[N]>;

export const encodeConfigProto = (o: In<'tensorflow.ConfigProto'>): Uint8Array => encode('tensorflow.ConfigProto', o);
export const decodeConfigProto = (b: Uint8Array): T.ConfigProto => decode('tensorflow.ConfigProto', b);
export const encodeGPUOptions = (o: In<'tensorflow.GPUOptions'>): Uint8Array => encode('tensorflow.GPUOptions', o);
export const decodeGPUOptions = (b: Uint8Array): T.GPUOptions => decode('tensorflow.GPUOptions', b);
export const encodeRunOptions = (o: In<'tensorflow.RunOptions'>): Uint8Array => encode('tensorflow.RunOptions', o);
export const decodeRunOptions = (b: Uint8Array): T.RunOptions => decode('tensorflow.RunOptions', b);
export const encodeRunMetadata = (o: In<'tensorflow.RunMetadata'>): Uint8Array => encode('tensorflow.RunMetadata', o);
export const decodeRunMetadata = (b: Uint8Array): T.RunMetadata => decode('tensorflow.RunMetadata', b);

export const encodeOpList = (o: In<'tensorflow.OpList'>): Uint8Array => encode('tensorflow.OpList', o);
export const decodeOpList = (b: Uint8Array): T.OpList => decode('tensorflow.OpList', b);
export const encodeOpDef = (o: In<'tensorflow.OpDef'>): Uint8Array => encode('tensorflow.OpDef', o);
export const decodeOpDef = (b: Uint8Array): T.OpDef => decode('tensorflow.OpDef', b);
export const encodeAttrValue = (o: In<'tensorflow.AttrValue'>): Uint8Array => encode('tensorflow.AttrValue', o);
export const decodeAttrValue = (b: Uint8Array): T.AttrValue => decode('tensorflow.AttrValue', b);
export const encodeTensorShapeProto = (o: In<'tensorflow.TensorShapeProto'>): Uint8Array => encode('tensorflow.TensorShapeProto', o);
export const decodeTensorShapeProto = (b: Uint8Array): T.TensorShapeProto => decode('tensorflow.TensorShapeProto', b);
export const encodeTensorProto = (o: In<'tensorflow.TensorProto'>): Uint8Array => encode('tensorflow.TensorProto', o);
export const decodeTensorProto = (b: Uint8Array): T.TensorProto => decode('tensorflow.TensorProto', b);

export const encodeNodeDef = (o: In<'tensorflow.NodeDef'>): Uint8Array => encode('tensorflow.NodeDef', o);
export const decodeNodeDef = (b: Uint8Array): T.NodeDef => decode('tensorflow.NodeDef', b);
export const encodeGraphDef = (o: In<'tensorflow.GraphDef'>): Uint8Array => encode('tensorflow.GraphDef', o);
export const decodeGraphDef = (b: Uint8Array): T.GraphDef => decode('tensorflow.GraphDef', b);
export const encodeFunctionDefLibrary = (o: In<'tensorflow.FunctionDefLibrary'>): Uint8Array => encode('tensorflow.FunctionDefLibrary', o);
export const decodeFunctionDefLibrary = (b: Uint8Array): T.FunctionDefLibrary => decode('tensorflow.FunctionDefLibrary', b);

export const encodeSavedModel = (o: In<'tensorflow.SavedModel'>): Uint8Array => encode('tensorflow.SavedModel', o);
export const decodeSavedModel = (b: Uint8Array): T.SavedModel => decode('tensorflow.SavedModel', b);
export const encodeMetaGraphDef = (o: In<'tensorflow.MetaGraphDef'>): Uint8Array => encode('tensorflow.MetaGraphDef', o);
export const decodeMetaGraphDef = (b: Uint8Array): T.MetaGraphDef => decode('tensorflow.MetaGraphDef', b);
export const encodeSignatureDef = (o: In<'tensorflow.SignatureDef'>): Uint8Array => encode('tensorflow.SignatureDef', o);
export const decodeSignatureDef = (b: Uint8Array): T.SignatureDef => decode('tensorflow.SignatureDef', b);

export const encodeEvent = (o: In<'tensorflow.Event'>): Uint8Array => encode('tensorflow.Event', o);
export const decodeEvent = (b: Uint8Array): T.Event => decode('tensorflow.Event', b);
export const encodeSummary = (o: In<'tensorflow.Summary'>): Uint8Array => encode('tensorflow.Summary', o);
export const decodeSummary = (b: Uint8Array): T.Summary => decode('tensorflow.Summary', b);

export const encodeBundleHeaderProto = (o: In<'tensorflow.BundleHeaderProto'>): Uint8Array => encode('tensorflow.BundleHeaderProto', o);
export const decodeBundleHeaderProto = (b: Uint8Array): T.BundleHeaderProto => decode('tensorflow.BundleHeaderProto', b);
export const encodeBundleEntryProto = (o: In<'tensorflow.BundleEntryProto'>): Uint8Array => encode('tensorflow.BundleEntryProto', o);
export const decodeBundleEntryProto = (b: Uint8Array): T.BundleEntryProto => decode('tensorflow.BundleEntryProto', b);
