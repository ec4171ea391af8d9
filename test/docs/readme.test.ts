// The README's examples are code a new user copies: they must compile against the current API and
// run, and the numbers they promise (Python agrees with hydra-tf both ways) must hold. Also: the
// multi-task methods table of docs/multi-task.md lists every registered method, and every relative
// link of the documentation leads to a file and heading that exist.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { mtl } from '../../lib';
import { venvPython } from '../support/python';

const REPO = path.resolve(__dirname, '..', '..');
const README = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');

/** The fenced block right after `<!-- readme-example: NAME ... -->`. */
function example(name: string): string {
  const match = new RegExp(`<!-- readme-example: ${name}\\b[^>]*-->\\n\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\`\\n`).exec(README);
  if (!match) throw new Error(`README.md has no example marked "readme-example: ${name}"`);
  return match[1];
}

/** Type errors of a TypeScript example, with 'hydra-tf' resolved to lib/index.ts (strict, as the library). */
function typeErrors(source: string): string[] {
  const file = path.join(REPO, 'test', 'docs', '__readme_example__.ts');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts'],
    types: ['node'],
    typeRoots: [path.join(REPO, 'node_modules', '@types')],
    baseUrl: REPO,
    paths: { 'hydra-tf': ['lib/index.ts'] },
    skipLibCheck: true,
    esModuleInterop: true,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (path.resolve(name) === file ? source : readFile(name));
  host.fileExists = (
    (exists) => (name: string) =>
      path.resolve(name) === file || exists(name)
  )(host.fileExists.bind(host));
  host.getSourceFile = (name, language, onError, create) =>
    path.resolve(name) === file ? ts.createSourceFile(name, source, language) : getSourceFile(name, language, onError, create);
  const program = ts.createProgram([file], options, host);
  const sourceFile = program.getSourceFile(file)!;
  return [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)].map((d) => {
    const where = d.start !== undefined ? `line ${sourceFile.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
    return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
  });
}

/**
 * Runs a TypeScript example in a fresh Node process in `cwd`, 'hydra-tf' being lib/ from source;
 * `trailer` runs after it in the same scope and reports with `report(value)`.
 */
function runTs(source: string, trailer: string, cwd: string): unknown {
  const body = ts
    .transpileModule(`${source}\n${trailer}`, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    })
    .outputText.replace(/require\("hydra-tf"\)/g, `require(${JSON.stringify(path.join(REPO, 'lib'))})`);
  const script = path.join(cwd, `example-${process.hrtime.bigint()}.js`);
  fs.writeFileSync(
    script,
    `const report = (value) => require('fs').writeSync(1, 'REPORT ' + JSON.stringify(value) + '\\n');\n` +
      `(async () => {\n${body}\n})().catch((error) => { console.error(error); process.exitCode = 1; });\n`,
  );
  const result = spawnSync(process.execPath, ['-r', path.join(REPO, 'test', 'support', 'register-ts.js'), script], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '2' },
  });
  if (result.status !== 0)
    throw new Error(`the example failed (${result.signal ?? `exit ${result.status}`}):\n${(result.stderr ?? '').slice(-4000)}`);
  const line = result.stdout.split('\n').find((l) => l.startsWith('REPORT '));
  if (!line) throw new Error(`the example reported nothing; stdout:\n${result.stdout.slice(-2000)}`);
  return JSON.parse(line.slice('REPORT '.length));
}

/** Runs a Python example in `cwd`; `trailer` prints one JSON line last. */
function runPythonExample(source: string, trailer: string, cwd: string): unknown {
  const result = spawnSync(venvPython(), ['-c', `${source}\n${trailer}`], {
    cwd,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '2', CUDA_VISIBLE_DEVICES: '' },
  });
  if (result.status !== 0) throw new Error(`the Python example failed (exit ${result.status}):\n${result.stderr.slice(-4000)}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() as string);
}

const maxAbsDiff = (a: number[], b: number[]): number => {
  if (a.length !== b.length) throw new Error(`lengths differ: ${a.length} vs ${b.length}`);
  return a.reduce((max, v, i) => Math.max(max, Math.abs(v - b[i])), 0);
};

describe('README examples', () => {
  test('both TypeScript examples type-check against the current API', () => {
    expect(typeErrors(example('multi-task'))).toEqual([]);
    expect(typeErrors(example('saved-model'))).toEqual([]);
    // The check does catch a wrong call (so an empty list above means something).
    expect(typeErrors(`import { mtl } from 'hydra-tf';\nmtl.model({ inputs: {}, taks: {} });`).join('\n')).toMatch(/taks/);
  });

  test('they run: the multi-task model learns both tasks, Python runs its export, hydra-tf runs a Keras export as Keras does', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hydra-tf-readme-'));
    try {
      const trained = runTs(
        example('multi-task'),
        // The saved model, loaded back: what save wrote is what was trained.
        `const loaded = await mtl.load('out/two-tasks');
         report({ price: Array.from(price), evaluation: await loaded.evaluate(columns, { verbose: 0 }),
           ones: Array.from((await loaded.predict({ features: new Float32Array(8).fill(1) })).price.data as Float32Array) });
         await loaded.close();`,
        dir,
      ) as { price: number[]; evaluation: Record<string, number>; ones: number[] };
      // A model that learned nothing has an MSE of price's variance (about 4.4 for these features) and 50% accuracy
      // (the classes are balanced by symmetry); the rule is linear in two features, the price smooth.
      const prices = trained.price;
      const mean = prices.reduce((a, b) => a + b, 0) / prices.length;
      const variance = prices.reduce((a, b) => a + (b - mean) ** 2, 0) / prices.length;
      expect(trained.evaluation.price_loss).toBeLessThan(0.1 * variance);
      expect(trained.evaluation.premium_accuracy).toBeGreaterThan(0.9);
      expect(fs.existsSync(path.join(dir, 'out', 'two-tasks', 'config.json'))).toBe(true);

      const served = runPythonExample(
        example('python-load'),
        "import json\nprint(json.dumps({k: v.numpy().reshape(-1).tolist() for k, v in served.signatures['serving_default'](features=tf.ones([1, 8])).items()}))",
        dir,
      ) as Record<string, number[]>;
      expect(Object.keys(served).sort()).toEqual(['premium', 'price']);
      expect(maxAbsDiff(served.price, trained.ones)).toBeLessThan(1e-5);

      const probe = [[0.1, 0.2, 0.3, 0.4]];
      const keras = runPythonExample(
        example('python-export'),
        `import json, numpy\nprint(json.dumps(model.predict(numpy.array(${JSON.stringify(probe)}, dtype="float32"), verbose=0).tolist()))`,
        dir,
      ) as number[][];
      const ours = runTs(example('saved-model'), 'report(output_0.array());', dir) as number[][];
      expect(ours).toHaveLength(1);
      expect(maxAbsDiff(ours[0], keras[0])).toBeLessThan(1e-6);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('docs/multi-task.md', () => {
  const doc = fs.readFileSync(path.join(REPO, 'docs', 'multi-task.md'), 'utf8');
  const rows = doc.split('\n').filter((line) => /^\| `[A-Za-z_]+` \|/.test(line));
  const row = (name: string) => rows.find((line) => line.startsWith(`| \`${name}\` |`));

  test('the methods table has a row for every registered weighting and every architecture, each naming an existing test', () => {
    const architectures = Object.entries(mtl.architectures)
      .filter(([name, value]) => typeof value === 'function' && /^[a-z]/.test(name) && !['get', 'serialize'].includes(name))
      .map(([name]) => name);
    expect(mtl.weighting.names().length).toBeGreaterThanOrEqual(18);
    expect(architectures.length).toBeGreaterThanOrEqual(6);
    const missing = [
      ...mtl.weighting.names().filter((name) => !row(name)),
      ...architectures.filter((name) => !rows.some((line) => line.includes(`mtl.architectures.${name}(`))),
    ];
    expect(missing).toEqual([]);
    for (const line of rows) {
      const tests = [...line.matchAll(/\]\(\.\.\/(test\/[^)]+)\)/g)].map((m) => m[1]);
      expect([line, tests.length > 0]).toEqual([line, true]);
      for (const file of tests) expect([file, fs.existsSync(path.join(REPO, file))]).toEqual([file, true]);
    }
    // The README's counts follow the registry.
    expect(README).toContain(
      `${mtl.weighting.names().length} loss-based and gradient-based weighting strategies and ${architectures.length} MTL`,
    );
  });
});

describe('documentation links', () => {
  /** GitHub's anchor for a heading: lower case, punctuation other than - and _ dropped, spaces as -. */
  const slug = (heading: string) =>
    heading
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
  const anchors = (file: string) => {
    const text = fs.readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
    return new Set([...text.matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1])));
  };
  const docs = [
    'README.md',
    'examples/README.md',
    'bench/README.md',
    ...fs
      .readdirSync(path.join(REPO, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];

  test.each(docs)('%s: every relative link leads to an existing file and heading', (doc) => {
    const text = fs
      .readFileSync(path.join(REPO, doc), 'utf8')
      .replace(/^```[\s\S]*?^```/gm, '')
      .replace(/`[^`\n]*`/g, ''); // code is not a link
    const broken: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      const [file, anchor] = target.split('#');
      const resolved = file ? path.resolve(path.dirname(path.join(REPO, doc)), file) : path.join(REPO, doc);
      if (!fs.existsSync(resolved)) broken.push(`${target}: no file ${path.relative(REPO, resolved)}`);
      else if (anchor && resolved.endsWith('.md') && !anchors(resolved).has(anchor)) broken.push(`${target}: no heading #${anchor}`);
    }
    expect(broken).toEqual([]);
  });
});
