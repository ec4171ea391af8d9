// Runs a TypeScript file in a fresh node process (tests that need a second process: restoring a
// checkpoint written elsewhere, killing a run mid-epoch). Each .ts file is transpiled on require,
// as ts-jest does with isolatedModules; usage: node test/helpers/ts-child.js <script.ts> [args...]
'use strict';
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: false },
  });
  module._compile(outputText, filename);
};

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(script), ...args];
require(path.resolve(script));
