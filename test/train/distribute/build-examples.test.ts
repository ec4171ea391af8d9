// `hydra-tf launch --workers 2 -- npm run demo -- --distributed` compiles the examples in every
// worker at once (scripts/build-examples.js): two concurrent builds into one directory must both
// succeed, and no reader may ever see a partly written file while they run.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { tempDir } from '../../support/tmp';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

function jsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(full);
    return entry.name.endsWith('.js') ? [full] : [];
  });
}

/** A compiled file is complete when it ends with tsc's source map comment (its last line). */
function complete(file: string, text: string): boolean {
  return text.trimEnd().endsWith(`//# sourceMappingURL=${path.basename(file)}.map`);
}

function build(out: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'build-examples.js'), '--out', out], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

test('two concurrent example builds into one directory both succeed, and a reader never sees a partial file', async () => {
  const parent = tempDir('build-examples');
  const out = path.join(parent, 'dist');
  try {
    const partial: string[] = [];
    let reads = 0;
    let running = true;
    // The reader a worker's lazy require() would be: every compiled file, over and over, while the builds run.
    const reader = (async () => {
      while (running) {
        for (const file of jsFiles(out)) {
          let text: string;
          try {
            text = fs.readFileSync(file, 'utf8');
          } catch {
            continue; // not there yet
          }
          reads++;
          if (!complete(file, text)) partial.push(`${path.relative(out, file)} (${text.length} chars)`);
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const results = await Promise.all([build(out), build(out)]);
    running = false;
    await reader;
    for (const result of results) expect({ code: result.code, stderr: result.stderr.slice(-2000) }).toEqual({ code: 0, stderr: '' });
    expect(partial).toEqual([]);
    expect(reads).toBeGreaterThan(0);
    const files = jsFiles(out);
    expect(files).toContain(path.join(out, 'examples', 'demo.js'));
    expect(files).toContain(path.join(out, 'lib', 'index.js'));
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      expect(complete(file, text)).toBe(true);
      expect(() => new vm.Script(text, { filename: file })).not.toThrow();
    }
    // No staging directory left behind.
    expect(fs.readdirSync(parent)).toEqual(['dist']);
  } finally {
    fs.rmSync(parent, { recursive: true, force: true });
  }
  // Two full tsc runs at once: ~35 s on an idle 2-core machine, 104 s seen under load; jest's 120 s default is too tight.
}, 300_000);
