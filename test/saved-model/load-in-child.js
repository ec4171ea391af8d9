// Runs savedModel.load (then one run of serving_default) or savedModel.inspect in a child
// process, for the tests whose failure mode is a hang of the event loop or a crash of the whole
// process: the parent test sees a timeout or a signal instead of hanging or dying itself.
// Usage: node load-in-child.js '[{"what": "load"|"inspect", "dir": ..., "trust": "trusted"|"untrusted"}, ...]'
// Prints one JSON line: an array with, per job, {"ok": true, ...} or {"ok": false, "code", "message"}.
'use strict';
// The library's TypeScript sources, compiled on the fly (the one loader for child processes).
require('../support/register-ts.js');

const { savedModel } = require('../../lib');

async function job({ what, dir, trust = 'untrusted' }) {
  if (what === 'inspect') {
    const info = savedModel.inspect(dir);
    return { ok: true, untrusted: info.untrusted, compatibility: info.compatibility };
  }
  const model = await savedModel.load(dir, { trust });
  try {
    const signature = model.signatures.serving_default;
    if (signature && Object.keys(signature.inputs).every((key) => key === 'x')) {
      const outputs = await model.run(Object.keys(signature.inputs).length ? { x: 1 } : {});
      return {
        ok: true,
        outputs: Object.fromEntries(
          Object.entries(outputs).map(([key, tensor]) => [key, tensor.dtype === 'string' ? tensor.strings() : Array.from(tensor.data())]),
        ),
      };
    }
    return { ok: true };
  } finally {
    model.dispose();
  }
}

async function main() {
  const results = [];
  for (const spec of JSON.parse(process.argv[2])) {
    const started = Date.now();
    try {
      results.push({ ...(await job(spec)), ms: Date.now() - started });
    } catch (error) {
      results.push({ ok: false, code: error.code, message: error.message, ms: Date.now() - started });
    }
  }
  console.log(JSON.stringify(results));
}

main();
