// Child of export-kill.test.ts: exports a one-variable model over and over (overwrite: true, the
// variable holding the export's number) until the test kills it. It prints {"start": n} before
// and {"done": n} after each export, written synchronously.
import * as fs from 'fs';
import { Graph, Session, tensor } from '../../../lib/core';
import { save } from '../../../lib/saved-model/save';

const [target] = process.argv.slice(2);
const say = (value: unknown) => fs.writeSync(1, `${JSON.stringify(value)}\n`);

async function main(): Promise<void> {
  const graph = new Graph();
  const handle = graph.addOperation({ type: 'VarHandleOp', name: 'v', attrs: { dtype: 'float32', shape: [], shared_name: 'v' } });
  const value = graph.addOperation({ type: 'Placeholder', name: 'value', attrs: { dtype: 'float32', shape: [] } }).output(0);
  const assign = graph.addOperation({
    type: 'AssignVariableOp',
    name: 'assign',
    inputs: [handle.output(0), value],
    attrs: { dtype: 'float32' },
  });
  const read = graph
    .addOperation({ type: 'ReadVariableOp', name: 'read', inputs: [handle.output(0)], attrs: { dtype: 'float32' } })
    .output(0);
  const session = new Session(graph);
  for (let n = 1; ; n++) {
    await session.run([[value, tensor(n, 'float32')]], [], [assign]);
    say({ start: n });
    await save(target, {
      graph,
      session,
      overwrite: true,
      variables: [handle],
      signatures: { serving_default: { inputs: {}, outputs: { v: read } } },
    });
    say({ done: n });
  }
}

main().catch((error) => {
  say({ error: String(error && error.stack) });
  process.exitCode = 3;
});
