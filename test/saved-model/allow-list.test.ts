// The allow-list for untrusted SavedModels (lib/saved-model/allowed-ops.ts): every name is a real
// op of the loaded TensorFlow 2.21 (a typo would refuse a legitimate model, never admit a bad one,
// but it would also mean the list was not reviewed against the registry), and every op the Python
// fixture models use -- Keras 3 exports (one with many layer kinds), tf.Module, TF1 simple_save,
// the transfer teachers -- is admitted, so real models that only compute load untrusted.
import { opRegistry, savedModel } from '../../lib';
import { ensureFixtures, fixture, kerasZoo } from './fixtures';
import { BACKBONE_DIR, TEACHER_DIR, ensureTeacher } from '../mtl/transfer/fixtures';

const CONDITIONAL = new Set([
  ...Object.keys(savedModel.ATTRIBUTE_RULES),
  ...Object.keys(savedModel.CHECKPOINT_READ_OPS),
  ...savedModel.CHECKPOINT_WRITE_OPS,
  ...Object.keys(savedModel.ASSET_READ_OPS),
]);

test('every op on the allow-list exists in the loaded TensorFlow 2.21 registry, and is listed once', () => {
  const registry = opRegistry();
  const all = Object.values(savedModel.ALLOWED_OP_CATEGORIES).flatMap((category) => category.ops);
  expect(all.filter((op) => !registry.has(op))).toEqual([]);
  expect(all.length).toBe(savedModel.ALLOWED_OPS.size);
  expect(savedModel.ALLOWED_OPS.size).toBeGreaterThan(900);
});

test('nothing that reaches files, the network, other processes or carried graphs is on the allow-list', () => {
  const registry = [...opRegistry().keys()];
  const reaching = registry.filter((op) =>
    /(?<!Sharded)File|Reader|Dataset|Iterator|SummaryWriter|Write\w*Summary|Rpc|Collective|Nccl|Send$|Recv$|^_|PyFunc|Debug(?!Gradient)|Checkpoint|TPU|Xla|Remote|Save|Restore|Abort|Queue|Barrier|Stage|SessionTensor|SessionHandle/.test(
      op,
    ),
  );
  expect(reaching.length).toBeGreaterThan(200);
  expect(reaching.filter((op) => savedModel.ALLOWED_OPS.has(op))).toEqual([]);
  for (const op of Object.keys(savedModel.KNOWN_DANGERS)) expect(savedModel.ALLOWED_OPS.has(op)).toBe(false);
});

test('every op of the Python fixture models is allowed (or allowed under its condition)', () => {
  ensureFixtures();
  ensureTeacher();
  const dirs = [
    ...['keras_multi_head', 'module_two_signatures', 'keras_bn_dropout', 'tf1_simple_save', 'module_vocab_asset'].map(
      (name) => fixture(name).dir,
    ),
    TEACHER_DIR,
    BACKBONE_DIR,
    kerasZoo().dir,
  ];
  const used = new Set<string>();
  for (const dir of dirs) {
    const info = savedModel.inspect(dir);
    expect({ dir, refused: info.untrusted }).toEqual({ dir, refused: [] });
    for (const op of Object.keys(info.opTypes)) used.add(op);
  }
  // Enough of a sample to mean something: Keras layers, variables, tables, control flow, the saver.
  expect(used.size).toBeGreaterThan(40);
  for (const op of ['MatMul', 'Conv2D', 'ReadVariableOp', 'VarHandleOp', 'HashTableV2', 'StatefulPartitionedCall', 'RestoreV2', 'SaveV2'])
    expect(used).toContain(op);
  expect([...used].filter((op) => !savedModel.ALLOWED_OPS.has(op) && !CONDITIONAL.has(op))).toEqual([]);
});
