// Dropout draws its mask with StatelessRandomUniformV2 (Philox, key/counter from
// StatelessRandomGetKeyCounter), which has an XLA kernel; on CPU it must give exactly the numbers
// of the V1 op StatelessRandomUniform it replaced, so masks (and resumed runs) did not change.
import { Graph, Session, ops } from '../../lib';

test("StatelessRandomUniformV2 with the seed's key/counter and Philox equals StatelessRandomUniform on CPU", async () => {
  const graph = new Graph();
  const shape = ops.constant(graph, [7, 13], 'int32');
  const pairs = [
    [1n, 0n],
    [123456789n, 42n],
    [-5n, 9007199254740993n],
  ].map((pair) => {
    const seed = ops.constant(graph, pair, 'int64');
    const v1 = ops.statelessRandomUniform(shape, seed, { dtype: 'float32' });
    const { key, counter } = ops.statelessRandomGetKeyCounter(seed);
    const v2 = ops.statelessRandomUniformV2(shape, key, counter, ops.constant(graph, 1, 'int32'), { dtype: 'float32' });
    return [v1, v2];
  });
  const session = new Session(graph);
  const values = await session.run(null, pairs.flat());
  for (let i = 0; i < values.length; i += 2) {
    const v1 = Array.from(values[i].data() as Float32Array);
    expect(Array.from(values[i + 1].data() as Float32Array)).toEqual(v1);
    expect(new Set(v1).size).toBeGreaterThan(80); // 91 draws, not a constant
  }
  await session.close();
});
