// Lets a child process `require` the TypeScript sources directly (node -r test/support/register-ts.js),
// so that tests which must run code in a separate process (code that might crash it) test lib/ as it
// is, not a possibly stale dist/. Transpile only: type errors are tsc's and jest's job. Transpiled
// files are cached by content hash, so the many short-lived children of a test run start quickly.
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const cacheDir = path.join(os.tmpdir(), `hydra-tf-ts-cache-${process.getuid ? process.getuid() : 'user'}`);
let ts = null;

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha1').update(filename).update('\0').update(source).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, 'utf8');
  } catch {
    ts ??= require('typescript');
    output = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, inlineSourceMap: true },
    }).outputText;
    // Written under a unique name then renamed, so a concurrent reader never sees half a file.
    fs.mkdirSync(cacheDir, { recursive: true });
    const temporary = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, output);
    fs.renameSync(temporary, cached);
  }
  module._compile(output, filename);
};
