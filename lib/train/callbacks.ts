/** Callbacks: hooks into fit (early stopping, checkpoints, learning-rate changes, TensorBoard). */
import * as path from 'path';
import { invalidArgument } from '../core';
import { pointCheckpoint } from './checkpoint';
import { SummaryWriter, createSummaryWriter } from './tensorboard';
import { writeStepDiagnostics, writeTrainingGraph, writeWeightHistograms } from './diagnostics';
import type { Logs } from './progress';
import type { Trainer } from './trainer';

export { backupAndRestore } from './backup';
export type { BackupAndRestoreOptions } from './backup';

export interface Callback {
  onTrainBegin?(trainer: Trainer): void | Promise<void>;
  onEpochBegin?(epoch: number, trainer: Trainer): void | Promise<void>;
  /**
   * After each session run of training: `logs` are the epoch's running means, `stepLogs` this
   * step's own values (the means over the run's steps when it ran several: stepsPerExecution).
   */
  onBatchEnd?(step: number, logs: Logs, trainer: Trainer, stepLogs: Logs): void | Promise<void>;
  onEpochEnd?(epoch: number, logs: Logs, trainer: Trainer): void | Promise<void>;
  onTrainEnd?(logs: Logs, trainer: Trainer): void | Promise<void>;
}

type Mode = 'min' | 'max' | 'auto';

function improves(mode: Mode, monitor: string, value: number, best: number, minDelta: number): boolean {
  const direction = mode === 'auto' ? (/acc|auc|precision|recall/.test(monitor) ? 'max' : 'min') : mode;
  return direction === 'min' ? value < best - minDelta : value > best + minDelta;
}

function initialBest(mode: Mode, monitor: string): number {
  const direction = mode === 'auto' ? (/acc|auc|precision|recall/.test(monitor) ? 'max' : 'min') : mode;
  return direction === 'min' ? Infinity : -Infinity;
}

function monitored(logs: Logs, monitor: string, what: string): number {
  const value = logs[monitor];
  if (value === undefined) throw invalidArgument(`${what}: no "${monitor}" in the epoch logs (have: ${Object.keys(logs).join(', ')})`);
  return value;
}

/** Stops training when `monitor` has not improved for `patience` epochs; optionally restores the best weights. */
export function earlyStopping(
  options: { monitor?: string; patience?: number; minDelta?: number; mode?: Mode; restoreBestWeights?: boolean } = {},
): Callback {
  const monitor = options.monitor ?? 'val_loss';
  const patience = options.patience ?? 0;
  const minDelta = Math.abs(options.minDelta ?? 0);
  const mode = options.mode ?? 'auto';
  let best = initialBest(mode, monitor);
  let wait = 0;
  let bestWeights: Map<string, unknown> | null = null;
  return {
    onTrainBegin() {
      best = initialBest(mode, monitor);
      wait = 0;
      bestWeights = null;
    },
    async onEpochEnd(epoch, logs, trainer) {
      const value = monitored(logs, monitor, 'earlyStopping');
      if (improves(mode, monitor, value, best, minDelta)) {
        best = value;
        wait = 0;
        if (options.restoreBestWeights) bestWeights = await trainer.getWeights();
      } else if (++wait >= patience && epoch > 0) {
        // Keras's rule: stop once `patience` epochs in a row brought no improvement.
        trainer.stopTraining = `early stopping: ${monitor} did not improve for ${wait} epoch(s) (best ${best})`;
      }
    },
    async onTrainEnd(_logs, trainer) {
      if (options.restoreBestWeights && bestWeights) await trainer.setWeights(bestWeights as Map<string, never>);
    },
  };
}

/**
 * Saves a checkpoint of every variable at the end of each epoch (pointer "last") and points "best"
 * at it when `monitor` improves. The state file's latest checkpoint is "last" (what
 * `latestCheckpoint(dir)` and Python's tf.train.latest_checkpoint return); `<dir>/best` restores
 * the best. With `saveLast: false`, "best" is written on its own. Crash-safe: see checkpoint.ts.
 */
export function modelCheckpoint(options: { dir: string; monitor?: string; mode?: Mode; saveBest?: boolean; saveLast?: boolean }): Callback {
  if (!options || typeof options.dir !== 'string' || options.dir === '')
    throw invalidArgument('modelCheckpoint needs { dir } (a non-empty path)');
  const monitor = options.monitor ?? 'val_loss';
  const mode = options.mode ?? 'auto';
  const saveLast = options.saveLast ?? true;
  const saveBest = options.saveBest ?? true;
  let best = initialBest(mode, monitor);
  return {
    onTrainBegin() {
      best = initialBest(mode, monitor);
    },
    async onEpochEnd(_epoch, logs, trainer) {
      // Distributed: the chief alone writes (every replica holds the same weights).
      if (!trainer.writesFiles) return;
      let improved = false;
      if (saveBest) {
        const value = monitored(logs, monitor, 'modelCheckpoint');
        improved = improves(mode, monitor, value, best, 0);
        if (improved) best = value;
      }
      if (saveLast) await trainer.saveCheckpoint(options.dir, 'last');
      // The same weights as "last": a pointer, not a second copy, and "last" stays the latest.
      if (improved) {
        if (saveLast) pointCheckpoint(options.dir, 'best', 'last');
        else await trainer.saveCheckpoint(options.dir, 'best');
      }
    },
  };
}

/**
 * Sets the learning rate at the start of each epoch from fn(epoch, currentRate). Needs an optimizer with a variable learning
 * rate (the default for numbers).
 */
export function learningRateScheduler(fn: (epoch: number, rate: number) => number): Callback {
  return {
    async onEpochBegin(epoch, trainer) {
      const current = await trainer.getLearningRate();
      const next = fn(epoch, current);
      if (!(Number.isFinite(next) && next > 0))
        throw invalidArgument(`learningRateScheduler returned ${next} for epoch ${epoch}; it must be a finite number > 0`);
      await trainer.setLearningRate(next);
    },
  };
}

/** Multiplies the learning rate by `factor` when `monitor` stops improving for `patience` epochs. */
export function reduceLROnPlateau(
  options: { monitor?: string; factor?: number; patience?: number; minLearningRate?: number; mode?: Mode; minDelta?: number } = {},
): Callback {
  // Keras's default: changes smaller than 1e-4 are not improvements.
  const minDelta = Math.abs(options.minDelta ?? 1e-4);
  const monitor = options.monitor ?? 'val_loss';
  const factor = options.factor ?? 0.1;
  const patience = options.patience ?? 10;
  const mode = options.mode ?? 'auto';
  let best = initialBest(mode, monitor);
  let wait = 0;
  return {
    async onEpochEnd(_epoch, logs, trainer) {
      const value = monitored(logs, monitor, 'reduceLROnPlateau');
      if (improves(mode, monitor, value, best, minDelta)) {
        best = value;
        wait = 0;
      } else if (++wait >= patience) {
        const rate = await trainer.getLearningRate();
        await trainer.setLearningRate(Math.max(rate * factor, options.minLearningRate ?? 0));
        wait = 0;
      }
    },
  };
}

/**
 * Writes every loss and metric of each epoch (and, every `updateFreq` steps, the
 * running training losses) as TensorBoard scalars under `logDir/train` and
 * `logDir/validation`, as Keras's TensorBoard callback lays them out. Besides: each step's
 * diagnostics (`grad_norm/*`, `grad_cos/*` of a multi-task model's `diagnostics`, `gate/*` means
 * of MMoE / CGC / PLE gates) at that step; with `histogramFreq` N, histograms of the model's
 * weights every N epochs (Keras's histogram_freq); with `writeGraph` (default true), the
 * training graph once, after the first step.
 */
export function tensorBoard(options: {
  logDir: string;
  updateFreq?: 'epoch' | number;
  histogramFreq?: number;
  writeGraph?: boolean;
  stepDiagnostics?: boolean;
}): Callback {
  if (!options || typeof options.logDir !== 'string') throw invalidArgument('tensorBoard needs { logDir }');
  const histogramFreq = options.histogramFreq ?? 0;
  if (!Number.isInteger(histogramFreq) || histogramFreq < 0)
    throw invalidArgument(`tensorBoard: histogramFreq must be a whole number of epochs >= 0, got ${options.histogramFreq}`);
  let trainWriter: SummaryWriter | null = null;
  let validationWriter: SummaryWriter | null = null;
  let globalStep = 0;
  // Steps (not runs) done before the current epoch, and in it: the x axis of the step diagnostics.
  let stepsBefore = 0;
  let stepsInEpoch = 0;
  let graphWritten = !(options.writeGraph ?? true);
  const every = options.updateFreq === undefined || options.updateFreq === 'epoch' ? 0 : options.updateFreq;
  return {
    onTrainBegin(trainer) {
      // Distributed: the chief alone writes (the logs are the same global figures on every replica).
      if (!trainer.writesFiles) return;
      trainWriter = createSummaryWriter(path.join(options.logDir, 'train'));
      validationWriter = createSummaryWriter(path.join(options.logDir, 'validation'));
    },
    onEpochBegin() {
      stepsBefore += stepsInEpoch;
      stepsInEpoch = 0;
    },
    onBatchEnd(step, logs, trainer, stepLogs) {
      globalStep++;
      stepsInEpoch = step;
      if (!trainWriter) return;
      if (every > 0 && globalStep % every === 0) {
        trainWriter.scalars(globalStep, Object.fromEntries(Object.entries(logs).map(([k, v]) => [`batch_${k}`, v])));
      }
      if ((options.stepDiagnostics ?? true) && stepLogs) writeStepDiagnostics(trainWriter, stepsBefore + step, stepLogs);
      if (!graphWritten) {
        writeTrainingGraph(trainWriter, trainer);
        graphWritten = true;
      }
    },
    async onEpochEnd(epoch, logs, trainer) {
      if (trainWriter && histogramFreq > 0 && (epoch + 1) % histogramFreq === 0) await writeWeightHistograms(trainWriter, trainer, epoch);
      const train: Record<string, number> = {};
      const validation: Record<string, number> = {};
      for (const [key, value] of Object.entries(logs)) {
        if (key.startsWith('val_')) validation[`epoch_${key.slice(4)}`] = value;
        else train[`epoch_${key}`] = value;
      }
      trainWriter?.scalars(epoch, train);
      if (Object.keys(validation).length) validationWriter?.scalars(epoch, validation);
    },
    async onTrainEnd() {
      await trainWriter?.close();
      await validationWriter?.close();
    },
  };
}
