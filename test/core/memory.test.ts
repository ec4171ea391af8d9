// Memory: many small runs with fresh tensors do not leak (native tensors are
// freed by dispose() or, when the caller forgets, by the garbage collector).
import { Graph, Session, tensor } from '../../lib';

function rssMb(): number {
  (global as { gc?: () => void }).gc?.();
  return process.memoryUsage().rss / 2 ** 20;
}

test('20,000 small runs with fresh tensors grow RSS by less than 20 MB', async () => {
  const graph = new Graph();
  const x = graph.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype: 'float32', shape: [16] } }).output(0);
  const s = graph.addOperation({ type: 'Placeholder', name: 's', attrs: { dtype: 'string', shape: [2] } }).output(0);
  const y = graph.addOperation({ type: 'Square', inputs: [x] }).output(0);
  const joined = graph.addOperation({ type: 'Identity', inputs: [s] }).output(0);
  const session = new Session(graph);
  const values = Float32Array.from({ length: 16 }, (_, i) => i);
  // Strings longer than 22 bytes live on the heap inside TF_TString: they must be freed too.
  const strings = ['a string long enough to be heap allocated by TensorFlow', 'ü'.repeat(40)];

  const step = async (i: number, dispose: boolean) => {
    const input = tensor(values);
    const text = tensor(strings);
    const [out, echoed] = i % 2 === 0 ? await session.run([[x, input], [s, text]], [y, joined]) : session.runSync([[x, input], [s, text]], [y, joined]);
    if ((out.data() as Float32Array)[3] !== 9) throw new Error('wrong result');
    if (dispose) {
      input.dispose();
      text.dispose();
      out.dispose();
      echoed.dispose();
    }
  };

  for (let i = 0; i < 2000; i++) await step(i, i % 2 === 0);
  const before = rssMb();
  // Half the runs dispose everything; the other half leave it all to the garbage collector.
  for (let i = 0; i < 20000; i++) await step(i, i % 2 === 0);
  const after = rssMb();
  const growth = after - before;
  console.log(`RSS before ${before.toFixed(1)} MB, after 20,000 runs ${after.toFixed(1)} MB: growth ${growth.toFixed(1)} MB`);
  expect(growth).toBeLessThan(20);
  await session.close();
});
