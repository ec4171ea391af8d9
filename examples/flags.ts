/**
 * Command-line flags of the examples, on node:util.parseArgs: the TypeScript twin of
 * scripts/args.js (the scripts' and benchmarks' parser), with the same conventions. Flags are
 * `--name value` or `--name=value` over an object of defaults whose camelCase keys are the
 * kebab-case flags (`batchSize` is `--batch-size`); the default's type is the flag's type:
 * a boolean is a switch, a number flag whose default is an integer takes integers only (at least
 * `min`, default 1), a string flag may list its accepted values (a comma-separated list of them
 * when `list` names it); `positionals` are read from the bare arguments. Unknown options and bad values are errors that name the example and list
 * the options; `--help` prints the options and the defaults.
 */
import { parseArgs } from 'util';

export type FlagValues = Record<string, number | string | boolean | null>;

export interface FlagRules<T extends FlagValues> {
  /** Smallest accepted value of a number flag (default 1; give 0 for seeds). */
  min?: Partial<Record<keyof T, number>>;
  /** Accepted values of a string flag. */
  choices?: Partial<Record<keyof T, readonly string[]>>;
  /** String flags that take a comma-separated list of `choices`. */
  list?: Array<keyof T>;
  /** Keys read from the bare arguments instead, in order (required when their default is null). */
  positionals?: Array<keyof T>;
}

/** A command line the example cannot run with; `message` names the example and lists the options. */
export class FlagError extends Error {
  readonly code = 'INVALID_ARGUMENT';
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const isPositional = <T extends FlagValues>(key: string, rules: FlagRules<T>) => rules.positionals?.includes(key) ?? false;

function optionList<T extends FlagValues>(defaults: T, rules: FlagRules<T>): string {
  const positionals = (rules.positionals ?? []).map((key) =>
    defaults[key] === null ? kebab(String(key)).toUpperCase() : `[${kebab(String(key)).toUpperCase()}]`,
  );
  const flags = Object.keys(defaults)
    .filter((key) => !isPositional(key, rules))
    .map((key) => {
      const choices = rules.choices?.[key];
      const fallback = defaults[key];
      if (typeof fallback === 'boolean') return `--${kebab(key)}`;
      const value = choices
        ? choices.join(rules.list?.includes(key) ? ',' : '|')
        : typeof fallback !== 'number'
          ? 'VALUE'
          : Number.isInteger(fallback)
            ? 'N'
            : 'X';
      return `--${kebab(key)} ${value}`;
    });
  return [...flags, ...positionals].join(', ');
}

/** What --help prints: the options and their defaults. */
export function usage<T extends FlagValues>(defaults: T, rules: FlagRules<T> = {}): string {
  const shown = Object.entries(defaults).filter(([, value]) => value !== false && value !== null && value !== '');
  const label = (key: string) => (isPositional(key, rules) ? kebab(key).toUpperCase() : `--${kebab(key)}`);
  const defaultsLine = shown.length ? `\ndefaults: ${shown.map(([key, value]) => `${label(key)} ${value}`).join(', ')}` : '';
  return `options: ${optionList(defaults, rules)}${defaultsLine}`;
}

/** The defaults overridden by `argv`, or 'help' for --help / -h; throws a FlagError on a bad command line. */
export function parseFlags<T extends FlagValues>(
  name: string,
  defaults: T,
  rules: FlagRules<T> = {},
  argv = process.argv.slice(2),
): T | 'help' {
  const fail = (message: string) => new FlagError(`${name}: ${message} (use ${optionList(defaults, rules)})`);
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const [key, value] of Object.entries(defaults))
    if (!isPositional(key, rules)) options[kebab(key)] = { type: typeof value === 'boolean' ? 'boolean' : 'string' };
  const positionalKeys = (rules.positionals ?? []).map(String);
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: positionalKeys.length > 0 });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const flag = /'(-[^' ]*)/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw fail(`unknown option ${flag}`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw fail(`unexpected argument ${JSON.stringify(/'(.*)'/.exec(message)?.[1])}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // util.parseArgs refuses `--seed -1` as ambiguous (the value looks like an option): say how to write it.
      const ambiguous = /ambiguous/.test(message) ? ` (one that starts with "-" is written ${flag}=-...)` : '';
      throw fail(/does not take/.test(message) ? `${flag} takes no value` : `${flag} needs a value${ambiguous}`);
    }
    throw error;
  }
  const values = { ...parsed.values };
  if (values.help) return 'help';
  if (parsed.positionals.length > positionalKeys.length)
    throw fail(`unexpected argument ${JSON.stringify(parsed.positionals[positionalKeys.length])}`);
  positionalKeys.forEach((key, i) => (values[kebab(key)] = parsed.positionals[i]));
  const result: FlagValues = { ...defaults };
  for (const [key, fallback] of Object.entries(defaults)) {
    const flag = isPositional(key, rules) ? kebab(key).toUpperCase() : `--${kebab(key)}`;
    const given = values[kebab(key)];
    if (given === undefined && fallback === null && isPositional(key, rules)) throw fail(`missing ${flag}`);
    if (given === undefined || typeof given === 'boolean') {
      if (given !== undefined) result[key] = given;
      continue;
    }
    if (typeof fallback === 'number') {
      const n = given.trim() === '' ? NaN : Number(given);
      const min = rules.min?.[key] ?? 1;
      const integer = Number.isInteger(fallback);
      if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min)
        throw fail(`${flag} must be ${integer ? 'an integer' : 'a number'} >= ${min}, got ${JSON.stringify(given)}`);
      result[key] = n;
    } else {
      const choices = rules.choices?.[key];
      const parts = rules.list?.includes(key) ? given.split(',') : [given];
      if (parts.some((v) => v === '' || (choices !== undefined && !choices.includes(v))))
        throw fail(`${flag} takes ${choices ? choices.join(', ') : 'a value'}, got ${JSON.stringify(given)}`);
      result[key] = given;
    }
  }
  return result as T;
}

/** parseFlags for an example's main: --help prints the usage and exits 0; a bad command line prints the error and exits 2. */
export function readFlags<T extends FlagValues>(name: string, defaults: T, rules: FlagRules<T> = {}, argv = process.argv.slice(2)): T {
  let result: T | 'help';
  try {
    result = parseFlags(name, defaults, rules, argv);
  } catch (error) {
    if (!(error instanceof FlagError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  if (result === 'help') {
    process.stdout.write(`${usage(defaults, rules)}\n`);
    process.exit(0);
  }
  return result;
}
