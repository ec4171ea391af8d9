/**
 * Command-line flags for the multi-task examples: `--name value` or `--name=value` over an
 * object of defaults, whose camelCase keys are the kebab-case flags (`batchSize` is
 * `--batch-size`). A number flag whose default is an integer takes integers only; a string
 * flag may list its accepted values (a comma-separated list when `list` is set).
 * A bad flag prints the usage and exits with status 2; `--help` prints the defaults.
 */

export type FlagValues = Record<string, number | string>;

export interface FlagRules<T extends FlagValues> {
  /** Smallest accepted value of a number flag (default 1; give 0 for seeds). */
  min?: Partial<Record<keyof T, number>>;
  /** Accepted values of a string flag. */
  choices?: Partial<Record<keyof T, readonly string[]>>;
  /** String flags that take a comma-separated list of `choices`. */
  list?: Array<keyof T>;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function usage<T extends FlagValues>(defaults: T, rules: FlagRules<T> = {}): string {
  return `options: ${Object.keys(defaults)
    .map((key) => {
      const choices = rules.choices?.[key];
      const value = choices ? choices.join(rules.list?.includes(key) ? ',' : '|') : typeof defaults[key] === 'number' ? 'N' : 'VALUE';
      return `--${kebab(key)} ${value}`;
    })
    .join('  ')}`;
}

/** The defaults overridden by the command line. */
export function parseFlags<T extends FlagValues>(name: string, defaults: T, rules: FlagRules<T> = {}, argv = process.argv.slice(2)): T {
  const options: FlagValues = { ...defaults };
  const byFlag = new Map(Object.keys(defaults).map((key) => [`--${kebab(key)}`, key]));
  const fail = (message: string): never => {
    process.stderr.write(`${name}: ${message}\n${usage(defaults, rules)}\n`);
    process.exit(2);
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2) as [string, string | undefined];
    if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${usage(defaults, rules)}\ndefaults: ${JSON.stringify(defaults)}\n`);
      process.exit(0);
    }
    const key = byFlag.get(flag);
    if (key === undefined) return fail(`unknown option ${JSON.stringify(flag)}`);
    const value = inline ?? argv[++i];
    if (value === undefined) return fail(`${flag} needs a value`);
    const fallback = defaults[key];
    if (typeof fallback === 'number') {
      const n = Number(value);
      const min = rules.min?.[key] ?? 1;
      const integer = Number.isInteger(fallback);
      if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min) fail(`${flag} must be ${integer ? 'an integer' : 'a number'} >= ${min}, got ${JSON.stringify(value)}`);
      options[key] = n;
    } else {
      const choices = rules.choices?.[key];
      const values = rules.list?.includes(key) ? value.split(',') : [value];
      const bad = choices ? values.find((v) => !choices.includes(v)) : undefined;
      if (bad !== undefined || values.some((v) => v === '')) fail(`${flag} takes ${choices ? choices.join(', ') : 'a value'}, got ${JSON.stringify(value)}`);
      options[key] = value;
    }
  }
  return options as T;
}
