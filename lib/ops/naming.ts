/**
 * JS names for TensorFlow's op, argument and attribute names. Shared by the generator (which
 * writes the names into lib/ops/generated) and the builder (which maps option keys and output
 * keys back at run time), so the two can never disagree.
 */

/** Words a function or parameter may not be called in strict-mode TypeScript. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval'
  ).split(' '),
);

/**
 * Names hand-written composites (lib/ops/composites.ts) own: an op whose camelCase name is one
 * of these is generated with an `Op` suffix instead (Cast → castOp, OneHot → oneHotOp), so
 * `import { cast }` gets the friendlier composite.
 */
export const COMPOSITE_NAMES: ReadonlySet<string> = new Set(['constant', 'cast', 'oneHot']);

/** Keys every op's options object has besides its attributes. */
export const COMMON_OPTION_KEYS: ReadonlySet<string> = new Set(['name', 'device', 'controlInputs', 'graph']);

/**
 * lowerCamelCase of a TensorFlow CamelCase name: a leading run of capitals is lowered as one
 * word (LRN → lrn, LRNGrad → lrnGrad, MatMul → matMul), and the "2D"/"3D" of convolutions and
 * FFTs reads as one token (Conv2D → conv2d, Conv2DBackpropInput → conv2dBackpropInput).
 */
export function lowerCamel(name: string): string {
  const lead = /^[A-Z]+/.exec(name)?.[0] ?? '';
  let head: string;
  if (lead.length <= 1 || lead.length === name.length || !/[a-z]/.test(name[lead.length])) head = lead.toLowerCase();
  else head = lead.slice(0, -1).toLowerCase() + lead[lead.length - 1];
  const rest = name.slice(head.length);
  return (head + rest).replace(/(\d)D(?=$|[A-Z0-9_])/g, '$1d');
}

/** camelCase of a snake_case or CamelCase argument/attribute name (transpose_a → transposeA, DstT → dstT). */
export function camelIdentifier(name: string): string {
  const words = name.split('_').filter((word) => word.length > 0);
  if (words.length === 0) return name;
  return words.map((word, i) => (i === 0 ? lowerCamel(word) : word[0].toUpperCase() + word.slice(1))).join('');
}

/** Whether a TF name yields a sane JS identifier (letters and digits, starting with a letter). */
export function isSaneName(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_]*$/.test(name);
}

/** The generated function's name for an op type. */
export function opFunctionName(opName: string): string {
  const base = lowerCamel(opName);
  return RESERVED_WORDS.has(base) || COMPOSITE_NAMES.has(base) ? `${base}Op` : base;
}

/** The key of an attribute in an op's `options` object (attrs sharing a name with a common option get `Attr`). */
export function attrKey(attrName: string): string {
  const key = camelIdentifier(attrName);
  return COMMON_OPTION_KEYS.has(key) ? `${key}Attr` : key;
}

/** The key of an output in a multi-output op's result object. */
export function outputKey(argName: string): string {
  return camelIdentifier(argName);
}

/** The parameter name of an input argument (reserved words and the other parameters get `Input`). */
export function inputParameterName(argName: string): string {
  const name = camelIdentifier(argName);
  return RESERVED_WORDS.has(name) || name === 'options' || name === 'graph' ? `${name}Input` : name;
}
