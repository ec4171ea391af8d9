// The numeric options of every weighting are checked by one rule (weighting/util.ts's
// numberOption): each bad value is refused with invalidArgument naming the method, the option,
// the rule and the value; each boundary value that the rule allows is accepted.
import { mtl } from '../../../lib';

const w = mtl.weighting as unknown as Record<string, (options: object) => unknown>;

const cases: Array<[method: string, key: string, rule: '> 0' | '>= 0' | 'positive integer']> = [
  ['cagrad', 'c', '>= 0'],
  ['cagrad', 'tolerance', '> 0'],
  ['cagrad', 'maxIterations', 'positive integer'],
  ['dwa', 'temperature', '> 0'],
  ['famo', 'learningRate', '> 0'],
  ['famo', 'weightDecay', '>= 0'],
  ['famo', 'epsilon', '>= 0'],
  ['gls', 'epsilon', '>= 0'],
  ['gradnorm', 'alpha', '>= 0'],
  ['gradnorm', 'learningRate', '> 0'],
  ['mgda', 'tolerance', '> 0'],
  ['mgda', 'maxIterations', 'positive integer'],
  ['nashMtl', 'maxNorm', '>= 0'],
  ['nashMtl', 'tolerance', '> 0'],
  ['nashMtl', 'maxIterations', 'positive integer'],
  ['smoothMax', 'mu', '> 0'],
  ['upgrad', 'tolerance', '> 0'],
  ['upgrad', 'maxIterations', 'positive integer'],
];

test.each(cases)('%s: %s must be %s', (method, key, rule) => {
  const bad = rule === '> 0' ? [0, -1, NaN, Infinity] : rule === '>= 0' ? [-1e-9, NaN, Infinity] : [0, 1.5, NaN];
  const expectation = rule === 'positive integer' ? 'a positive integer' : `a finite number ${rule}`;
  for (const value of bad) {
    expect(() => w[method]({ [key]: value })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', message: `${method}: ${key} must be ${expectation}, got ${value}` }),
    );
  }
  const allowed = rule === '> 0' ? 1e-9 : rule === '>= 0' ? 0 : 1;
  expect(() => w[method]({ [key]: allowed })).not.toThrow();
});
