// The census-income example's pipeline (examples/census-income.ts) end to end, small: rows in the
// data set's CSV format → the raw-column model with its preprocessing adapted on the training rows
// → MMoE trained → exact test AUC. CI has no copy of the data set (the example downloads it with
// pip at first run, and npm test must not download), so the rows here are generated in the same
// format (syntheticCensusCsv: the same 42 columns and label strings, labels following rules of
// the features with 10% of them flipped). The real file's format is checked by the same parser
// when the example runs.
import {
  CENSUS_COLUMNS,
  CATEGORICAL_COLUMNS,
  NUMERIC_COLUMNS,
  censusIncomeRule,
  censusNeverMarriedChance,
  parseCensus,
  syntheticCensusCsv,
} from '../../../examples/data/census-income';
import { TASKS, adaptPreprocessing, rocAuc, trainAndScore } from '../../../examples/census-income';

test('rocAuc is the Mann-Whitney statistic (ties count one half)', () => {
  expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
  expect(rocAuc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.5);
  expect(rocAuc([3, 2, 1], [1, 1, 0])).toBe(1);
});

test('the parser reads the census format and refuses malformed rows', () => {
  const rows = parseCensus(syntheticCensusCsv(50, 3), 'synthetic.csv');
  expect(CENSUS_COLUMNS.length).toBe(42);
  expect(NUMERIC_COLUMNS.length + CATEGORICAL_COLUMNS.length + 3).toBe(42);
  expect(rows.rows).toBe(50);
  expect(new Set(rows.income)).toEqual(new Set([0, 1]));
  expect(() => parseCensus('73, Not in universe, 0\n', 'short.csv')).toThrow(/short.csv: row 1 has 3 fields, expected 42/);
  const badLabel = syntheticCensusCsv(1, 4).replace(/(50000\+\.|- 50000\.)\n$/, 'maybe\n');
  expect(() => parseCensus(badLabel, 'label.csv')).toThrow(/income label "maybe"/);
});

test('census pipeline on 3,000 rows: preprocessing in the graph, MMoE, test AUC well above chance on both tasks', async () => {
  const train = parseCensus(syntheticCensusCsv(3000, 1), 'train.csv');
  const test = parseCensus(syntheticCensusCsv(1000, 2), 'test.csv');
  const preprocessing = await adaptPreprocessing(train);
  const scores = await trainAndScore('mmoe', TASKS, preprocessing, train, test, { seed: 1, learningRate: 0.01, epochs: 4, batchSize: 128 });
  // The best possible AUC on these rows is that of the generator's own rules scored on the test
  // rows (the label noise is independent of everything); reading no column gives 0.5.
  const age = test.numeric.age;
  const best = {
    income: rocAuc(
      Array.from({ length: test.rows }, (_, i) =>
        censusIncomeRule(age[i], test.categorical.education[i], test.numeric.weeks_worked_in_year[i], test.numeric.capital_gains[i]),
      ),
      test.income,
    ),
    never_married: rocAuc(
      Array.from(age, (a) => censusNeverMarriedChance(a)),
      test.neverMarried,
    ),
  };
  expect(best.income).toBeGreaterThan(0.8);
  expect(best.never_married).toBeGreaterThan(0.8);
  expect(scores.auc.income).toBeGreaterThan(best.income - 0.05);
  expect(scores.auc.never_married).toBeGreaterThan(best.never_married - 0.05);
});
