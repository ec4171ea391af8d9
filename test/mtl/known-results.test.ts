// Multi-task weighting against known results.
import { layers, mtl, optimizers } from '../../lib';
import { Random } from '../../lib/data';

describe('known results', () => {
  test("uncertainty weighting learns σ_i close to each task's noise (Kendall et al. 2018 toy: 10 and 1)", async () => {
    // y1 = 2x + 8 + 10ε, y2 = 3x + 3 + ε, x ~ N(0, 1): with the means learned, the
    // residual RMSEs are 10 and 1, and the optimum of L/(2σ²) + log σ is σ = RMSE.
    const random = Random.fromSeed(42);
    const n = 4000;
    const x = new Float32Array(n);
    const y1 = new Float32Array(n);
    const y2 = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = random.normal();
      y1[i] = 2 * x[i] + 8 + 10 * random.normal();
      y2[i] = 3 * x[i] + 3 + random.normal();
    }
    const input = layers.input({ name: 'x', shape: [1] });
    const trunk = layers.dense({ units: 1024, activation: 'relu', name: 'shared' }).apply(input);
    const model = mtl.model({
      inputs: { x: input },
      trunk,
      tasks: {
        y1: { head: layers.dense({ units: 1, name: 'head1' }), loss: 'mse' },
        y2: { head: layers.dense({ units: 1, name: 'head2' }), loss: 'mse' },
      },
      weighting: mtl.weighting.uncertainty(),
      // β2 = 0.99: Adam forgets the early, large gradients of the log-variances sooner.
      optimizer: optimizers.adam({ learningRate: 0.01, beta2: 0.99 }),
      seed: 1,
    });
    const history = await model.fit({ x, y1, y2 }, { epochs: 30, batchSize: 100, verbose: false });
    const last = (key: string) => history.history[key][history.history[key].length - 1];
    const sigma1 = last('sigma/y1');
    const sigma2 = last('sigma/y2');
    console.log(
      `uncertainty weighting: sigma1 ${sigma1.toFixed(3)} (RMSE 10), sigma2 ${sigma2.toFixed(3)} (RMSE 1); epoch losses`,
      history.history.y1_loss.map((v) => v.toFixed(2)).join(' '),
    );
    expect(Math.abs(sigma1 - 10) / 10).toBeLessThan(0.15);
    expect(Math.abs(sigma2 - 1) / 1).toBeLessThan(0.15);
    await model.close();
  });
});
