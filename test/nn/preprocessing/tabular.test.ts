// A multi-task model on raw tabular columns, strings and numbers, with its preprocessing inside
// the graph: normalization and discretization of numbers, a string lookup one-hot, a lookup into
// an embedding, a hashed column. Trained with lib/mtl, then (1) exported: Python TensorFlow runs
// the SavedModel on raw strings and agrees with predict(); the export loads untrusted (its tables
// are in-memory tables filled from constants: no file-reading op) and runs so, through
// TensorFlow's C++ loader; (2) saved with model.save and
// loaded by mtl.load in a fresh process, which predicts the same numbers: the vocabularies and
// statistics travel in the layer configs.
import * as fs from 'fs';
import * as path from 'path';
import { layers, losses, mtl, optimizers, savedModel, tensor } from '../../../lib';
import { Random } from '../../../lib/data';
import { runInChild } from '../../support/child';
import { runPythonJson } from '../../support/python';
import { tempDir } from '../../support/tmp';

const EDUCATION = ['Bachelors', 'HS-grad', 'Masters', 'Doctorate', 'Some-college'];
const OCCUPATION = ['Tech-support', 'Craft-repair', 'Sales', 'Exec-managerial', 'Prof-specialty', 'Farming-fishing'];
const CITIES = ['Lyon', 'Oslo', 'Quito', 'Perth', 'Osaka', 'Accra', 'Hanoi'];

interface Rows {
  age: Float32Array;
  hours: Float32Array;
  education: string[];
  occupation: string[];
  city: string[];
  income: Float32Array;
  single: Float32Array;
}

/** Rows whose labels follow known rules of the raw columns, 10% of each label flipped: the best accuracy is 90%. */
function makeRows(n: number, seed: number): Rows {
  const random = Random.fromSeed(seed, 0);
  const rows: Rows = {
    age: new Float32Array(n),
    hours: new Float32Array(n),
    education: [],
    occupation: [],
    city: [],
    income: new Float32Array(n),
    single: new Float32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const age = 18 + Math.floor(random.uniform() * 60);
    const hours = 10 + Math.floor(random.uniform() * 60);
    const education = EDUCATION[Math.floor(random.uniform() * EDUCATION.length)];
    const occupation = OCCUPATION[Math.floor(random.uniform() * OCCUPATION.length)];
    rows.age[i] = age;
    rows.hours[i] = hours;
    rows.education.push(education);
    rows.occupation.push(occupation);
    rows.city.push(CITIES[Math.floor(random.uniform() * CITIES.length)]);
    const skilled = ['Masters', 'Doctorate', 'Bachelors'].includes(education) || occupation === 'Exec-managerial';
    const income = skilled && hours >= 35 ? 1 : 0;
    const single = age < 30 ? 1 : 0;
    rows.income[i] = random.uniform() < 0.1 ? 1 - income : income;
    rows.single[i] = random.uniform() < 0.1 ? 1 - single : single;
  }
  return rows;
}

const column = (values: Float32Array | string[]) => (values instanceof Float32Array ? values : values);

async function buildModel(train: Rows): Promise<mtl.MultiTaskModel> {
  const age = layers.input({ name: 'age', shape: [1] });
  const hours = layers.input({ name: 'hours', shape: [1] });
  const education = layers.input({ name: 'education', shape: [], dtype: 'string' });
  const occupation = layers.input({ name: 'occupation', shape: [], dtype: 'string' });
  const city = layers.input({ name: 'city', shape: [], dtype: 'string' });

  const ageNorm = layers.normalization({ name: 'age_norm' });
  const ageBins = layers.discretization({ name: 'age_bins', numBins: 4, outputMode: 'one_hot' });
  const hoursNorm = layers.normalization({ name: 'hours_norm' });
  const educationOneHot = layers.stringLookup({ name: 'education_lookup', outputMode: 'one_hot' });
  const occupationIds = layers.stringLookup({ name: 'occupation_lookup' });
  const cityHash = layers.hashing({ name: 'city_hash', numBins: 8, outputMode: 'one_hot' });
  const asColumn = (values: Float32Array) => ({ dtype: 'float32', shape: [values.length, 1], data: values });
  await ageNorm.adapt(asColumn(train.age));
  await ageBins.adapt(asColumn(train.age));
  await hoursNorm.adapt(asColumn(train.hours));
  await educationOneHot.adapt(train.education);
  await occupationIds.adapt(train.occupation);

  const occupationVectors = layers
    .flatten()
    .apply(layers.embedding({ inputDim: occupationIds.vocabularySize(), outputDim: 4 }).apply(occupationIds.apply(occupation)));
  const features = layers
    .concatenate()
    .apply([
      ageNorm.apply(age),
      ageBins.apply(age),
      hoursNorm.apply(hours),
      educationOneHot.apply(education),
      occupationVectors,
      cityHash.apply(city),
    ]);
  const trunk = layers.dense({ units: 32, activation: 'relu' }).apply(features);
  return mtl.model({
    inputs: { age, hours, education, occupation, city },
    trunk,
    tasks: {
      income: { head: layers.dense({ units: 1, activation: 'sigmoid' }), loss: losses.binaryCrossentropy() },
      single: { head: layers.dense({ units: 1, activation: 'sigmoid' }), loss: losses.binaryCrossentropy() },
    },
    weighting: mtl.weighting.uncertainty(),
    optimizer: optimizers.adam({ learningRate: 0.01 }),
    seed: 5,
  });
}

const inputsOf = (rows: Rows) => ({
  age: column(rows.age),
  hours: column(rows.hours),
  education: rows.education,
  occupation: rows.occupation,
  city: rows.city,
});

function accuracy(probabilities: Float32Array, labels: Float32Array): number {
  let right = 0;
  probabilities.forEach((p, i) => (right += (p >= 0.5 ? 1 : 0) === labels[i] ? 1 : 0));
  return right / labels.length;
}

test('raw CSV columns → preprocessing in the graph → multi-task training; export runs in Python on raw strings, loads untrusted; save → load in a fresh process', async () => {
  const train = makeRows(2000, 1);
  const test = makeRows(400, 2);
  // Unseen values reach the model: an occupation not in the vocabulary (its OOV slot), a new city (hashed).
  test.occupation[0] = 'Armed-Forces';
  test.city[1] = 'Nowhere';
  const model = await buildModel(train);
  const dir = tempDir('tabular');
  try {
    await model.fit({ ...inputsOf(train), income: train.income, single: train.single }, { epochs: 6, batchSize: 64, verbose: false });
    const predicted = await model.predict(inputsOf(test), { batchSize: 200 });
    const income = predicted.income.data as Float32Array;
    const single = predicted.single.data as Float32Array;
    // The rules need the lookups (education, occupation) and the numbers (age, hours): a model
    // that ignored a column could not pass 80% on both (majority rates are below 66%).
    const majority = (labels: Float32Array) =>
      Math.max(
        labels.reduce((a, b) => a + b, 0),
        labels.length - labels.reduce((a, b) => a + b, 0),
      ) / labels.length;
    expect(majority(test.income)).toBeLessThan(0.66);
    expect(majority(test.single)).toBeLessThan(0.8);
    expect(accuracy(income, test.income)).toBeGreaterThan(0.8);
    expect(accuracy(single, test.single)).toBeGreaterThan(0.8);

    // (1) The export, run by Python TensorFlow on the raw columns.
    const exportDir = path.join(dir, 'export');
    await model.export(exportDir);
    const probe = 8;
    const feed = (name: string, values: Float32Array | string[]) =>
      values instanceof Float32Array
        ? { dtype: 'float32', shape: [probe, 1], values: Array.from(values.subarray(0, probe)) }
        : { dtype: 'string', shape: [probe], values: values.slice(0, probe) };
    const python = runPythonJson<{ v2: Array<Record<string, { values: number[] }>>; v2Error?: string }>('check_export.py', {
      dir: exportDir,
      calls: [
        {
          signature: 'serving_default',
          inputs: {
            age: feed('age', test.age),
            hours: feed('hours', test.hours),
            education: feed('education', test.education),
            occupation: feed('occupation', test.occupation),
            city: feed('city', test.city),
          },
        },
      ],
    });
    expect(python.v2Error).toBeUndefined();
    python.v2[0].income.values.forEach((v, i) => expect(Math.abs(v - income[i])).toBeLessThanOrEqual(1e-6));
    python.v2[0].single.values.forEach((v, i) => expect(Math.abs(v - single[i])).toBeLessThanOrEqual(1e-6));

    // The tables are in-memory (HashTableV2 filled by InitializeTableV2 from constants): the
    // untrusted check admits every op, and nothing reads a file.
    const info = savedModel.inspect(exportDir);
    expect(info.untrusted).toEqual([]);
    expect(Object.keys(info.opTypes)).toEqual(
      expect.arrayContaining(['HashTableV2', 'InitializeTableV2', 'LookupTableFindV2', 'StringToHashBucketFast', 'Bucketize']),
    );
    expect(Object.keys(info.opTypes).filter((op) => /File|Reader|Asset/.test(op))).toEqual([]);
    const untrusted = await savedModel.load(exportDir, { trust: 'untrusted' });
    try {
      const feedTensor = (values: Float32Array | string[]) =>
        values instanceof Float32Array
          ? tensor(Array.from(values.subarray(0, probe)), { shape: [probe, 1] } as never)
          : tensor(values.slice(0, probe), { dtype: 'string', shape: [probe] } as never);
      const out = await untrusted.run({
        age: feedTensor(test.age),
        hours: feedTensor(test.hours),
        education: feedTensor(test.education),
        occupation: feedTensor(test.occupation),
        city: feedTensor(test.city),
      });
      Array.from(out.income.data() as Float32Array).forEach((v, i) => expect(Math.abs(v - income[i])).toBeLessThanOrEqual(1e-6));
    } finally {
      await untrusted.close();
    }

    // (2) model.save → mtl.load in a fresh process, predicting the same rows.
    const saved = path.join(dir, 'saved');
    await model.save(saved);
    const child = runInChild(`
      const { mtl } = lib('index');
      const model = await mtl.load(${JSON.stringify(saved)});
      const inputs = JSON.parse(${JSON.stringify(JSON.stringify({ age: Array.from(test.age), hours: Array.from(test.hours), education: test.education, occupation: test.occupation, city: test.city }))});
      const out = await model.predict({ ...inputs, age: Float32Array.from(inputs.age), hours: Float32Array.from(inputs.hours) }, { batchSize: 200 });
      report({ income: Array.from(out.income.data), single: Array.from(out.single.data) });
      await model.close();
    `);
    expect(child.status).toBe(0);
    const reloaded = child.report as { income: number[]; single: number[] };
    expect(reloaded.income).toEqual(Array.from(income));
    expect(reloaded.single).toEqual(Array.from(single));
  } finally {
    await model.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
