/**
 * The directory `save` writes and `load` reads: everything needed to serve a model and to
 * continue training it exactly where it stopped.
 *
 *   <dir>/config.json     the architecture and training configuration (versioned JSON)
 *   <dir>/checkpoint/     a TensorFlow checkpoint of the training state: weights, optimizer
 *                         slots, weighting state, step and epoch (pointer "saved")
 *   <dir>/saved_model/    a SavedModel for serving (signature serving_default)
 *
 * The directory is written beside its target and renamed into place at the end, so a crash
 * never leaves half a model under `dir`; overwrite replaces only a directory save wrote.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TensorFlowError, failedPrecondition, invalidArgument, notFound, durable } from '../core';

const { fsyncPath, fsyncTree, uniqueSuffix, writeFileDurably } = durable;

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
  parts: { config: Omit<SavedConfig, 'format' | 'version'>; checkpoint: (dir: string, pointer: string) => Promise<unknown>; exportTo: (dir: string) => Promise<unknown>; overwrite?: boolean },
): Promise<string> {
  const overwrite = parts.overwrite ?? false;
  const target = checkTarget(dir, overwrite);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}-${uniqueSuffix()}`);
  try {
    fs.mkdirSync(temporary, { recursive: true });
    writeFileDurably(path.join(temporary, CONFIG_FILE), `${JSON.stringify({ format: SAVED_FORMAT, version: SAVED_VERSION, ...parts.config }, null, 2)}\n`);
    await parts.checkpoint(path.join(temporary, CHECKPOINT_DIR), CHECKPOINT_POINTER);
    await parts.exportTo(path.join(temporary, SAVED_MODEL_DIR));
    fsyncTree(temporary);
    // Checked again: the target may have appeared while the parts were written.
    if (checkTarget(target, overwrite) && fs.existsSync(target) && fs.readdirSync(target).length > 0) {
      const old = path.join(path.dirname(target), `.${path.basename(target)}.old-${process.pid}-${uniqueSuffix()}`);
      fs.renameSync(target, old);
      try {
        fs.renameSync(temporary, target);
      } catch (error) {
        fs.renameSync(old, target);
        throw error;
      }
      fs.rmSync(old, { recursive: true, force: true });
    } else {
      fs.rmSync(target, { recursive: true, force: true }); // an empty directory
      fs.renameSync(temporary, target);
    }
    fsyncPath(path.dirname(target));
  } catch (error) {
    fs.rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  return target;
}

/** The resolved target; refuses a file, a symbolic link, or a non-empty directory (without overwrite, or not written by save). */
function checkTarget(dir: string, overwrite: boolean): string {
  if (typeof dir !== 'string' || dir === '' || dir.includes('\0')) throw invalidArgument('save needs the model directory as a non-empty string');
  const target = path.resolve(dir);
  if (path.dirname(target) === target) throw invalidArgument(`cannot save a model to ${target}: the file-system root cannot be replaced`);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(target);
  } catch {
    return target;
  }
  if (stat.isSymbolicLink()) throw failedPrecondition(`cannot save a model to ${target}: it is a symbolic link (give the directory it points to)`);
  if (!stat.isDirectory()) throw new TensorFlowError('ALREADY_EXISTS', `cannot save a model to ${target}: it is a file`);
  if (fs.readdirSync(target).length === 0) return target;
  if (!overwrite) throw new TensorFlowError('ALREADY_EXISTS', `cannot save a model to ${target}: the directory is not empty (pass overwrite: true to replace it)`);
  let format: unknown;
  try {
    format = (JSON.parse(fs.readFileSync(path.join(target, CONFIG_FILE), 'utf8')) as { format?: unknown }).format;
  } catch {
    format = undefined;
  }
  if (format !== SAVED_FORMAT) throw failedPrecondition(`cannot overwrite ${target}: it is not a directory model.save wrote (no ${CONFIG_FILE} of format ${SAVED_FORMAT}); nothing else is ever deleted`);
  return target;
}

/** Reads a model directory's config.json (checked to be of `kind`) and the path its checkpoint restores from. */
export function readModelDirectory(dir: string, kind: SavedConfig['kind'], what: string): { config: SavedConfig; checkpoint: string } {
  if (typeof dir !== 'string' || dir === '') throw invalidArgument(`${what} needs the directory model.save wrote`);
  const file = path.join(dir, CONFIG_FILE);
  if (!fs.existsSync(file)) throw notFound(`${what}: no ${CONFIG_FILE} in ${dir} (is it a directory written by model.save? A bare SavedModel loads with savedModel.load)`);
  let config: SavedConfig;
  try {
    config = JSON.parse(fs.readFileSync(file, 'utf8')) as SavedConfig;
  } catch (error) {
    throw invalidArgument(`${what}: ${file} is not valid JSON (${(error as Error).message})`);
  }
  if (config?.format !== SAVED_FORMAT) throw invalidArgument(`${what}: ${file} is not a hydra-tf saved model (format ${JSON.stringify(config?.format)})`);
  if (config.version !== SAVED_VERSION) throw invalidArgument(`${what}: ${file} has version ${JSON.stringify(config.version)}; this hydra-tf reads version ${SAVED_VERSION}`);
  if (config.kind !== kind) throw invalidArgument(`${what}: ${dir} holds a ${config.kind} model; load it with ${config.kind === 'multi-task' ? 'mtl.load' : 'nn.load'}`);
  return { config, checkpoint: path.join(dir, CHECKPOINT_DIR, CHECKPOINT_POINTER) };
}
