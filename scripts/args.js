'use strict';
// The one command-line parser of the scripts and benchmarks, on node:util.parseArgs (the examples
// use its TypeScript twin, examples/flags.ts, with the same conventions). A script lists its
// options as an object of defaults whose camelCase keys are the kebab-case flags (`batchSize` is
// `--batch-size`); the default's type is the flag's type:
//   boolean → a switch (`--quick`); a key `noReadme` is the switch `--no-readme`
//   integer number → an integer flag, other number → a number flag (checked against rules.min)
//   string → a string flag (checked against rules.choices), array → a comma-separated list
//   null → no default; its type comes from rules.types ('integer', 'number', 'string', 'list')
// rules.positionals names keys read from the bare arguments instead, in order (required when
// their default is null). Unknown options, missing values and values of the wrong type are errors
// naming the program and listing the options, never ignored.

const { parseArgs } = require('util');

const kebab = (key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function usageError(program, message, defaults, rules) {
  return Object.assign(new Error(`${program}: ${message} (use ${optionList(defaults, rules)})`), { code: 'INVALID_ARGUMENT' });
}

function kindOf(key, defaults, rules) {
  const declared = rules.types && rules.types[key];
  if (declared) return declared;
  const value = defaults[key];
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (Array.isArray(value)) return 'list';
  return 'string';
}

const isPositional = (key, rules) => (rules.positionals || []).includes(key);
const positionalLabel = (key) => kebab(key).toUpperCase();

function optionList(defaults, rules = {}) {
  const flags = Object.keys(defaults)
    .filter((key) => !isPositional(key, rules))
    .map((key) => {
      const kind = kindOf(key, defaults, rules);
      const choices = rules.choices && rules.choices[key];
      const value = {
        boolean: '',
        integer: ' N',
        number: ' X',
        list: ` ${choices ? choices.join(',') : 'A,B'}`,
        string: ` ${choices ? choices.join('|') : 'VALUE'}`,
      }[kind];
      return `--${kebab(key)}${value}`;
    });
  const positionals = (rules.positionals || []).map((key) => {
    const choices = rules.choices && rules.choices[key];
    const shown = choices ? choices.join('|') : positionalLabel(key);
    return defaults[key] === null ? shown : `[${shown}]`;
  });
  return [...flags, ...positionals].join(', ') || 'no options';
}

/** The usage text `--help` prints: the options and their defaults. */
function usage(program, defaults, rules = {}) {
  const shown = Object.entries(defaults).filter(([, value]) => value !== null && value !== false && value !== '');
  const label = (key) => (isPositional(key, rules) ? positionalLabel(key) : `--${kebab(key)}`);
  const defaultsLine = shown.length
    ? `\ndefaults: ${shown.map(([key, value]) => `${label(key)} ${Array.isArray(value) ? value.join(',') : value}`).join(', ')}`
    : '';
  return `usage: ${rules.usage || program} [options]\noptions: ${optionList(defaults, rules)}${defaultsLine}`;
}

function convert(program, key, kind, text, defaults, rules, flag = `--${kebab(key)}`) {
  const min = rules.min && rules.min[key];
  const choices = rules.choices && rules.choices[key];
  if (kind === 'integer' || kind === 'number') {
    const value = text.trim() === '' ? NaN : Number(text);
    const integer = kind === 'integer';
    if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || (min !== undefined && value < min)) {
      const bound = min !== undefined ? ` >= ${min}` : '';
      throw usageError(
        program,
        `${flag} must be ${integer ? 'an integer' : 'a number'}${bound}, got ${JSON.stringify(text)}`,
        defaults,
        rules,
      );
    }
    return value;
  }
  const values = kind === 'list' ? text.split(',') : [text];
  const bad = values.find((v) => v === '' || (choices && !choices.includes(v)));
  if (bad !== undefined)
    throw usageError(program, `${flag} takes ${choices ? choices.join(', ') : 'a value'}, got ${JSON.stringify(text)}`, defaults, rules);
  return kind === 'list' ? values : text;
}

// util.parseArgs refuses `--seed -1` as ambiguous (the value looks like an option): say how to write it.
const valueProblem = (name, message) =>
  /does not take/.test(message)
    ? `${name} takes no value`
    : /ambiguous/.test(message)
      ? `${name} needs a value (one that starts with "-" is written ${name}=-...)`
      : `${name} needs a value`;

/**
 * Parses `argv` over `defaults` (see the file comment). rules: { min, choices, types, positionals,
 * usage }. Returns the options, or { help: true } for --help / -h; throws an Error with code
 * INVALID_ARGUMENT on a bad command line.
 */
function parseFlags(program, defaults, rules = {}, argv = process.argv.slice(2)) {
  const positionalKeys = rules.positionals || [];
  const flagKeys = Object.keys(defaults).filter((key) => !isPositional(key, rules));
  const options = { help: { type: 'boolean', short: 'h' } };
  for (const key of flagKeys) options[kebab(key)] = { type: kindOf(key, defaults, rules) === 'boolean' ? 'boolean' : 'string' };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: positionalKeys.length > 0 });
  } catch (error) {
    const name = (/'(-[^' ]*)/.exec(error.message) || [])[1];
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw usageError(program, `unknown option ${name}`, defaults, rules);
    if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw usageError(program, `unexpected argument ${JSON.stringify((/'(.*)'/.exec(error.message) || [])[1])}`, defaults, rules);
    if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw usageError(program, valueProblem(name, error.message), defaults, rules);
    throw error;
  }
  if (parsed.values.help) return { help: true };
  const given = { ...parsed.values };
  if (parsed.positionals.length > positionalKeys.length)
    throw usageError(program, `unexpected argument ${JSON.stringify(parsed.positionals[positionalKeys.length])}`, defaults, rules);
  positionalKeys.forEach((key, i) => (given[kebab(key)] = parsed.positionals[i]));
  const result = {};
  for (const key of Object.keys(defaults)) {
    const kind = kindOf(key, defaults, rules);
    const text = given[kebab(key)];
    const label = isPositional(key, rules) ? positionalLabel(key) : `--${kebab(key)}`;
    if (text === undefined && isPositional(key, rules) && defaults[key] === null)
      throw usageError(program, `missing ${label}`, defaults, rules);
    if (text === undefined) result[key] = Array.isArray(defaults[key]) ? [...defaults[key]] : defaults[key];
    else result[key] = kind === 'boolean' ? text : convert(program, key, kind, text, defaults, rules, label);
  }
  return result;
}

/** parseFlags for a script's main: --help prints the usage and exits 0; a bad command line prints the error and exits 2. */
function readFlags(program, defaults, rules = {}, argv = process.argv.slice(2)) {
  let result;
  try {
    result = parseFlags(program, defaults, rules, argv);
  } catch (error) {
    if (error.code !== 'INVALID_ARGUMENT') throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  if (result.help) {
    process.stdout.write(`${usage(program, defaults, rules)}\n`);
    process.exit(0);
  }
  return result;
}

module.exports = { parseFlags, readFlags, usage };
