/**
 * The directory `save` writes and `load` reads: everything needed to serve a model and to
 * continue training it exactly where it stopped.
 *
 *   <dir>/config.json     the architecture and training configuration (versioned JSON)
 *   <dir>/checkpoint/     a TensorFlow checkpoint of the training state: weights, optimizer
 *                         slots, weighting state, step and epoch (pointer "saved")
 *   <dir>/saved_model/    a SavedModel for serving (signature serving_default)
 *
 * The directory is written beside its target and put in place by core's durable directory
 * replacement (as SavedModels are), so a crash never leaves half a model under `dir`, a save
 * killed between its two renames is undone by the next load or save, and overwrite replaces
 * only a directory save wrote.
 */
import * as fs from 'fs';
import * as path from 'path';
import { invalidArgument, notFound, durable } from '../core';

export const SAVED_FORMAT = 'hydra-tf/saved';
export const SAVED_VERSION = 1;
const CONFIG_FILE = 'config.json';
const CHECKPOINT_DIR = 'checkpoint';
const CHECKPOINT_POINTER = 'saved';
export const SAVED_MODEL_DIR = 'saved_model';

/** What config.json holds: which kind of model, its configuration, and how it was compiled. */
export interface SavedConfig {
  format: typeof SAVED_FORMAT;
  version: typeof SAVED_VERSION;
  kind: 'functional' | 'multi-task';
  /** serializeModel's or serializeMultiTask's JSON. */
  model: unknown;
  /** The compile configuration (functional models). */
  compile?: unknown;
}

/**
 * Writes a model directory: `config`, then the checkpoint (`checkpoint(dir, pointer)` saves the
 * training state), then the SavedModel (`exportTo(dir)`). Refuses an existing `dir` unless `overwrite`.
 */
export async function writeModelDirectory(
  dir: string,
  parts: {
    config: Omit<SavedConfig, 'format' | 'version'>;
    checkpoint: (dir: string, pointer: string) => Promise<unknown>;
    exportTo: (dir: string) => Promise<unknown>;
    overwrite?: boolean;
  },
): Promise<string> {
  const overwrite = parts.overwrite ?? false;
  const target = durable.checkReplaceable(dir, overwrite, MODEL_DIRECTORY);
  const temporary = durable.temporaryBeside(target);
  try {
    durable.writeFileDurably(
      path.join(temporary, CONFIG_FILE),
      `${JSON.stringify({ format: SAVED_FORMAT, version: SAVED_VERSION, ...parts.config }, null, 2)}\n`,
    );
    await parts.checkpoint(path.join(temporary, CHECKPOINT_DIR), CHECKPOINT_POINTER);
    await parts.exportTo(path.join(temporary, SAVED_MODEL_DIR));
    durable.commitReplacement(temporary, target, overwrite, MODEL_DIRECTORY);
  } catch (error) {
    durable.discardTemporary(temporary);
    throw error;
  }
  return target;
}

/** A directory model.save wrote: its config.json names the format. */
const MODEL_DIRECTORY: durable.DirectoryKind = {
  noun: 'model',
  foreign(dir: string): string | null {
    let format: unknown;
    try {
      format = (JSON.parse(fs.readFileSync(path.join(dir, CONFIG_FILE), 'utf8')) as { format?: unknown }).format;
    } catch {
      format = undefined;
    }
    return format === SAVED_FORMAT ? null : `it is not a directory model.save wrote (no ${CONFIG_FILE} of format ${SAVED_FORMAT})`;
  },
  replaces: 'a directory model.save wrote (or an empty one)',
};

/** Reads a model directory's config.json (checked to be of `kind`) and the path its checkpoint restores from. */
export function readModelDirectory(dir: string, kind: SavedConfig['kind'], what: string): { config: SavedConfig; checkpoint: string } {
  if (typeof dir !== 'string' || dir === '' || dir.includes('\0')) throw invalidArgument(`${what} needs the directory model.save wrote`);
  durable.recoverInterruptedReplace(path.resolve(dir));
  const file = path.join(dir, CONFIG_FILE);
  if (!fs.existsSync(file))
    throw notFound(
      `${what}: no ${CONFIG_FILE} in ${dir} (is it a directory written by model.save? A bare SavedModel loads with savedModel.load)`,
    );
  let config: SavedConfig;
  try {
    config = JSON.parse(fs.readFileSync(file, 'utf8')) as SavedConfig;
  } catch (error) {
    throw invalidArgument(`${what}: ${file} is not valid JSON (${(error as Error).message})`);
  }
  if (config?.format !== SAVED_FORMAT)
    throw invalidArgument(`${what}: ${file} is not a hydra-tf saved model (format ${JSON.stringify(config?.format)})`);
  if (config.version !== SAVED_VERSION)
    throw invalidArgument(`${what}: ${file} has version ${JSON.stringify(config.version)}; this hydra-tf reads version ${SAVED_VERSION}`);
  if (config.kind !== kind)
    throw invalidArgument(
      `${what}: ${dir} holds a ${config.kind} model; load it with ${config.kind === 'multi-task' ? 'mtl.load' : 'nn.load'}`,
    );
  return { config, checkpoint: path.join(dir, CHECKPOINT_DIR, CHECKPOINT_POINTER) };
}
