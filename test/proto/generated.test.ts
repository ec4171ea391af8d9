// lib/proto/schema.ts and types.ts are generated from the tensorflow-cpu wheel's descriptors
// (scripts/generate-protos.js). These tests regenerate them in memory and compare (drift), check
// the descriptor bytes read from the wheel against TensorFlow's Python package, and check that
// decode() merges a singular message field written twice as protobuf's parsers do.
import * as fs from 'fs';
import * as path from 'path';
import { decode, encode } from '../../lib/proto';
import { lastJsonLine, runPythonSync } from '../support/python';

const REPO = path.resolve(__dirname, '..', '..');
// Plain CommonJS scripts (no types): required, not imported.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require('../../scripts/generate-protos.js') as {
  generate(options?: { wheel?: string }): Record<string, string>;
  findWheel(): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const wheelDescriptors = require('../../scripts/proto/wheel-descriptors.js') as {
  wheelFileDescriptors(wheel: string, prefixes?: string[]): { name: string }[];
  serializedFileOf(source: string, where: string): Uint8Array;
  pythonBytesLiteral(source: string, start: number, where: string): Uint8Array;
};

/** Runs a Python snippet in the fixture environment; its last stdout line is JSON. */
function python(code: string, input: object): Record<string, string> {
  return lastJsonLine(runPythonSync(['-c', code], { input: JSON.stringify(input), timeoutMs: 120_000 }));
}

const wire = {
  tag: (field: number, wireType: number) => Buffer.from([(field << 3) | wireType]),
  bytes: (field: number, body: Uint8Array) => Buffer.concat([wire.tag(field, 2), Buffer.from([body.length]), body]),
};

test('lib/proto/schema.ts and types.ts are what `npm run generate:protos` writes (no drift)', () => {
  // No wheel is a failure (npm install always leaves one), never a skip.
  const outputs = generator.generate();
  const stale = Object.entries(outputs)
    .filter(([rel, text]) => fs.readFileSync(path.join(REPO, rel), 'utf8') !== text)
    .map(([rel]) => rel);
  expect({ stale, fix: stale.length ? 'run `npm run generate:protos` and commit the result' : '' }).toEqual({ stale: [], fix: '' });
});

test("the descriptors read from the wheel are the bytes TensorFlow's Python modules register", () => {
  const wheel = generator.findWheel();
  const files = ['tensorflow/core/protobuf/config.proto', 'tensorflow/core/protobuf/meta_graph.proto', 'tensorflow/core/util/event.proto'];
  // The same modules as installed in the fixture environment, with the bytes Python registered.
  const site = python(
    'import json,base64; import tensorflow.core.protobuf.config_pb2 as c, tensorflow.core.protobuf.meta_graph_pb2 as m, tensorflow.core.util.event_pb2 as e\n' +
      'print(json.dumps({x.DESCRIPTOR.name: [x.__file__, base64.b64encode(x.DESCRIPTOR.serialized_pb).decode()] for x in (c, m, e)}))\n',
    {},
  ) as unknown as Record<string, [string, string]>;
  for (const name of files) {
    const [file, registered] = site[name];
    const ours = wheelDescriptors.serializedFileOf(fs.readFileSync(file, 'latin1'), file);
    expect([name, Buffer.from(ours).toString('base64')]).toEqual([name, registered]);
  }
  // And the wheel holds every one of them.
  const inWheel = new Set(wheelDescriptors.wheelFileDescriptors(wheel).map((f) => f.name));
  expect(files.filter((f) => !inWheel.has(f))).toEqual([]);
});

test('Python bytes literals: escapes, octal, quotes and line continuations', () => {
  const src = String.raw`x = b'A\x00\n\t\'\\\101\7"\
B'`;
  expect([...wheelDescriptors.pythonBytesLiteral(src, src.indexOf("'"), 'src')]).toEqual([65, 0, 10, 9, 39, 92, 65, 7, 34, 66]);
});

describe('decode() merges a singular message field written twice, as protobuf does', () => {
  // GraphDef.versions twice: scalars of the second copy win, repeated fields concatenate.
  const versionsTwice = Buffer.concat([
    wire.bytes(4, encode('tensorflow.VersionDef', { producer: 1, badConsumers: [3] })),
    wire.bytes(4, encode('tensorflow.VersionDef', { producer: 7, minConsumer: 2, badConsumers: [4] })),
  ]);
  // MetaGraphDef.graph_def twice, one node each, and meta_info_def twice with a tag each.
  const graphDefTwice = Buffer.concat([
    wire.bytes(1, encode('tensorflow.MetaGraphDef.MetaInfoDef', { tags: ['serve'] })),
    wire.bytes(2, encode('tensorflow.GraphDef', { node: [{ name: 'a', op: 'NoOp' }] })),
    wire.bytes(2, encode('tensorflow.GraphDef', { node: [{ name: 'b', op: 'NoOp' }], versions: { producer: 5 } })),
    wire.bytes(1, encode('tensorflow.MetaGraphDef.MetaInfoDef', { tags: ['train'] })),
  ]);
  // AttrValue's oneof written as s, then i, then s again: the last member wins, the others go.
  const oneofThrice = Buffer.concat([
    encode('tensorflow.AttrValue', { s: 'x' }),
    encode('tensorflow.AttrValue', { i: 3 }),
    encode('tensorflow.AttrValue', { s: 'y' }),
  ]);
  const cases: [string, string, Buffer][] = [
    ['GraphDef', 'tensorflow.GraphDef', versionsTwice],
    ['MetaGraphDef', 'tensorflow.MetaGraphDef', graphDefTwice],
    ['AttrValue', 'tensorflow.AttrValue', oneofThrice],
  ];

  test('the merged values', () => {
    expect(decode('tensorflow.GraphDef', versionsTwice)).toEqual({ versions: { producer: 7, minConsumer: 2, badConsumers: [3, 4] } });
    expect(decode('tensorflow.MetaGraphDef', graphDefTwice)).toEqual({
      metaInfoDef: { tags: ['serve', 'train'] },
      graphDef: {
        node: [
          { name: 'a', op: 'NoOp' },
          { name: 'b', op: 'NoOp' },
        ],
        versions: { producer: 5 },
      },
    });
    expect(decode('tensorflow.AttrValue', oneofThrice)).toEqual({ s: new Uint8Array(Buffer.from('y')) });
  });

  test("equal to what TensorFlow's Python classes parse from the same bytes", () => {
    const parsed = python(
      'import json,sys,base64\n' +
        'from tensorflow.core.framework import graph_pb2, attr_value_pb2\n' +
        'from tensorflow.core.protobuf import meta_graph_pb2\n' +
        'req = json.load(sys.stdin)\n' +
        'cls = {"tensorflow.GraphDef": graph_pb2.GraphDef, "tensorflow.MetaGraphDef": meta_graph_pb2.MetaGraphDef, "tensorflow.AttrValue": attr_value_pb2.AttrValue}\n' +
        'out = {}\n' +
        'for label, (t, b) in req.items():\n' +
        '  m = cls[t](); m.ParseFromString(base64.b64decode(b)); out[label] = base64.b64encode(m.SerializeToString(deterministic=True)).decode()\n' +
        'print(json.dumps(out))\n',
      Object.fromEntries(cases.map(([label, type, bytes]) => [label, [type, bytes.toString('base64')]])),
    );
    for (const [label, type, bytes] of cases) {
      expect([label, decode(type, Buffer.from(parsed[label], 'base64'))]).toEqual([label, decode(type, bytes)]);
    }
  });
});
