// Small, fast versions of the two meta-learning examples (examples/meta-sinusoid.ts and
// examples/meta-digits.ts; the README tables come from their full runs).
import { DIGITS_DEFAULTS, runDigits } from '../../../examples/meta-digits';
import { SINUSOID_DEFAULTS, runSinusoid } from '../../../examples/meta-sinusoid';

jest.setTimeout(180_000);

test('sinusoid: after 500 meta-updates, one MAML step beats the fine-tuned joint pre-training and improves on no adaptation', async () => {
  const [maml, pretrained] = await runSinusoid({ ...SINUSOID_DEFAULTS, iterations: 500, tasks: 80, evalSteps: 1 });
  expect(maml.method).toBe('maml');
  expect(pretrained.method).toBe('pretrained');
  // MSE after one gradient step on the K = 10 support points, on the same 80 held-out tasks.
  expect(maml.mse[1].mean).toBeLessThan(pretrained.mse[1].mean);
  expect(maml.mse[1].mean).toBeLessThan(maml.mse[0].mean);
});

test('digits: 2-way 5-shot on held-out digits 5–9, MAML after 120 meta-updates beats the pre-trained baseline after one step and chance', async () => {
  const results = await runDigits({ ...DIGITS_DEFAULTS, iterations: 120, tasks: 80, evalSteps: 1, hidden: 32, baselineRates: '0.1' });
  const maml = results.find((r) => r.method === 'maml')!;
  const baselines = results.filter((r) => r.method.startsWith('pretrained'));
  expect(baselines).toHaveLength(1);
  // After one step the zero-initialised head's prediction does not depend on the step size (argmax of a scaled update).
  expect(maml.accuracy[1].mean).toBeGreaterThan(baselines[0].accuracy[1].mean);
  expect(maml.accuracy[1].mean - maml.accuracy[1].ci95).toBeGreaterThan(0.5);
});
