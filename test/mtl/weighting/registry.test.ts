// The weighting registry: every strategy serialises to JSON with getConfig() and comes back with
// get(name, config); names are the strategies' own; errors are invalidArgument.
import { InvalidArgumentError, mtl } from '../../../lib';
import type { Weighting } from '../../../lib/mtl';

describe('weighting registry', () => {
  const configured: Record<string, () => Weighting> = {
    equal: () => mtl.weighting.equal(),
    weighted_sum: () => mtl.weighting.weightedSum({ a: 2, b: 0.5 }),
    uncertainty: () => mtl.weighting.uncertainty({ initialLogVariance: 0.3 }),
    max: () => mtl.weighting.max(),
    smooth_max: () => mtl.weighting.smoothMax({ mu: 0.5, preferences: { a: 2 }, idealPoint: { b: 0.1 } }),
    dwa: () => mtl.weighting.dwa({ temperature: 3 }),
    gls: () => mtl.weighting.gls({ epsilon: 1e-6 }),
    rlw: () => mtl.weighting.rlw({ seed: 5 }),
    famo: () => mtl.weighting.famo({ learningRate: 0.1 }),
    pcgrad: () => mtl.weighting.pcgrad({ seed: 9 }),
    mgda: () => mtl.weighting.mgda({ rescale: true }),
    cagrad: () => mtl.weighting.cagrad({ c: 0.2 }),
    gradvac: () => mtl.weighting.gradvac({ beta: 0.1 }),
    imtl_g: () => mtl.weighting.imtlG(),
    nash_mtl: () => mtl.weighting.nashMtl({ maxNorm: 0 }),
    aligned_mtl: () => mtl.weighting.alignedMtl(),
    upgrad: () => mtl.weighting.upgrad({ normEps: 1e-3 }),
    gradnorm: () => mtl.weighting.gradnorm({ alpha: 1, layer: 'trunk' }),
  };

  test('every built-in strategy is registered under its own name and round-trips through JSON', () => {
    expect(mtl.weighting.names().sort()).toEqual(Object.keys(configured).sort());
    for (const [name, make] of Object.entries(configured)) {
      const weighting = make();
      expect(weighting.name).toBe(name);
      const json = JSON.stringify(weighting.getConfig());
      const back = mtl.weighting.get(name, JSON.parse(json));
      expect(back.name).toBe(name);
      expect(back.kind).toBe(weighting.kind);
      expect(JSON.stringify(back.getConfig())).toBe(json);
    }
  });

  test('unknown names, inherited property names and bad configs are refused with invalidArgument', () => {
    for (const name of ['mgda2', 'toString', '__proto__', 'constructor']) {
      expect(() => mtl.weighting.get(name)).toThrow(InvalidArgumentError);
      expect(() => mtl.weighting.get(name)).toThrow(/unknown weighting/);
    }
    expect(() => mtl.weighting.get('mgda', [] as never)).toThrow(/config must be a plain object/);
    expect(() => mtl.weighting.get('cagrad', { c: -1 })).toThrow(InvalidArgumentError);
    expect(() => mtl.weighting.gradvac({ beta: 2 })).toThrow(InvalidArgumentError);
    expect(() => mtl.weighting.gradnorm({ alpha: -1 })).toThrow(InvalidArgumentError);
    expect(() => mtl.weighting.weightedSum(null as never)).toThrow(/weightedSum needs an object of task weights/);
  });

  test('a user-defined strategy registers under its name; built-in names cannot be replaced', () => {
    const halves = (config: Record<string, unknown>): Weighting => {
      const base = mtl.weighting.weightedSum({});
      return { ...base, name: 'halves', getConfig: () => ({ ...config }) };
    };
    mtl.weighting.register('halves', halves);
    expect(mtl.weighting.get('halves', { note: 'x' }).getConfig()).toEqual({ note: 'x' });
    expect(() => mtl.weighting.register('mgda', halves)).toThrow(/"mgda" is a built-in weighting/);
    expect(() => mtl.weighting.register('other', 3 as never)).toThrow(/the factory must be a function/);
  });
});
