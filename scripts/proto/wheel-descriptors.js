// The FileDescriptorProtos TensorFlow publishes in its wheel: every `*_pb2.py` module holds its
// .proto file's descriptor as a Python bytes literal (`AddSerializedFile(b'...')`). Read here
// with Node alone (the wheel is a zip; no Python, no unzip), so generators run on any machine
// where `npm install` fetched the wheel.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const protobuf = require('protobufjs/light');

// ----------------------------------------------------------------------------- zip reading

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function readAt(fd, position, length) {
  const buf = Buffer.alloc(length);
  const n = fs.readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

/** Central-directory entries of a zip file: [{ name, method, compressedSize, localOffset }]. */
function zipEntries(fd, size, file) {
  // The end record sits in the last 22 bytes plus a comment of at most 64 KiB.
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = readAt(fd, size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new Error(`${file} is not a zip file (no end-of-central-directory record)`);
  const count = tail.readUInt16LE(at + 10);
  const dirSize = tail.readUInt32LE(at + 12);
  const dirOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new Error(`${file}: zip64 archives are not supported`);
  const dir = readAt(fd, dirOffset, dirSize);
  const entries = [];
  for (let p = 0, i = 0; i < count; i++) {
    if (dir.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new Error(`${file}: corrupt central directory at entry ${i}`);
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    entries.push({
      name: dir.toString('utf8', p + 46, p + 46 + nameLength),
      method: dir.readUInt16LE(p + 10),
      compressedSize: dir.readUInt32LE(p + 20),
      localOffset: dir.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function zipRead(fd, entry, file) {
  const header = readAt(fd, entry.localOffset, 30);
  if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new Error(`${file}: corrupt local header for ${entry.name}`);
  const dataStart = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const data = readAt(fd, dataStart, entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method === 8) return zlib.inflateRawSync(data);
  throw new Error(`${file}: ${entry.name} uses zip compression method ${entry.method}`);
}

// ----------------------------------------------------------------------------- pb2 modules

const SIMPLE_ESCAPES = { n: 10, t: 9, r: 13, '\\': 92, "'": 39, '"': 34, a: 7, b: 8, f: 12, v: 11, '\n': -1 };

/** The bytes of the Python bytes literal starting at `source[start]` (the opening quote). */
function pythonBytesLiteral(source, start, where) {
  const quote = source[start];
  const out = [];
  let i = start + 1;
  for (; i < source.length && source[i] !== quote; i++) {
    const c = source[i];
    if (c !== '\\') {
      const code = c.charCodeAt(0);
      if (code > 0x7f) throw new Error(`${where}: non-ASCII character in a bytes literal`);
      out.push(code);
      continue;
    }
    const e = source[++i];
    if (e === 'x') {
      out.push(parseInt(source.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (e >= '0' && e <= '7') {
      let j = i;
      while (j < i + 3 && source[j] >= '0' && source[j] <= '7') j++;
      out.push(parseInt(source.slice(i, j), 8) & 0xff);
      i = j - 1;
    } else if (e in SIMPLE_ESCAPES) {
      if (SIMPLE_ESCAPES[e] >= 0) out.push(SIMPLE_ESCAPES[e]);
    } else {
      // Python keeps unknown escapes as written.
      out.push(92, e.charCodeAt(0));
    }
  }
  if (i >= source.length) throw new Error(`${where}: unterminated bytes literal`);
  return Uint8Array.from(out);
}

/** The serialized FileDescriptorProto a `*_pb2.py` module registers. */
function serializedFileOf(source, where) {
  const marker = 'AddSerializedFile(b';
  const at = source.indexOf(marker);
  if (at < 0) throw new Error(`${where}: no AddSerializedFile(b'...') call`);
  return pythonBytesLiteral(source, at + marker.length, where);
}

// ----------------------------------------------------------------------------- descriptor.proto
// The subset of google/protobuf/descriptor.proto the generators read (field numbers as published).

const DESCRIPTOR_SCHEMA = {
  nested: {
    FileDescriptorProto: {
      fields: {
        name: { type: 'string', id: 1 },
        package: { type: 'string', id: 2 },
        dependency: { rule: 'repeated', type: 'string', id: 3 },
        message_type: { rule: 'repeated', type: 'DescriptorProto', id: 4 },
        enum_type: { rule: 'repeated', type: 'EnumDescriptorProto', id: 5 },
        syntax: { type: 'string', id: 12 },
      },
    },
    DescriptorProto: {
      fields: {
        name: { type: 'string', id: 1 },
        field: { rule: 'repeated', type: 'FieldDescriptorProto', id: 2 },
        nested_type: { rule: 'repeated', type: 'DescriptorProto', id: 3 },
        enum_type: { rule: 'repeated', type: 'EnumDescriptorProto', id: 4 },
        options: { type: 'MessageOptions', id: 7 },
        oneof_decl: { rule: 'repeated', type: 'OneofDescriptorProto', id: 8 },
      },
    },
    MessageOptions: { fields: { map_entry: { type: 'bool', id: 7 } } },
    FieldDescriptorProto: {
      fields: {
        name: { type: 'string', id: 1 },
        number: { type: 'int32', id: 3 },
        label: { type: 'int32', id: 4 },
        type: { type: 'int32', id: 5 },
        type_name: { type: 'string', id: 6 },
        oneof_index: { type: 'int32', id: 9 },
        proto3_optional: { type: 'bool', id: 17 },
      },
    },
    OneofDescriptorProto: { fields: { name: { type: 'string', id: 1 } } },
    EnumDescriptorProto: {
      fields: {
        name: { type: 'string', id: 1 },
        value: { rule: 'repeated', type: 'EnumValueDescriptorProto', id: 2 },
      },
    },
    EnumValueDescriptorProto: {
      fields: {
        name: { type: 'string', id: 1 },
        number: { type: 'int32', id: 2 },
      },
    },
  },
};

const descriptorRoot = protobuf.Root.fromJSON(DESCRIPTOR_SCHEMA);
const FileDescriptorProto = descriptorRoot.lookupType('FileDescriptorProto');

/** Decodes serialized FileDescriptorProto bytes into a plain object (snake_case keys; absent scalars stay absent). */
function decodeFileDescriptor(bytes) {
  const msg = FileDescriptorProto.decode(bytes);
  return FileDescriptorProto.toObject(msg, { arrays: true });
}

/**
 * Every FileDescriptorProto in the wheel's `*_pb2.py` modules whose path starts with one of
 * `prefixes`, sorted by .proto file name.
 */
function wheelFileDescriptors(wheel, prefixes = ['tensorflow/']) {
  const fd = fs.openSync(wheel, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const files = [];
    for (const entry of zipEntries(fd, size, wheel)) {
      if (!entry.name.endsWith('_pb2.py') || !prefixes.some((p) => entry.name.startsWith(p))) continue;
      const source = zipRead(fd, entry, wheel).toString('latin1');
      if (!source.includes('AddSerializedFile(')) continue; // a module re-exporting another's
      files.push(decodeFileDescriptor(serializedFileOf(source, `${path.basename(wheel)}:${entry.name}`)));
    }
    return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } finally {
    fs.closeSync(fd);
  }
}

module.exports = { wheelFileDescriptors, decodeFileDescriptor, serializedFileOf, pythonBytesLiteral, DESCRIPTOR_SCHEMA };
