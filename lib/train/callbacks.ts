/** Callbacks: hooks into fit (early stopping, checkpoints, learning-rate changes, TensorBoard). */
import { invalidArgument } from '../core';
import type { Logs } from './progress';
import type { Trainer } from './trainer';

export interface Callback {
  onTrainBegin?(trainer: Trainer): void | Promise<void>;
  onEpochBegin?(epoch: number, trainer: Trainer): void | Promise<void>;
  onBatchEnd?(step: number, logs: Logs, trainer: Trainer): void | Promise<void>;
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
export function earlyStopping(options: { monitor?: string; patience?: number; minDelta?: number; mode?: Mode; restoreBestWeights?: boolean } = {}): Callback {
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
      } else if (++wait > patience) {
        trainer.stopTraining = `early stopping: ${monitor} did not improve for ${wait} epoch(s) (best ${best})`;
      }
    },
    async onTrainEnd(_logs, trainer) {
      if (options.restoreBestWeights && bestWeights) await trainer.setWeights(bestWeights as Map<string, never>);
    },
  };
}

/** Saves a checkpoint of every variable at the end of each epoch ("last") and when `monitor` improves ("best"). */
export function modelCheckpoint(options: { dir: string; monitor?: string; mode?: Mode; saveBest?: boolean; saveLast?: boolean }): Callback {
  if (!options || typeof options.dir !== 'string') throw invalidArgument('modelCheckpoint needs { dir }');
  const monitor = options.monitor ?? 'val_loss';
  const mode = options.mode ?? 'auto';
  let best = initialBest(mode, monitor);
  return {
    onTrainBegin() {
      best = initialBest(mode, monitor);
    },
    async onEpochEnd(epoch, logs, trainer) {
      if (options.saveLast ?? true) await trainer.saveCheckpoint(options.dir, `last`);
      if (options.saveBest ?? true) {
        const value = monitored(logs, monitor, 'modelCheckpoint');
        if (improves(mode, monitor, value, best, 0)) {
          best = value;
          await trainer.saveCheckpoint(options.dir, `best`);
        }
      }
      void epoch;
    },
  };
}

/** Sets the learning rate at the start of each epoch from fn(epoch, currentRate). Needs an optimizer with a variable learning rate (the default for numbers). */
export function learningRateScheduler(fn: (epoch: number, rate: number) => number): Callback {
  return {
    async onEpochBegin(epoch, trainer) {
      const current = await trainer.getLearningRate();
      const next = fn(epoch, current);
      if (!(Number.isFinite(next) && next > 0)) throw invalidArgument(`learningRateScheduler returned ${next} for epoch ${epoch}; it must be a finite number > 0`);
      await trainer.setLearningRate(next);
    },
  };
}

/** Multiplies the learning rate by `factor` when `monitor` stops improving for `patience` epochs. */
export function reduceLROnPlateau(options: { monitor?: string; factor?: number; patience?: number; minLearningRate?: number; mode?: Mode } = {}): Callback {
  const monitor = options.monitor ?? 'val_loss';
  const factor = options.factor ?? 0.1;
  const patience = options.patience ?? 10;
  const mode = options.mode ?? 'auto';
  let best = initialBest(mode, monitor);
  let wait = 0;
  return {
    async onEpochEnd(_epoch, logs, trainer) {
      const value = monitored(logs, monitor, 'reduceLROnPlateau');
      if (improves(mode, monitor, value, best, 0)) {
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
