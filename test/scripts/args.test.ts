// The command-line parser of the scripts and benchmarks (scripts/args.js) and its TypeScript twin
// of the examples (examples/flags.ts): typed values over defaults, and errors (never silence) for
// unknown options, missing values and values out of range.
import { spawnSync } from 'child_process';
import * as path from 'path';
import { FlagError, parseFlags as parseExampleFlags } from '../../examples/flags';

const root = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseFlags, usage } = require('../../scripts/args.js') as {
  parseFlags: (
    program: string,
    defaults: Record<string, unknown>,
    rules?: Record<string, unknown>,
    argv?: string[],
  ) => Record<string, unknown>;
  usage: (program: string, defaults: Record<string, unknown>, rules?: Record<string, unknown>) => string;
};

const BENCH = { quick: false, rounds: null, only: ['a', 'b', 'c'], noReadme: false };
const BENCH_RULES = { types: { rounds: 'integer' }, min: { rounds: 1 }, choices: { only: ['a', 'b', 'c', 'm'] } };
const bench = (...argv: string[]) => parseFlags('bench', BENCH, BENCH_RULES, argv);
const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected the command line to be refused');
};

describe('scripts/args.js', () => {
  test('no arguments: the defaults, with list defaults copied', () => {
    const options = bench();
    expect(options).toEqual({ quick: false, rounds: null, only: ['a', 'b', 'c'], noReadme: false });
    (options.only as string[]).push('m');
    expect(BENCH.only).toEqual(['a', 'b', 'c']);
  });

  test('values are typed: switches, integers, numbers, strings and comma-separated lists; camelCase keys are kebab-case flags', () => {
    expect(bench('--quick', '--rounds', '3', '--only=a,m', '--no-readme')).toEqual({
      quick: true,
      rounds: 3,
      only: ['a', 'm'],
      noReadme: true,
    });
    const options = parseFlags('x', { learningRate: 0.5, batchSize: 32, out: null }, { types: { out: 'string' } }, [
      '--learning-rate',
      '1e-3',
      '--batch-size=64',
      '--out',
      '/tmp/a=b',
    ]);
    expect(options).toEqual({ learningRate: 0.001, batchSize: 64, out: '/tmp/a=b' });
  });

  test('an unknown option is an error naming the program and listing the options', () => {
    const error = failure(() => bench('--rounds', '2', '--foo'));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toBe('bench: unknown option --foo (use --quick, --rounds N, --only a,b,c,m, --no-readme)');
    // A camelCase spelling of a kebab-case flag is unknown too (the benchmarks once accepted any key).
    expect(failure(() => parseFlags('x', { batchSize: 1 }, {}, ['--batchSize', '2'])).message).toMatch(
      /^x: unknown option --batchSize \(use --batch-size N\)$/,
    );
    expect(failure(() => bench('-q')).message).toMatch(/^bench: unknown option -q /);
  });

  test('a missing value, a value given to a switch and a stray argument are errors', () => {
    expect(failure(() => bench('--rounds')).message).toMatch(/^bench: --rounds needs a value /);
    expect(failure(() => bench('--rounds', '--quick')).message).toMatch(
      /^bench: --rounds needs a value \(one that starts with "-" is written --rounds=-\.\.\.\) /,
    );
    expect(failure(() => bench('--quick=yes')).message).toMatch(/^bench: --quick takes no value /);
    expect(failure(() => bench('extra')).message).toMatch(/^bench: unexpected argument "extra" /);
  });

  test('numbers out of type or range and values outside the choices are errors', () => {
    expect(failure(() => bench('--rounds', '2.5')).message).toMatch(/^bench: --rounds must be an integer >= 1, got "2.5" /);
    expect(failure(() => bench('--rounds', '0')).message).toMatch(/--rounds must be an integer >= 1, got "0"/);
    expect(failure(() => bench('--rounds', '')).message).toMatch(/--rounds must be an integer >= 1, got ""/);
    expect(failure(() => parseFlags('x', { rate: 0.1 }, {}, ['--rate', 'fast'])).message).toMatch(/--rate must be a number, got "fast"/);
    expect(failure(() => bench('--only', 'a,z')).message).toMatch(/--only takes a, b, c, m, got "a,z"/);
    expect(failure(() => bench('--only', 'a,,b')).message).toMatch(/--only takes a, b, c, m, got "a,,b"/);
  });

  test('positionals: in order, typed, with defaults; a required one missing or one too many is an error', () => {
    const rules = { positionals: ['mode', 'count'], choices: { mode: ['tensor', 'run'] }, min: { count: 1 } };
    const defaults = { mode: 'tensor', count: 2000, gc: false };
    expect(parseFlags('memory', defaults, rules, [])).toEqual({ mode: 'tensor', count: 2000, gc: false });
    expect(parseFlags('memory', defaults, rules, ['run', '50', '--gc'])).toEqual({ mode: 'run', count: 50, gc: true });
    expect(failure(() => parseFlags('memory', defaults, rules, ['walk'])).message).toMatch(
      /^memory: MODE takes tensor, run, got "walk" \(use --gc, \[tensor\|run\], \[COUNT\]\)$/,
    );
    expect(failure(() => parseFlags('memory', defaults, rules, ['run', '0'])).message).toMatch(/COUNT must be an integer >= 1/);
    expect(failure(() => parseFlags('memory', defaults, rules, ['run', '5', '6'])).message).toMatch(/unexpected argument "6"/);
    expect(
      failure(() => parseFlags('serve', { dir: null, runs: 3 }, { positionals: ['dir'], types: { dir: 'string' } }, ['--runs', '4']))
        .message,
    ).toMatch(/^serve: missing DIR /);
  });

  test('--help and -h ask for the usage, which lists the options and the defaults', () => {
    expect(bench('--rounds', '2', '--help')).toEqual({ help: true });
    expect(bench('-h')).toEqual({ help: true });
    expect(usage('bench', BENCH, { ...BENCH_RULES, usage: 'npm run bench --' })).toBe(
      'usage: npm run bench -- [options]\noptions: --quick, --rounds N, --only a,b,c,m, --no-readme\ndefaults: --only a,b,c',
    );
  });

  test('a script refuses a bad command line with exit status 2 before doing any work, and prints its usage for --help', () => {
    const bad = spawnSync(process.execPath, [path.join(root, 'bench', 'run.js'), '--quick', '--foo'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('bench: unknown option --foo (use --quick, --rounds N, --only a,b,c,d,e,f,p,m, --no-readme)');
    expect(bad.stdout).toBe('');
    const help = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-examples.js'), '--help'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: build-examples \[options\]\noptions: --out VALUE\n/);
  });
});

describe('examples/flags.ts', () => {
  const DEFAULTS = { epochs: 5, seed: 1, learningRate: 0.003, methods: 'equal,dwa', distributed: false };
  const RULES = { min: { seed: 0, learningRate: 1e-6 }, choices: { methods: ['equal', 'dwa', 'pcgrad'] }, list: ['methods' as const] };
  const parse = (...argv: string[]) => parseExampleFlags('example', DEFAULTS, RULES, argv);
  const refused = (...argv: string[]) => {
    try {
      parse(...argv);
    } catch (error) {
      expect(error).toBeInstanceOf(FlagError);
      return (error as FlagError).message;
    }
    throw new Error('expected the command line to be refused');
  };

  test('the defaults overridden by typed values', () => {
    expect(parse()).toEqual(DEFAULTS);
    expect(parse('--epochs=2', '--seed', '0', '--learning-rate', '0.01', '--methods', 'pcgrad,equal', '--distributed')).toEqual({
      epochs: 2,
      seed: 0,
      learningRate: 0.01,
      methods: 'pcgrad,equal',
      distributed: true,
    });
    expect(parse('-h')).toBe('help');
  });

  test('unknown options, missing values and bad values are errors naming the example', () => {
    expect(refused('--epoch', '3')).toBe(
      'example: unknown option --epoch (use --epochs N, --seed N, --learning-rate X, --methods equal,dwa,pcgrad, --distributed)',
    );
    expect(refused('--epochs')).toMatch(/^example: --epochs needs a value /);
    expect(refused('--epochs', '0')).toMatch(/--epochs must be an integer >= 1, got "0"/);
    expect(refused('--epochs', '1.5')).toMatch(/--epochs must be an integer >= 1, got "1.5"/);
    expect(refused('--seed', '-1')).toMatch(/^example: --seed needs a value \(one that starts with "-" is written --seed=-\.\.\.\) /);
    expect(refused('--seed=-1')).toMatch(/--seed must be an integer >= 0, got "-1"/);
    expect(refused('--methods', 'equal,mgda')).toMatch(/--methods takes equal, dwa, pcgrad, got "equal,mgda"/);
    expect(refused('--distributed=yes')).toMatch(/--distributed takes no value/);
    expect(refused('stray')).toMatch(/unexpected argument "stray"/);
  });

  test('positionals: a required one missing is an error', () => {
    expect(parseExampleFlags('prune', { tfmotJson: null as string | null }, { positionals: ['tfmotJson'] }, ['/tmp/a.json'])).toEqual({
      tfmotJson: '/tmp/a.json',
    });
    expect(() => parseExampleFlags('prune', { tfmotJson: null as string | null }, { positionals: ['tfmotJson'] }, [])).toThrow(
      /^prune: missing TFMOT-JSON /,
    );
  });
});

describe('bin/hydra-tf.js', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(root, 'bin', 'hydra-tf.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 30000 });

  test('an unknown option of a command is refused before the library loads (doctor once ignored it)', () => {
    const doctor = cli('doctor', '--jsn');
    expect(doctor.status).toBe(1);
    expect(doctor.stderr).toBe('hydra-tf doctor: unknown option --jsn\nusage: hydra-tf doctor [--json]\n');
    expect(doctor.stdout).toBe('');
    const inspect = cli('inspect', '/some/model', '--json', '--tag', 'serve');
    expect(inspect.status).toBe(1);
    expect(JSON.parse(inspect.stdout)).toEqual({
      error: {
        code: 'INVALID_ARGUMENT',
        message: 'unknown option --tag\nusage: hydra-tf inspect <saved-model-dir> [--tags serve,gpu] [--json]',
      },
    });
    const tags = cli('inspect', '/some/model', '--tags');
    expect(tags.stderr).toBe(
      'hydra-tf inspect: --tags needs a value\nusage: hydra-tf inspect <saved-model-dir> [--tags serve,gpu] [--json]\n',
    );
  });
});
