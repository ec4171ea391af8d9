// The message descriptors (schema.ts, types.ts) are generated from the tensorflow-cpu wheel's own
// descriptors by scripts/generate-protos.js (no .proto file is vendored); this file is hand-written.
//
// Plain-object <-> protobuf wire codec over protobufjs reflection (the descriptors in schema.ts).
//
// Conventions (see types.ts for the TypeScript side):
//  - keys are camelCase (TensorFlow's proto3 JSON names); encode() also accepts the snake_case
//    proto names. Unknown keys are an error (a typo never silently drops a setting).
//  - int64/uint64: decode() gives a number when the value is a safe integer, else a bigint (never a
//    Long, never a lossy number); encode() takes number, bigint or decimal string, range-checked.
//  - bytes: decode() gives Uint8Array (a view into the input buffer: copy it if you keep it and
//    reuse the buffer); encode() takes Uint8Array/Buffer or a string (UTF-8).
//  - enums: numbers; encode() also takes the value's name ('DT_FLOAT'). Unknown numbers pass
//    (proto3 enums are open).
//  - proto3 implicit presence: encode() omits scalars equal to their default, like TensorFlow's
//    own serialisers; message fields are written when given (even `{}`), oneof members always.
//    decode() returns only the fields present on the wire.
//  - maps: plain objects; encode() writes entries sorted by key in ascending order (strings by
//    UTF-8 bytes, shorter first; integers numerically), the order of the C++ runtime's
//    deterministic serialisation, so output is deterministic. (Python's upb runtime orders map
//    entries differently in its deterministic mode: integer keys descending, and a string before
//    its own prefixes. Map order carries no meaning; every runtime parses either.)
//  - fields TensorFlow defines but schema.ts does not are dropped by decode(); schema.ts is
//    complete for every message it names except OPAQUE_FIELDS, which are kept as bytes.
import * as protobuf from 'protobufjs/light';
import { TF_PROTO_SCHEMA } from './schema';
import type { EnumJson, FieldJson, MessageJson, NamespaceJson } from './schema';

/** Raised for values that cannot be encoded, or bytes that cannot be decoded. */
export class ProtoError extends Error {
  constructor(
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'ProtoError';
  }
}

// ----------------------------------------------------------------------------- codec root
// protobufjs encodes map fields in Object.keys order, which puts integer-like keys first. To be
// deterministic we give protobufjs explicit repeated `<Field>Entry` messages instead (the wire
// format of a map, and TensorFlow's own entry names) and sort entries ourselves. Like every
// protobuf runtime, an entry always carries both key and value, even when they are defaults.

const MAP_ENTRY_OPTION = 'map_entry';

function pascal(name: string): string {
  return name
    .split('_')
    .map((p) => (p ? p[0].toUpperCase() + p.slice(1) : ''))
    .join('');
}

function withExplicitMapEntries<N extends NamespaceJson | MessageJson>(ns: N): N {
  const nested: Record<string, NamespaceJson | MessageJson | EnumJson> = {};
  for (const [name, obj] of Object.entries(ns.nested ?? {})) {
    if ('values' in obj) {
      nested[name] = obj;
    } else if ('fields' in obj) {
      const fields: Record<string, FieldJson> = {};
      const entries: Record<string, MessageJson> = {};
      for (const [fname, f] of Object.entries(obj.fields)) {
        if (f.keyType) {
          const entryName = `${pascal(fname)}Entry`;
          entries[entryName] = {
            options: { [MAP_ENTRY_OPTION]: true },
            fields: { key: { type: f.keyType, id: 1 }, value: { type: f.type, id: 2 } },
          };
          fields[fname] = { rule: 'repeated', type: entryName, id: f.id };
        } else {
          fields[fname] = f;
        }
      }
      const inner = withExplicitMapEntries(obj);
      nested[name] = { ...obj, fields, nested: { ...inner.nested, ...entries } };
    } else {
      nested[name] = withExplicitMapEntries(obj);
    }
  }
  return { ...ns, nested };
}

/** The protobufjs root that encodes/decodes (maps appear as repeated `<Field>Entry` messages). */
export const codecRoot: protobuf.Root = protobuf.Root.fromJSON(withExplicitMapEntries(TF_PROTO_SCHEMA) as protobuf.INamespace);
codecRoot.resolveAll();

// ----------------------------------------------------------------------------- reflection cache

const INT32 = new Set(['int32', 'sint32', 'sfixed32']);
const UINT32 = new Set(['uint32', 'fixed32']);
const INT64 = new Set(['int64', 'sint64', 'sfixed64']);
const UINT64 = new Set(['uint64', 'fixed64']);
const FLOAT = new Set(['float', 'double']);

/** protobuf's json_name rule: drop '_' and upper-case the character after it. */
export function jsonName(protoName: string): string {
  let out = '';
  let up = false;
  for (const c of protoName) {
    if (c === '_') up = true;
    else {
      out += up ? c.toUpperCase() : c;
      up = false;
    }
  }
  return out;
}

interface FieldInfo {
  field: protobuf.Field;
  name: string; // proto (snake_case) name
  json: string; // camelCase
  repeated: boolean;
  isMap: boolean;
  keyType?: string; // map key scalar type
  valueField?: protobuf.Field; // map entry's value field
  oneof?: string;
}

interface TypeInfo {
  type: protobuf.Type;
  fields: FieldInfo[];
  byKey: Map<string, FieldInfo>;
  oneofs: Map<string, FieldInfo[]>;
}

const typeInfos = new Map<protobuf.Type, TypeInfo>();

function isMapEntry(t: protobuf.Type | null): boolean {
  return !!t && !!t.options && t.options[MAP_ENTRY_OPTION] === true;
}

function info(type: protobuf.Type): TypeInfo {
  let ti = typeInfos.get(type);
  if (ti) return ti;
  const fields: FieldInfo[] = [];
  const byKey = new Map<string, FieldInfo>();
  const oneofs = new Map<string, FieldInfo[]>();
  for (const field of type.fieldsArray) {
    field.resolve();
    const entry = field.resolvedType instanceof protobuf.Type && isMapEntry(field.resolvedType) ? field.resolvedType : null;
    const fi: FieldInfo = {
      field,
      name: field.name,
      json: jsonName(field.name),
      repeated: field.repeated && !entry,
      isMap: !!entry,
      oneof: field.partOf ? field.partOf.name : undefined,
    };
    if (entry) {
      fi.keyType = entry.fields.key.type;
      fi.valueField = entry.fields.value.resolve();
    }
    fields.push(fi);
    byKey.set(fi.json, fi);
    if (fi.name !== fi.json) byKey.set(fi.name, fi);
    if (fi.oneof) {
      const list = oneofs.get(fi.oneof) ?? [];
      list.push(fi);
      oneofs.set(fi.oneof, list);
    }
  }
  ti = { type, fields, byKey, oneofs };
  typeInfos.set(type, ti);
  return ti;
}

/** The protobufjs Type for a full message name ('tensorflow.ConfigProto'). */
export function lookupType(typeName: string): protobuf.Type {
  const name = typeName.startsWith('.') ? typeName.slice(1) : typeName;
  let t: protobuf.ReflectionObject | null;
  try {
    t = codecRoot.lookup(name);
  } catch {
    t = null;
  }
  if (!(t instanceof protobuf.Type) || isMapEntry(t)) {
    throw new ProtoError(`unknown protobuf message type '${typeName}' (lib/proto defines: ${messageNames().join(', ')})`);
  }
  return t;
}

/** Full names of every message type lib/proto defines (map entries excluded). */
export function messageNames(): string[] {
  const out: string[] = [];
  const walk = (ns: protobuf.NamespaceBase) => {
    for (const obj of ns.nestedArray) {
      if (obj instanceof protobuf.Type) {
        if (!isMapEntry(obj)) out.push(obj.fullName.slice(1));
        walk(obj);
      } else if (obj instanceof protobuf.Namespace) {
        walk(obj);
      }
    }
  };
  walk(codecRoot);
  return out.sort();
}

// ----------------------------------------------------------------------------- encode

const utf8 = new TextEncoder();

function typeError(path: string, expected: string, v: unknown): ProtoError {
  let got: string = typeof v;
  if (v === null) got = 'null';
  else if (Array.isArray(v)) got = 'array';
  else if (typeof v === 'string') got = `string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '...' : v)}`;
  else if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') got = `${typeof v} ${String(v)}`;
  return new ProtoError(`${path}: expected ${expected}, got ${got}`, path);
}

function toBigInt(v: unknown, path: string, what: string): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw typeError(path, what, v);
    return BigInt(v);
  }
  if (typeof v === 'string' && /^\s*[-+]?\d+\s*$/.test(v)) return BigInt(v.trim());
  throw typeError(path, what, v);
}

const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;
const U64_MAX = (1n << 64n) - 1n;

/** A LongBits-compatible {low, high} object (protobufjs's writers accept it for all 64-bit types). */
function longBits(b: bigint): { low: number; high: number; unsigned: boolean } {
  const u = BigInt.asUintN(64, b);
  return { low: Number(u & 0xffffffffn) | 0, high: Number(u >> 32n) | 0, unsigned: false };
}

function encodeScalar(field: protobuf.Field, v: unknown, path: string): unknown {
  const t = field.type;
  const rt = field.resolvedType;
  if (rt instanceof protobuf.Enum) {
    if (typeof v === 'string') {
      const n = rt.values[v];
      if (n === undefined) {
        throw new ProtoError(`${path}: '${v}' is not a ${rt.fullName.slice(1)} value (one of ${Object.keys(rt.values).join(', ')})`, path);
      }
      return n;
    }
    if (typeof v === 'number' && Number.isInteger(v) && v >= -0x80000000 && v <= 0x7fffffff) return v;
    throw typeError(path, `a ${rt.fullName.slice(1)} value (number or name)`, v);
  }
  if (FLOAT.has(t)) {
    if (typeof v !== 'number') throw typeError(path, `a number (${t})`, v);
    return v;
  }
  if (INT32.has(t) || UINT32.has(t)) {
    const [lo, hi] = INT32.has(t) ? [-0x80000000, 0x7fffffff] : [0, 0xffffffff];
    let n: unknown = v;
    if (typeof v === 'bigint' && v >= BigInt(lo) && v <= BigInt(hi)) n = Number(v);
    if (typeof n !== 'number' || !Number.isInteger(n) || n < lo || n > hi) throw typeError(path, `an integer in [${lo}, ${hi}] (${t})`, v);
    return n === 0 ? 0 : n; // no -0
  }
  if (INT64.has(t) || UINT64.has(t)) {
    const b = toBigInt(v, path, `an integer (${t}: number, bigint or decimal string)`);
    const [lo, hi] = INT64.has(t) ? [I64_MIN, I64_MAX] : [0n, U64_MAX];
    if (b < lo || b > hi) throw new ProtoError(`${path}: ${b} is out of range for ${t}`, path);
    return longBits(b);
  }
  if (t === 'bool') {
    if (typeof v !== 'boolean') throw typeError(path, 'a boolean', v);
    return v;
  }
  if (t === 'string') {
    if (typeof v !== 'string') throw typeError(path, 'a string', v);
    return v;
  }
  if (t === 'bytes') {
    if (v instanceof Uint8Array) return v;
    if (typeof v === 'string') return utf8.encode(v);
    if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    if (v instanceof ArrayBuffer) return new Uint8Array(v);
    throw typeError(path, 'bytes (Uint8Array or string)', v);
  }
  throw new ProtoError(`${path}: unsupported field type ${t}`, path);
}

function isDefaultScalar(field: protobuf.Field, wire: unknown): boolean {
  if (field.resolvedType instanceof protobuf.Enum) return wire === 0;
  const t = field.type;
  if (FLOAT.has(t)) return Object.is(wire, 0); // -0.0 is not the default (TF writes it)
  if (INT32.has(t) || UINT32.has(t)) return wire === 0;
  if (INT64.has(t) || UINT64.has(t)) {
    const lb = wire as { low: number; high: number };
    return lb.low === 0 && lb.high === 0;
  }
  if (t === 'bool') return wire === false;
  if (t === 'string') return wire === '';
  if (t === 'bytes') return (wire as Uint8Array).length === 0;
  return false;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v) && !(v instanceof Map);
}

function encodeValue(field: protobuf.Field, v: unknown, path: string, depth: number): unknown {
  if (field.resolvedType instanceof protobuf.Type) return toWire(field.resolvedType, v, path, depth + 1);
  return encodeScalar(field, v, path);
}

const utf8Compare = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

function encodeMapKey(keyType: string, k: string, path: string): { sort: bigint | string; wire: unknown } {
  if (keyType === 'string') return { sort: k, wire: k };
  if (keyType === 'bool') {
    if (k !== 'true' && k !== 'false') throw new ProtoError(`${path}: map key '${k}' is not a bool`, path);
    return { sort: k === 'true' ? 1n : 0n, wire: k === 'true' };
  }
  if (!/^-?\d+$/.test(k)) throw new ProtoError(`${path}: map key '${k}' is not an integer (${keyType})`, path);
  const b = BigInt(k);
  const fake = { type: keyType, resolvedType: null } as unknown as protobuf.Field;
  return { sort: b, wire: encodeScalar(fake, INT64.has(keyType) || UINT64.has(keyType) ? b : Number(b), `${path}[${k}]`) };
}

const MAX_DEPTH = 100;

/** Converts a plain object to what protobufjs's encoder expects, validating as it goes. */
function toWire(type: protobuf.Type, obj: unknown, path: string, depth: number): Record<string, unknown> {
  if (depth > MAX_DEPTH) throw new ProtoError(`${path}: nesting deeper than ${MAX_DEPTH}`, path);
  if (!isPlainObject(obj)) throw typeError(path, `an object (${type.fullName.slice(1)})`, obj);
  const ti = info(type);
  const out: Record<string, unknown> = {};
  const seen = new Map<FieldInfo, string>();
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    if (v === undefined || v === null) continue;
    const fi = ti.byKey.get(key);
    if (!fi) {
      throw new ProtoError(
        `${path}: ${type.fullName.slice(1)} has no field '${key}' (fields: ${ti.fields.map((f) => f.json).join(', ')})`,
        path,
      );
    }
    if (seen.has(fi)) throw new ProtoError(`${path}: field '${fi.json}' given twice ('${seen.get(fi)}' and '${key}')`, path);
    seen.set(fi, key);
    const fpath = `${path}.${fi.json}`;
    if (fi.isMap) {
      const entries: [string, unknown][] =
        v instanceof Map
          ? [...v.entries()].map(([k, x]) => [String(k), x])
          : isPlainObject(v)
            ? Object.entries(v)
            : (() => {
                throw typeError(fpath, 'an object or Map (map field)', v);
              })();
      const keyed = entries.map(([k, x]) => {
        if (x === undefined || x === null) throw typeError(`${fpath}[${JSON.stringify(k)}]`, 'a value', x);
        const key = encodeMapKey(fi.keyType!, k, fpath);
        return { sort: key.sort, entry: { key: key.wire, value: encodeValue(fi.valueField!, x, `${fpath}[${JSON.stringify(k)}]`, depth) } };
      });
      keyed.sort((a, b) =>
        typeof a.sort === 'string'
          ? utf8Compare(a.sort, b.sort as string)
          : a.sort < (b.sort as bigint)
            ? -1
            : a.sort > (b.sort as bigint)
              ? 1
              : 0,
      );
      if (keyed.length) out[fi.name] = keyed.map((e) => e.entry);
    } else if (fi.repeated) {
      const isList = Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView) && fi.field.type !== 'bytes');
      if (!isList) throw typeError(fpath, 'an array (repeated field)', v);
      const arr = Array.from(v as ArrayLike<unknown>, (x, i) => {
        if (x === undefined || x === null) throw typeError(`${fpath}[${i}]`, 'a value', x);
        return encodeValue(fi.field, x, `${fpath}[${i}]`, depth);
      });
      if (arr.length) out[fi.name] = arr;
    } else {
      const wire = encodeValue(fi.field, v, fpath, depth);
      if (fi.oneof || fi.field.resolvedType instanceof protobuf.Type || !isDefaultScalar(fi.field, wire)) out[fi.name] = wire;
    }
  }
  for (const [name, members] of ti.oneofs) {
    const set = members.filter((m) => seen.has(m));
    if (set.length > 1) {
      throw new ProtoError(
        `${path}: oneof '${name}' of ${type.fullName.slice(1)} has several members set (${set.map((m) => m.json).join(', ')}); set one`,
        path,
      );
    }
  }
  return out;
}

/** Serialises a plain object as message `typeName`. Deterministic (sorted map keys). */
export function encode(typeName: string, obj: unknown): Uint8Array {
  const type = lookupType(typeName);
  const wire = toWire(type, obj, typeName.replace(/^tensorflow\./, ''), 0);
  const out = type.encode(wire).finish();
  // protobufjs hands out a Node Buffer (possibly a slice of the shared pool): return a plain view.
  return Buffer.isBuffer(out) ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength) : out;
}

// ----------------------------------------------------------------------------- decode

type Mode = 'plain' | 'json';

function int64Out(v: unknown, unsigned: boolean, mode: Mode): number | bigint | string {
  let b: bigint;
  if (typeof v === 'number')
    b = BigInt(v); // only when protobufjs has no Long (lossy above 2^53)
  else {
    const l = v as { low: number; high: number };
    const raw = (BigInt(l.high >>> 0) << 32n) | BigInt(l.low >>> 0);
    b = unsigned ? raw : BigInt.asIntN(64, raw);
  }
  if (mode === 'json') return b.toString();
  const n = Number(b);
  return Number.isSafeInteger(n) ? n : b;
}

function scalarOut(field: protobuf.Field, v: unknown, mode: Mode): unknown {
  const t = field.type;
  const rt = field.resolvedType;
  if (rt instanceof protobuf.Enum) {
    if (mode === 'json') return rt.valuesById[v as number] ?? v;
    return v;
  }
  if (INT64.has(t)) return int64Out(v, false, mode);
  if (UINT64.has(t)) return int64Out(v, true, mode);
  if (t === 'bytes') {
    const u = v as Uint8Array;
    if (mode === 'json') return Buffer.from(u.buffer, u.byteOffset, u.byteLength).toString('base64');
    // A plain Uint8Array view (protobufjs hands out Buffers under Node).
    return Buffer.isBuffer(u) ? new Uint8Array(u.buffer, u.byteOffset, u.byteLength) : u;
  }
  if (FLOAT.has(t) && mode === 'json' && !Number.isFinite(v as number)) return String(v);
  return v;
}

function valueOut(field: protobuf.Field, v: unknown, mode: Mode): unknown {
  if (field.resolvedType instanceof protobuf.Type) return fromWire(field.resolvedType, v as Record<string, unknown>, mode);
  return scalarOut(field, v, mode);
}

function defaultOf(field: protobuf.Field): unknown {
  if (field.resolvedType instanceof protobuf.Type) return {};
  if (field.resolvedType instanceof protobuf.Enum) return 0;
  const t = field.type;
  if (INT64.has(t) || UINT64.has(t)) return { low: 0, high: 0 };
  if (t === 'bool') return false;
  if (t === 'string') return '';
  if (t === 'bytes') return new Uint8Array(0);
  return 0;
}

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function fromWire(type: protobuf.Type, msg: Record<string, unknown>, mode: Mode): Record<string, unknown> {
  const ti = info(type);
  const out: Record<string, unknown> = {};
  for (const fi of ti.fields) {
    if (!has(msg, fi.name)) continue;
    const v = msg[fi.name];
    if (v === null || v === undefined) continue;
    if (fi.isMap) {
      const entries = v as Record<string, unknown>[];
      if (!entries.length) continue;
      const m: Record<string, unknown> = {};
      const entryType = fi.field.resolvedType as protobuf.Type;
      for (const e of entries) {
        const k = has(e, 'key') ? e.key : defaultOf(entryType.fields.key);
        const val = has(e, 'value') && e.value != null ? e.value : defaultOf(fi.valueField!);
        m[String(scalarOut(entryType.fields.key, k, 'json'))] = valueOut(fi.valueField!, val, mode);
      }
      out[fi.json] = m;
    } else if (fi.repeated) {
      const arr = v as unknown[];
      if (!arr.length) continue;
      out[fi.json] = arr.map((x) => valueOut(fi.field, x, mode));
    } else {
      out[fi.json] = valueOut(fi.field, v, mode);
    }
  }
  return out;
}

// protobufjs's own decoder replaces a singular message field written twice and keeps every oneof
// member it saw; protobuf's parsers (TensorFlow's C++ one included) merge the copies and keep the
// last oneof member. This reader follows protobuf, so a message means here what it means to TF.
// A value whose wire type does not fit its field is skipped, as protobuf keeps it as unknown.

function expectedWireType(field: protobuf.Field): number {
  if (field.resolvedType instanceof protobuf.Type) return 2;
  if (field.resolvedType instanceof protobuf.Enum) return 0;
  return (protobuf.types.basic as Record<string, number>)[field.type];
}

function readScalar(reader: protobuf.Reader, field: protobuf.Field): unknown {
  if (field.resolvedType instanceof protobuf.Enum) return reader.int32();
  return (reader as unknown as Record<string, () => unknown>)[field.type]();
}

/** Reads one message of `type` from `reader` up to `end` into `into` (merging), in protobufjs's wire form. */
function readMessage(
  type: protobuf.Type,
  reader: protobuf.Reader,
  end: number,
  into: Record<string, unknown>,
  depth: number,
): Record<string, unknown> {
  if (depth > MAX_DEPTH) throw new ProtoError(`nesting deeper than ${MAX_DEPTH}`);
  while (reader.pos < end) {
    const tag = reader.uint32();
    const wireType = tag & 7;
    const field = type.fieldsById[tag >>> 3];
    const expected = field ? expectedWireType(field.resolve()) : -1;
    const packed = field !== undefined && field.repeated && wireType === 2 && expected !== 2;
    if (!field || (wireType !== expected && !packed)) {
      reader.skipType(wireType);
      continue;
    }
    const rt = field.resolvedType;
    if (field.partOf) for (const other of field.partOf.fieldsArray) if (other !== field) delete into[other.name];
    if (rt instanceof protobuf.Type) {
      const stop = reader.uint32() + reader.pos;
      if (stop > end) throw new Error(`${type.fullName.slice(1)}.${field.name} runs past the end of its message`);
      if (field.repeated) ((into[field.name] ??= []) as unknown[]).push(readMessage(rt, reader, stop, {}, depth + 1));
      else into[field.name] = readMessage(rt, reader, stop, (into[field.name] as Record<string, unknown>) ?? {}, depth + 1);
    } else if (packed) {
      const list = (into[field.name] ??= []) as unknown[];
      const stop = reader.uint32() + reader.pos;
      while (reader.pos < stop) list.push(readScalar(reader, field));
    } else if (field.repeated) {
      ((into[field.name] ??= []) as unknown[]).push(readScalar(reader, field));
    } else {
      into[field.name] = readScalar(reader, field);
    }
  }
  if (reader.pos > end) throw new Error(`${type.fullName.slice(1)}: a field runs past the end of its message`);
  return into;
}

function decodeMessage(typeName: string, bytes: Uint8Array): { type: protobuf.Type; msg: Record<string, unknown> } {
  const type = lookupType(typeName);
  if (!(bytes instanceof Uint8Array)) throw typeError(typeName, 'a Uint8Array', bytes);
  try {
    const reader = protobuf.Reader.create(bytes);
    return { type, msg: readMessage(type, reader, reader.len, {}, 0) };
  } catch (e) {
    throw new ProtoError(`cannot decode ${typeName} from ${bytes.length} bytes: ${(e as Error).message}`);
  }
}

/** Parses `bytes` as message `typeName` into a plain object (see the conventions above). */
export function decode(typeName: string, bytes: Uint8Array): Record<string, unknown> {
  const { type, msg } = decodeMessage(typeName, bytes);
  return fromWire(type, msg, 'plain');
}

/**
 * The proto3 JSON form of a message (as Python's MessageToDict gives it, but with enum names for
 * known values and numbers otherwise): camelCase keys, int64 as decimal strings, bytes as base64.
 * Accepts a plain object (anything encode() accepts) or the serialised bytes.
 */
export function toJSON(typeName: string, objOrBytes: unknown): Record<string, unknown> {
  const bytes = objOrBytes instanceof Uint8Array ? objOrBytes : encode(typeName, objOrBytes);
  const { type, msg } = decodeMessage(typeName, bytes);
  return fromWire(type, msg, 'json');
}

// ----------------------------------------------------------------------------- merge detection

/**
 * Where `bytes` write a singular message field (or a oneof) more than once, as paths like
 * `meta_graphs[0].graph_def`. protobuf's parsers (TensorFlow's C++ one, and decode() here) *merge*
 * such copies -- repeated fields inside are concatenated -- while other readers (protobufjs, older
 * hydra-tf) kept the last copy, so such a message can mean different things to different tools;
 * no serializer writes one. Stops after `limit` paths; fields schema.ts does not describe are skipped.
 */
export function findMergedFields(typeName: string, bytes: Uint8Array, limit = 20): string[] {
  const out: string[] = [];
  const walk = (type: protobuf.Type, data: Uint8Array, path: string, depth: number) => {
    if (out.length >= limit) return;
    if (depth > MAX_DEPTH) throw new ProtoError(`${path}: nesting deeper than ${MAX_DEPTH}`, path);
    const reader = protobuf.Reader.create(data);
    const seen = new Map<string, number>();
    const index = new Map<number, number>();
    while (reader.pos < reader.len && out.length < limit) {
      const tag = reader.uint32();
      const id = tag >>> 3;
      const wireType = tag & 7;
      const field = type.fieldsById[id];
      const prefix = `${path}${path ? '.' : ''}`;
      // A oneof's members count together, scalars included: the last one written wins in C++,
      // while protobufjs keeps every member it saw.
      const key = field?.partOf ? `oneof ${field.partOf.name}` : field && !field.repeated ? field.name : undefined;
      if (key !== undefined) {
        const count = (seen.get(key) ?? 0) + 1;
        seen.set(key, count);
        const isMessage = wireType === 2 && field!.resolve().resolvedType instanceof protobuf.Type;
        if (count === 2 && (field!.partOf || isMessage))
          out.push(field!.partOf ? `${prefix}${field!.partOf.name} (oneof)` : `${prefix}${field!.name}`);
      }
      if (!field || wireType !== 2 || !(field.resolve().resolvedType instanceof protobuf.Type)) {
        reader.skipType(wireType);
        continue;
      }
      const sub = reader.bytes();
      let where = `${prefix}${field.name}`;
      if (field.repeated) {
        const i = index.get(id) ?? 0;
        index.set(id, i + 1);
        where = `${prefix}${field.name}[${i}]`;
      }
      walk(field.resolvedType as protobuf.Type, sub, where, depth + 1);
    }
  };
  try {
    walk(lookupType(typeName), bytes, '', 0);
  } catch (e) {
    if (e instanceof ProtoError) throw e;
    throw new ProtoError(`cannot decode ${typeName} from ${bytes.length} bytes: ${(e as Error).message}`);
  }
  return out;
}
