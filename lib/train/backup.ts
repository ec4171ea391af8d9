/**
 * backupAndRestore (Keras's BackupAndRestore): a checkpoint of the whole training state at
 * each epoch's end; a run that was killed, started again with the same command, restores it
 * and continues at the interrupted epoch, with the same weights as a run never interrupted.
 */
import * as path from 'path';
import { invalidArgument } from '../core';
import type { Callback } from './callbacks';
import { checkpointPointer, removeCheckpointPointer } from './checkpoint';

export interface BackupAndRestoreOptions {
  /** Directory of the backup (one per run). */
  dir: string;
  /** Delete the backup when fit ends normally (default true, as Keras), so the next run starts afresh; other files in `dir` stay. */
  deleteOnEnd?: boolean;
}

/**
 * Backs up the training state (weights, optimizer slots, weighting state, step and epoch) at
 * every epoch's end; at the start of fit, restores a backup left by an interrupted run, and fit
 * starts at the epoch after the last completed one.
 */
export function backupAndRestore(options: BackupAndRestoreOptions): Callback {
  if (!options || typeof options.dir !== 'string' || options.dir === '') throw invalidArgument('backupAndRestore needs { dir }');
  const dir = options.dir;
  return {
    async onTrainBegin(trainer) {
      if (checkpointPointer(dir, 'backup')) await trainer.restoreCheckpoint(path.join(dir, 'backup'));
    },
    async onEpochEnd(_epoch, _logs, trainer) {
      // Distributed: every replica restores the chief's backup (same weights), only the chief writes it.
      if (!trainer.writesFiles) return;
      // Each save is a fresh checkpoint; the pointer moves to it only once it is complete (checkpoint.ts).
      await trainer.saveCheckpoint(dir, 'backup');
    },
    onTrainEnd(_logs, trainer) {
      if ((options.deleteOnEnd ?? true) && trainer.writesFiles) removeCheckpointPointer(dir, 'backup');
    },
  };
}
