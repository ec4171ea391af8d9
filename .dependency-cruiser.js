// The import rules of DESIGN.md section 3, checked by `npm test` (scripts/check-layers.js).
//  - Each layer of lib/ imports only the layers below it (data sits beside nn and saved-model
//    and imports core only; lib/index.ts, the package entry, may import every layer).
//  - Another layer's folder is entered through its index.ts: what a layer offers the ones
//    above it is what that file exports. Inside a layer, relative imports are free.
'use strict';

/** For each layer, the layers it may import. */
const BELOW = {
  proto: [],
  core: ['proto'],
  ops: ['core', 'proto'],
  data: ['core'],
  nn: ['ops', 'core', 'proto'],
  'saved-model': ['ops', 'core', 'proto'],
  train: ['nn', 'data', 'saved-model', 'ops', 'core', 'proto'],
  mtl: ['train', 'nn', 'data', 'saved-model', 'ops', 'core', 'proto'],
};
const LAYERS = Object.keys(BELOW);
const escape = (name) => name.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');

const layerRules = LAYERS.map((layer) => {
  const notAllowed = LAYERS.filter((other) => other !== layer && !BELOW[layer].includes(other));
  return {
    name: `layer-${layer}`,
    comment: `lib/${layer} may import only ${BELOW[layer].map((l) => `lib/${l}`).join(', ') || 'nothing else in lib'} (DESIGN.md section 3)`,
    severity: 'error',
    from: { path: `^lib/${escape(layer)}/` },
    to: { path: `^lib/(${notAllowed.map(escape).join('|')})/` },
  };
});

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'enter-through-index',
      comment: "another layer's folder is entered through its index.ts (export what the layer above needs from there)",
      severity: 'error',
      from: { path: '^lib/([^/]+)/' },
      to: { path: '^lib/([^/]+)/', pathNot: ['^lib/$1/', '^lib/[^/]+/index\\.ts$'] },
    },
    {
      name: 'no-unresolvable',
      comment: 'an import in lib/ that does not resolve to a file or a package is a typo or a missing dependency',
      severity: 'error',
      from: { path: '^lib/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|build)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Dynamic require() calls count: a lazy require of a higher layer is still an upward import.
    parser: 'tsc',
  },
};
