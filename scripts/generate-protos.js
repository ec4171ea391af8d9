#!/usr/bin/env node
// `npm run generate:protos`: regenerates lib/proto/schema.ts (protobufjs JSON descriptors) and
// lib/proto/types.ts (the plain-object TypeScript shapes) from the FileDescriptorProtos in the
// tensorflow-cpu wheel's *_pb2.py modules (scripts/proto/wheel-descriptors.js), for the messages
// hydra-tf uses: the closure of TYPED_MESSAGES, minus OPAQUE_FIELDS.
//   --check         write nothing; exit 1 and name the files that differ from what would be generated.
//   --wheel <file>  read this wheel instead of the one `npm install` fetched.
'use strict';

const fs = require('fs');
const path = require('path');
const { wheelFileDescriptors } = require('./proto/wheel-descriptors');
const { readFlags } = require('./args');

const ROOT = path.resolve(__dirname, '..');
const REGENERATE = 'npm run generate:protos';
const TF_VERSION = '2.21.0';

/** The messages lib/proto types for encode()/decode(); everything they reach is generated too. */
const TYPED_MESSAGES = [
  'google.protobuf.Any',
  'tensorflow.TensorShapeProto',
  'tensorflow.ResourceHandleProto',
  'tensorflow.TensorProto',
  'tensorflow.TensorSliceProto',
  'tensorflow.FullTypeDef',
  'tensorflow.AttrValue',
  'tensorflow.NameAttrList',
  'tensorflow.OpDef',
  'tensorflow.OpList',
  'tensorflow.VersionDef',
  'tensorflow.NodeDef',
  'tensorflow.FunctionDef',
  'tensorflow.FunctionDefLibrary',
  'tensorflow.GraphDef',
  'tensorflow.GPUOptions',
  'tensorflow.GraphOptions',
  'tensorflow.RewriterConfig',
  'tensorflow.ConfigProto',
  'tensorflow.JobDef',
  'tensorflow.ClusterDef',
  'tensorflow.ServerDef',
  'tensorflow.RunOptions',
  'tensorflow.RunMetadata',
  'tensorflow.SaverDef',
  'tensorflow.CollectionDef',
  'tensorflow.TensorInfo',
  'tensorflow.SignatureDef',
  'tensorflow.AssetFileDef',
  'tensorflow.MetaGraphDef',
  'tensorflow.SavedModel',
  'tensorflow.SummaryMetadata',
  'tensorflow.HistogramProto',
  'tensorflow.Summary',
  'tensorflow.Event',
  'tensorflow.BundleHeaderProto',
  'tensorflow.BundleEntryProto',
];

/**
 * Message fields kept as raw bytes (same wire format: length-delimited), so large or rarely read
 * trees survive a decode/encode round trip without being described. Field → TensorFlow's type.
 */
const OPAQUE_FIELDS = {
  'tensorflow.ConfigProto.cluster_def': 'tensorflow.ClusterDef',
  'tensorflow.ServerDef.cluster_device_filters': 'tensorflow.ClusterDeviceFilters',
  'tensorflow.ConfigProto.Experimental.coordination_config': 'tensorflow.CoordinationServiceConfig',
  'tensorflow.RunOptions.debug_options': 'tensorflow.DebugOptions',
  'tensorflow.RunMetadata.step_stats': 'tensorflow.StepStats',
  'tensorflow.RunMetadata.cost_graph': 'tensorflow.CostGraphDef',
  'tensorflow.GraphDef.debug_info': 'tensorflow.GraphDebugInfo',
  'tensorflow.MetaGraphDef.object_graph_def': 'tensorflow.SavedObjectGraph',
  'tensorflow.TypeSpecProto.type_state': 'tensorflow.StructuredValue',
};

/** google/protobuf/any.proto is not in the TensorFlow wheel; its two fields are well known. */
const ANY_FILE = {
  name: 'google/protobuf/any.proto',
  package: 'google.protobuf',
  message_type: [
    {
      name: 'Any',
      field: [
        { name: 'type_url', number: 1, label: 1, type: 9 },
        { name: 'value', number: 2, label: 1, type: 12 },
      ],
    },
  ],
  enum_type: [],
};

/** TypeScript names that are not the message path joined (kept: other modules import them). */
const TS_NAMES = {
  'tensorflow.DataType': 'DataTypeProto',
  'tensorflow.TensorShapeProto.Dim': 'TensorShapeDim',
  'tensorflow.ResourceHandleProto.DtypeAndShape': 'DtypeAndShape',
  'tensorflow.TensorSliceProto.Extent': 'TensorSliceExtent',
  'tensorflow.AttrValue.ListValue': 'AttrValueList',
  'tensorflow.OpDef.ArgDef': 'ArgDef',
  'tensorflow.OpDef.AttrDef': 'AttrDef',
  'tensorflow.FunctionDef.ArgAttrs': 'FunctionArgAttrs',
  'tensorflow.GPUOptions.Experimental.VirtualDevices': 'GPUVirtualDevices',
  'tensorflow.GPUOptions.Experimental.StreamMergeOptions': 'GPUStreamMergeOptions',
  'tensorflow.OptimizerOptions.Level': 'OptimizerLevel',
  'tensorflow.RewriterConfig.Toggle': 'RewriterToggle',
  'tensorflow.RunOptions.TraceLevel': 'TraceLevel',
  'tensorflow.SaverDef.CheckpointFormatVersion': 'CheckpointFormatVersion',
  'tensorflow.LogMessage.Level': 'LogMessageLevel',
  'tensorflow.SessionLog.SessionStatus': 'SessionStatus',
  'tensorflow.BundleHeaderProto.Endianness': 'Endianness',
  'tensorflow.TypeSpecProto.TypeSpecClass': 'TypeSpecClass',
  'tensorflow.MetaGraphDef.MetaInfoDef': 'MetaInfoDef',
  'tensorflow.OptimizerOptions.GlobalJitLevel': 'GlobalJitLevel',
};

/** Doc comments for fields whose meaning the descriptors do not carry (they hold no comments). */
const FIELD_NOTES = {
  'tensorflow.TensorShapeProto.Dim.size': '-1 for an unknown dimension.',
  'tensorflow.TensorProto.half_val': 'DT_HALF / DT_BFLOAT16 values as their 16-bit patterns.',
  'tensorflow.TensorProto.int_val': 'DT_INT32, DT_INT16, DT_INT8, DT_UINT8 (and DT_UINT16, DT_QINT*) values.',
  'tensorflow.TensorSliceProto.Extent.length': 'Absent = the full dimension (TF\'s "has_length" oneof).',
  'tensorflow.OpDef.AttrDef.type': "'string', 'int', 'float', 'bool', 'type', 'shape', 'tensor', 'func', 'list(...)'.",
  'tensorflow.NodeDef.input': "'node', 'node:1' or '^node' (control input).",
  'tensorflow.FunctionDef.arg_attr': 'Keyed by argument index.',
  'tensorflow.GraphDef.version': 'Deprecated by TensorFlow: use versions.',
  'tensorflow.GPUOptions.visible_device_list': "Comma-separated visible GPU ids, e.g. '0,1'.",
  'tensorflow.ConfigProto.device_count': 'Max devices of each type, e.g. { GPU: 0 } to hide GPUs.',
  'tensorflow.ServerDef.replica': 'Replica of the task (0 when not replicated).',
  'tensorflow.ServerDef.protocol': '"grpc" (or "grpc+verbs", ... when TensorFlow was built with them).',
  'tensorflow.ServerDef.port': "Port to bind, overriding the one in the cluster (0: the cluster's).",
  'tensorflow.TensorInfo.name': "A tensor name in the graph, e.g. 'serving_default_x:0'.",
  'tensorflow.SignatureDef.method_name': "e.g. 'tensorflow/serving/predict'.",
  'tensorflow.Event.graph_def': 'A serialised GraphDef (TF declares it bytes).',
  'tensorflow.Event.meta_graph_def': 'A serialised MetaGraphDef (TF declares it bytes).',
  'tensorflow.TaggedRunMetadata.run_metadata': 'A serialised RunMetadata (TF declares it bytes).',
  'tensorflow.BundleEntryProto.crc32c': "Masked CRC32C of the tensor's bytes.",
};

// descriptor.proto's FieldDescriptorProto.Type and Label numbers.
const SCALAR_TYPES = {
  1: 'double',
  2: 'float',
  3: 'int64',
  4: 'uint64',
  5: 'int32',
  6: 'fixed64',
  7: 'fixed32',
  8: 'bool',
  9: 'string',
  12: 'bytes',
  13: 'uint32',
  15: 'sfixed32',
  16: 'sfixed64',
  17: 'sint32',
  18: 'sint64',
};
const TYPE_GROUP = 10;
const TYPE_MESSAGE = 11;
const LABEL_REPEATED = 3;

// ----------------------------------------------------------------------------- locating the wheel

/** The tensorflow-cpu wheel `npm install` used or cached; throws naming where it looked. */
function findWheel(env = process.env) {
  const { cacheDir } = require('./libtensorflow/locate');
  const looked = [];
  const manifestFile = path.join(ROOT, 'deps', 'libtensorflow', 'manifest.json');
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    if (manifest.source === 'wheel' && manifest.origin && fs.existsSync(manifest.origin)) return manifest.origin;
    looked.push(`${manifestFile} (source ${manifest.source}, origin ${manifest.origin})`);
  } catch (e) {
    looked.push(`${manifestFile} (${e.code || e.message})`);
  }
  const wheels = path.join(cacheDir(env), 'wheels');
  const found = fs.existsSync(wheels)
    ? fs
        .readdirSync(wheels)
        .filter((f) => f.startsWith(`tensorflow_cpu-${TF_VERSION}-`) && f.endsWith('.whl'))
        .sort()
    : [];
  if (found.length) return path.join(wheels, found[0]);
  looked.push(`${wheels}/tensorflow_cpu-${TF_VERSION}-*.whl`);
  throw new Error(
    `generate-protos: no tensorflow-cpu ${TF_VERSION} wheel found (looked in ${looked.join('; ')}); run \`npm install\`, or pass --wheel <file>`,
  );
}

// ----------------------------------------------------------------------------- descriptor index

/** Full name (no leading dot) → { kind: 'message' | 'enum', desc, file, parent }. */
function indexDescriptors(files) {
  const index = new Map();
  const add = (scope, desc, kind, file) => {
    const full = scope ? `${scope}.${desc.name}` : desc.name;
    if (index.has(full)) return; // TF ships some protos twice (tsl/xla copies); the first wins
    index.set(full, { kind, desc, file, full });
    if (kind === 'message') {
      for (const n of desc.nested_type || []) add(full, n, 'message', file);
      for (const e of desc.enum_type || []) add(full, e, 'enum', file);
    }
  };
  for (const file of files) {
    for (const m of file.message_type || []) add(file.package, m, 'message', file.name);
    for (const e of file.enum_type || []) add(file.package, e, 'enum', file.name);
  }
  return index;
}

const isMapEntry = (desc) => Boolean(desc.options && desc.options.map_entry);

/** The messages and enums to generate: the closure of TYPED_MESSAGES through non-opaque fields. */
function closure(index) {
  const keep = new Set();
  const visit = (full, from) => {
    const item = index.get(full);
    if (!item) throw new Error(`generate-protos: ${full} (used by ${from}) is not in the wheel's descriptors`);
    if (keep.has(full)) return;
    keep.add(full);
    if (item.kind !== 'message') return;
    for (const f of item.desc.field || []) {
      if (f.type === TYPE_GROUP) throw new Error(`generate-protos: ${full}.${f.name} is a group`);
      if (OPAQUE_FIELDS[`${full}.${f.name}`]) continue;
      if (f.type_name) visit(f.type_name.replace(/^\./, ''), `${full}.${f.name}`);
    }
  };
  for (const name of TYPED_MESSAGES) visit(name, 'TYPED_MESSAGES');
  for (const [field, type] of Object.entries(OPAQUE_FIELDS)) {
    const owner = index.get(field.slice(0, field.lastIndexOf('.')));
    const f = owner && (owner.desc.field || []).find((x) => `${owner.full}.${x.name}` === field);
    if (!f) throw new Error(`generate-protos: OPAQUE_FIELDS names ${field}, which TensorFlow does not define`);
    if (f.type !== TYPE_MESSAGE || f.type_name !== `.${type}`)
      throw new Error(`generate-protos: ${field} is ${f.type_name || SCALAR_TYPES[f.type]}, not ${type}`);
  }
  return keep;
}

// ----------------------------------------------------------------------------- schema.ts

/** One field's descriptor info: { name, id, repeated, scalar?, ref?, opaque?, map?: {key, value} }. */
function fieldInfo(index, owner, f) {
  const opaque = OPAQUE_FIELDS[`${owner}.${f.name}`];
  const info = { name: f.name, id: f.number, repeated: f.label === LABEL_REPEATED };
  if (opaque) return { ...info, scalar: 'bytes', opaque };
  if (SCALAR_TYPES[f.type]) return { ...info, scalar: SCALAR_TYPES[f.type] };
  const ref = f.type_name.replace(/^\./, '');
  const target = index.get(ref);
  if (target.kind === 'message' && isMapEntry(target.desc)) {
    const [k, v] = ['key', 'value'].map((n) =>
      fieldInfo(
        index,
        ref,
        target.desc.field.find((x) => x.name === n),
      ),
    );
    return { ...info, repeated: false, map: { key: k.scalar, value: v } };
  }
  return { ...info, ref, kind: target.kind };
}

/** The oneofs TensorFlow declares (proto3 `optional` fields' synthetic ones included). */
function oneofsOf(desc) {
  const groups = (desc.oneof_decl || []).map((o) => ({ name: o.name, members: [] }));
  for (const f of desc.field || []) if (f.oneof_index !== undefined && f.oneof_index !== null) groups[f.oneof_index].members.push(f.name);
  return groups;
}

const q = (s) => `'${s}'`;
const typeRef = (fi) => (fi.scalar ? fi.scalar : `.${fi.ref}`);

function emitSchema(index, keep) {
  // Rebuild the package/nesting tree of what is kept.
  const tree = { children: new Map() };
  const nodeFor = (parts) => {
    let node = tree;
    for (const p of parts) {
      if (!node.children.has(p)) node.children.set(p, { children: new Map() });
      node = node.children.get(p);
    }
    return node;
  };
  for (const full of [...keep].sort()) {
    const item = index.get(full);
    if (item.kind === 'message' && isMapEntry(item.desc)) continue;
    nodeFor(full.split('.')).item = item;
  }
  const lines = [];
  const out = (depth, s) => lines.push('  '.repeat(depth) + s);
  const emitNode = (name, node, depth) => {
    const item = node.item;
    out(depth, `${/^[A-Za-z_]\w*$/.test(name) ? name : q(name)}: {`);
    if (item && item.kind === 'enum') {
      const values = item.desc.value.map((v) => `${v.name}: ${v.number}`);
      out(depth + 1, `values: { ${values.join(', ')} },`);
    } else if (item) {
      const oneofs = oneofsOf(item.desc);
      if (oneofs.length) {
        out(depth + 1, 'oneofs: {');
        for (const o of oneofs) out(depth + 2, `${o.name}: { oneof: [${o.members.map(q).join(', ')}] },`);
        out(depth + 1, '},');
      }
      out(depth + 1, 'fields: {');
      for (const f of item.desc.field || []) {
        const fi = fieldInfo(index, item.full, f);
        let body;
        if (fi.map) body = `keyType: ${q(fi.map.key)}, type: ${q(typeRef(fi.map.value))}, id: ${fi.id}`;
        else body = `${fi.repeated ? "rule: 'repeated', " : ''}type: ${q(typeRef(fi))}, id: ${fi.id}`;
        out(depth + 2, `${f.name}: { ${body} },${fi.opaque ? ` // opaque ${fi.opaque}` : ''}`);
      }
      out(depth + 1, '},');
    }
    const children = [...node.children].filter(([, child]) => child.item || child.children.size);
    if (children.length) {
      out(depth + 1, 'nested: {');
      for (const [childName, child] of children) emitNode(childName, child, depth + 2);
      out(depth + 1, '},');
    }
    out(depth, '},');
  };
  for (const [name, node] of tree.children) emitNode(name, node, 2);

  const opaque = Object.entries(OPAQUE_FIELDS).map(([k, v]) => `  ${q(k)}: ${q(v)},`);
  return `${header('protobufjs JSON descriptors of the TensorFlow messages hydra-tf reads and writes')}
// Names keep TensorFlow's package and snake_case field names, so full names and Any type URLs line
// up (\`type.googleapis.com/tensorflow.ConfigProto\`); lib/proto/codec.ts maps them to camelCase.
// Messages are complete (every field TensorFlow defines) except OPAQUE_FIELDS, which keep a nested
// message as raw bytes (same wire format), so it round-trips untouched without being described.

/** A field in protobufjs's JSON descriptor form (\`keyType\` makes it a map). */
export interface FieldJson {
  type: string;
  id: number;
  rule?: 'repeated';
  keyType?: string;
}
/** An enum in protobufjs's JSON descriptor form. */
export interface EnumJson {
  values: Record<string, number>;
}
/** A message in protobufjs's JSON descriptor form. */
export interface MessageJson {
  fields: Record<string, FieldJson>;
  oneofs?: Record<string, { oneof: string[] }>;
  nested?: Record<string, MessageJson | EnumJson>;
  options?: Record<string, unknown>;
}
/** A package in protobufjs's JSON descriptor form. */
export interface NamespaceJson {
  nested: Record<string, NamespaceJson | MessageJson | EnumJson>;
}

/** Fields declared \`bytes\` here whose TensorFlow type is a message not described. Field → TF type. */
export const OPAQUE_FIELDS: Readonly<Record<string, string>> = Object.freeze({
${opaque.join('\n')}
});

/** The descriptor tree, in protobufjs's JSON (INamespace) form. Type names are absolute. */
export const TF_PROTO_SCHEMA: NamespaceJson = {
  nested: {
${lines.join('\n')}
  },
};
`;
}

// ----------------------------------------------------------------------------- types.ts

function tsName(full) {
  if (TS_NAMES[full]) return TS_NAMES[full];
  const parts = full.split('.');
  const pkg = full.startsWith('google.protobuf.') ? 2 : 1;
  return parts.slice(pkg).join('');
}

function camel(name) {
  return name.replace(/_(.)/g, (_, c) => c.toUpperCase()).replace(/_/g, '');
}

const TS_SCALARS = {
  double: 'number',
  float: 'number',
  int32: 'number',
  uint32: 'number',
  sint32: 'number',
  fixed32: 'number',
  sfixed32: 'number',
  int64: 'Int64',
  uint64: 'Int64',
  sint64: 'Int64',
  fixed64: 'Int64',
  sfixed64: 'Int64',
  bool: 'boolean',
  string: 'string',
  bytes: 'Bytes',
};

const tsType = (fi) => (fi.scalar ? TS_SCALARS[fi.scalar] : tsName(fi.ref));

function wrap(items, indent, width = 100) {
  const rows = [];
  let row = indent;
  for (const item of items) {
    if (row.length > indent.length && row.length + item.length + 1 > width) {
      rows.push(row.trimEnd());
      row = indent;
    }
    row += `${item} `;
  }
  if (row.trim()) rows.push(row.trimEnd());
  return rows;
}

function emitTypes(index, keep) {
  const names = [...keep].sort();
  const seen = new Map();
  for (const full of names) {
    const item = index.get(full);
    if (item.kind === 'message' && isMapEntry(item.desc)) continue;
    const ts = tsName(full);
    if (seen.has(ts)) throw new Error(`generate-protos: ${full} and ${seen.get(ts)} would both be named ${ts}; add one to TS_NAMES`);
    seen.set(ts, full);
  }
  const enums = [];
  const messages = [];
  const noted = new Set();
  for (const full of names) {
    const item = index.get(full);
    if (item.kind === 'enum') {
      enums.push(
        `/** ${full} */`,
        `export enum ${tsName(full)} {`,
        ...wrap(
          item.desc.value.map((v) => `${v.name} = ${v.number},`),
          '  ',
        ),
        '}',
        '',
      );
      continue;
    }
    if (isMapEntry(item.desc)) continue;
    const oneofs = oneofsOf(item.desc).filter((o) => !o.name.startsWith('_'));
    const note = oneofs.map((o) => ` oneof \`${o.name}\`: ${o.members.map(camel).join(' | ')}.`).join('');
    messages.push(`/** ${full}${note ? '.' + note : ''} */`, `export interface ${tsName(full)} {`);
    for (const f of item.desc.field || []) {
      const fi = fieldInfo(index, full, f);
      let t;
      if (fi.map) {
        const key = fi.map.key === 'string' || fi.map.key === 'bool' ? 'string' : 'number';
        t = `Record<${key}, ${tsType(fi.map.value)}>`;
      } else {
        t = tsType(fi) + (fi.repeated ? '[]' : '');
      }
      if (fi.opaque) messages.push(`  /** Opaque: a serialised ${fi.opaque}. */`);
      else if (FIELD_NOTES[`${full}.${f.name}`]) {
        noted.add(`${full}.${f.name}`);
        messages.push(`  /** ${FIELD_NOTES[`${full}.${f.name}`]} */`);
      }
      messages.push(`  ${camel(f.name)}?: ${t};`);
    }
    messages.push('}', '');
  }
  const stale = Object.keys(FIELD_NOTES).filter((k) => !noted.has(k));
  if (stale.length) throw new Error(`generate-protos: FIELD_NOTES names fields not generated: ${stale.join(', ')}`);
  const typed = TYPED_MESSAGES.map((n) => `  ${q(n)}: ${tsName(n)};`);
  return `${header('TypeScript shapes of the plain objects lib/proto encodes and decodes')}
// Every field is optional: proto3 has no presence for scalars, so an absent field means the
// default (0, '', false, empty list/map); decode() omits fields absent from the wire. Field names
// are TensorFlow's in camelCase (the proto3 JSON names). int64/uint64 fields are \`Int64\`: a number
// when safe (|v| <= 2^53 - 1), else a bigint; encode() also takes a decimal string. bytes decode to
// Uint8Array; encode() also takes a string (UTF-8). Enums are numbers; encode() also takes names.

/** An int64/uint64 value: a number when it is a safe integer, else a bigint. */
export type Int64 = number | bigint;
/** A bytes value. */
export type Bytes = Uint8Array;

/**
 * What encode() accepts for a message of type T: every field optional, bytes also as string,
 * int64 also as decimal string.
 */
export type ProtoInput<T> = T extends Uint8Array
  ? Uint8Array | string
  : T extends bigint
    ? bigint | string
    : T extends readonly (infer U)[]
      ? readonly ProtoInput<U>[]
      : T extends object
        ? { [K in keyof T]?: ProtoInput<T[K]> | null }
        : T;

${enums.join('\n')}
${messages.join('\n')}
/** Message full name → plain-object type, for the typed encode()/decode() overloads. */
export interface MessageTypes {
${typed.join('\n')}
}

export type MessageName = keyof MessageTypes;
`;
}

function header(what) {
  return `// GENERATED by scripts/generate-protos.js from the tensorflow-cpu ${TF_VERSION} wheel's descriptors.
// Do not edit: change the generator and run \`${REGENERATE}\` (test/proto/generated.test.ts checks).
//
// ${what}.`;
}

// ----------------------------------------------------------------------------- entry points

/** The generated files' text, keyed by path relative to the package root. */
function generate(options = {}) {
  const wheel = options.wheel || findWheel(options.env);
  const files = [ANY_FILE, ...wheelFileDescriptors(wheel)];
  const index = indexDescriptors(files);
  const keep = closure(index);
  return {
    'lib/proto/schema.ts': emitSchema(index, keep),
    'lib/proto/types.ts': emitTypes(index, keep),
  };
}

function main(argv) {
  const { check, wheel } = readFlags('generate-protos', { check: false, wheel: null }, { types: { wheel: 'string' } }, argv);
  const outputs = generate({ wheel: wheel ?? undefined });
  const stale = [];
  for (const [rel, text] of Object.entries(outputs)) {
    const file = path.join(ROOT, rel);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (current === text) continue;
    stale.push(rel);
    if (!check) fs.writeFileSync(file, text);
  }
  if (check && stale.length) {
    process.stderr.write(`generate-protos: out of date: ${stale.join(', ')} (run \`${REGENERATE}\`)\n`);
    process.exit(1);
  }
  process.stdout.write(stale.length ? `${check ? 'stale' : 'wrote'}: ${stale.join(', ')}\n` : 'lib/proto is up to date\n');
}

module.exports = { generate, findWheel, TYPED_MESSAGES, OPAQUE_FIELDS };

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
}
