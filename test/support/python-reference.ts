// Python-made references cached under test/fixtures/generated/<name>: the generator runs again
// only when its stamp (sha256 of the script and requirements.txt) is stale. The stamp is written
// last (by the script, or here after it succeeded), so an interrupted run is redone. Without the
// Python environment this FAILS with the command that creates it.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { PY_DIR, REPO, runPythonSync, type PythonOptions } from './python';

/** Runs test/fixtures/python/<script> OUT_DIR when stale; returns OUT_DIR (test/fixtures/generated/<name>). */
export function generatedReference(
  script: string,
  name: string,
  options: Pick<PythonOptions, 'timeoutMs' | 'purpose' | 'env'> = {},
): string {
  const generator = path.join(PY_DIR, script);
  const out = path.join(REPO, 'test', 'fixtures', 'generated', name);
  const wanted = crypto
    .createHash('sha256')
    .update(fs.readFileSync(generator))
    .update(fs.readFileSync(path.join(PY_DIR, 'requirements.txt')))
    .digest('hex');
  const stampFile = path.join(out, '.stamp');
  const stamp = () => (fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8').trim() : '');
  if (stamp() !== wanted) {
    const started = Date.now();
    runPythonSync([generator, out], { timeoutMs: 600_000, ...options });
    if (stamp() !== wanted) fs.writeFileSync(stampFile, `${wanted}\n`);
    console.log(`${script} made test/fixtures/generated/${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return out;
}
