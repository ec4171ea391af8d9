/**
 * What savedModel.save may replace: core's durable directory replacement (a kill -9 at any moment
 * leaves the old or the new export; see lib/core/durable.ts) with the SavedModel check, so that
 * `overwrite` never deletes a directory that is not a SavedModel.
 */
import * as fs from 'fs';
import * as path from 'path';
import { durable } from '../core';

/** Top-level entries a SavedModel directory holds (TensorFlow, Keras and hydra-tf exports). */
const SAVED_MODEL_ENTRIES = new Set([
  'saved_model.pb',
  'saved_model.pbtxt',
  'variables',
  'assets',
  'assets.extra',
  'fingerprint.pb',
  'keras_metadata.pb',
]);
const VARIABLES_FILE = /^variables\.(?:index|data-\d{5}-of-\d{5})$/;

/** Why `dir` is not a SavedModel directory (an entry that does not belong to one), or null when it is one. */
function notASavedModel(dir: string, entries: string[]): string | null {
  const foreign = entries.filter((entry) => !SAVED_MODEL_ENTRIES.has(entry));
  if (foreign.length)
    return `it holds ${foreign
      .slice(0, 5)
      .map((e) => JSON.stringify(e))
      .join(', ')}${foreign.length > 5 ? ', ...' : ''}, which ${foreign.length === 1 ? 'is' : 'are'} not part of a SavedModel`;
  const graphFile = entries.find((e) => e === 'saved_model.pb' || e === 'saved_model.pbtxt');
  if (!graphFile) return 'it has no saved_model.pb or saved_model.pbtxt';
  for (const entry of entries) {
    const stat = fs.lstatSync(path.join(dir, entry));
    const wantsDirectory = entry === 'variables' || entry === 'assets' || entry === 'assets.extra';
    if (wantsDirectory ? !stat.isDirectory() : !stat.isFile())
      return `"${entry}" is not a ${wantsDirectory ? 'directory' : 'regular file'}`;
  }
  if (entries.includes('variables')) {
    const stray = fs.readdirSync(path.join(dir, 'variables')).filter((f) => !VARIABLES_FILE.test(f));
    if (stray.length)
      return `variables/ holds ${stray
        .slice(0, 5)
        .map((e) => JSON.stringify(e))
        .join(', ')}, which ${stray.length === 1 ? 'is' : 'are'} not checkpoint files`;
  }
  return null;
}

/** A SavedModel directory, as the directory replacement sees it. */
export const SAVED_MODEL_DIRECTORY: durable.DirectoryKind = {
  noun: 'SavedModel',
  foreign: notASavedModel,
  replaces: 'a directory that holds a SavedModel (or is empty)',
};
