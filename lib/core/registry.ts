/** The op registry of the loaded TensorFlow (TF_GetAllOpList), decoded once. */
import { native } from './library';
import { decode } from '../proto';
import type { OpDef, OpList } from '../proto';

let cached: Map<string, OpDef> | null = null;

/** Every registered op's OpDef, by op name. */
export function opRegistry(): Map<string, OpDef> {
  if (!cached) {
    const list = decode<OpList>('tensorflow.OpList', native().allOpList());
    cached = new Map((list.op ?? []).map((def) => [def.name as string, def]));
  }
  return cached;
}
