/**
 * Weighting strategies from their { name, config } (what serializeWeighting wrote).
 * Temporary: the weighting registry (weighting/index.ts `get(name, config)`) replaces this table.
 */
import { lookup } from '../nn/config';
import { Weighting } from './weighting/types';
import { equal } from './weighting/equal';
import { weightedSumOf } from './weighting/static';
import { uncertainty } from './weighting/uncertainty';
import { max } from './weighting/max';
import { smoothMax } from './weighting/smooth-max';
import { dwa } from './weighting/dwa';
import { gls } from './weighting/gls';
import { rlw } from './weighting/rlw';
import { famo } from './weighting/famo';
import { pcgrad } from './weighting/pcgrad';
import { mgda } from './weighting/mgda';
import { cagrad } from './weighting/cagrad';
import { gradvac } from './weighting/gradvac';
import { imtlG } from './weighting/imtl';
import { nashMtl } from './weighting/nashmtl';
import { alignedMtl } from './weighting/aligned';
import { upgrad } from './weighting/upgrad';
import { gradnorm } from './weighting/gradnorm';

type Config = Record<string, unknown>;
const BY_NAME: Record<string, (config: Config) => Weighting> = {
  equal: () => equal(),
  weighted_sum: (c) => weightedSumOf((c.taskWeights ?? {}) as Record<string, number>),
  uncertainty: (c) => uncertainty(c as never),
  max: () => max(),
  smooth_max: (c) => smoothMax(c as never),
  dwa: (c) => dwa(c as never),
  gls: (c) => gls(c as never),
  rlw: (c) => rlw(c as never),
  famo: (c) => famo(c as never),
  pcgrad: (c) => pcgrad(c as never),
  mgda: (c) => mgda(c as never),
  cagrad: (c) => cagrad(c as never),
  gradvac: (c) => gradvac(c as never),
  imtl_g: () => imtlG(),
  nash_mtl: (c) => nashMtl(c as never),
  aligned_mtl: () => alignedMtl(),
  upgrad: (c) => upgrad(c as never),
  gradnorm: (c) => gradnorm(c as never),
};

/** The strategy named `name` (its Weighting.name), made from `config`. */
export function weightingFromConfig(name: string, config: Config): Weighting {
  return lookup('weighting', BY_NAME, name, 'weighting')(config);
}
