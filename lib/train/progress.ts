/**
 * Progress output in Keras's layout (keras.utils.Progbar and the ProgbarLogger callback).
 *
 *   verbose 1 (a live bar, for terminals):
 *     Epoch 2/5
 *     12/40 ━━━━━━━━━━━━━━━━━━━━ 3s 81ms/step - loss: 0.3100 - acc: 0.9000
 *   (the count, a 20-cell bar, the time left while running and the time taken at the end, the
 *   time per step, then the logs), redrawn in place at most every 50 ms;
 *   verbose 2 (logs, CI): one line per epoch or pass,
 *     Epoch 2/5 - 40/40 - 3s - 81ms/step - loss: 0.3100 - acc: 0.9000
 *   verbose 0: nothing. 'auto' (true) is 1 on a TTY and 2 otherwise.
 * A line never grows past the terminal's width (it would wrap and break the redraw).
 * Written here rather than taken from npm: the layout is Keras's and ~150 lines; cli-progress
 * and progress (the usual packages) draw their own formats, with their own timing and throttling,
 * and would need as much code again to be bent into this one.
 */

export type Logs = Record<string, number>;

/** Keras's verbose: 0 silent, 1 live bar, 2 one line per epoch; 'auto' (or true) picks 1 on a TTY, 2 otherwise. */
export type Verbosity = 0 | 1 | 2 | 'auto' | boolean;

/** Where progress goes: process.stdout, or anything with write (and isTTY, columns for a terminal). */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** The verbosity a stream gets: 'auto' and true become 1 on a TTY, else 2; false is 0. */
export function resolveVerbosity(verbose: Verbosity | undefined, stream: ProgressStream, what = 'verbose'): 0 | 1 | 2 {
  if (verbose === undefined || verbose === 'auto' || verbose === true) return stream.isTTY ? 1 : 2;
  if (verbose === false) return 0;
  if (verbose === 0 || verbose === 1 || verbose === 2) return verbose;
  throw new TypeError(`${what} must be 0, 1, 2, 'auto' or a boolean, got ${JSON.stringify(verbose)}`);
}

/** A log value as Keras prints it: 4 decimals, or scientific notation at or below 1e-3. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) > 1e-3) return value.toFixed(4);
  // Python's "%.4e": a signed exponent of at least two digits.
  const [mantissa, exponent] = value.toExponential(4).split('e');
  const e = Number(exponent);
  return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

export function formatLogs(logs: Logs): string {
  return Object.entries(logs)
    .map(([key, value]) => `${key}: ${formatValue(value)}`)
    .join(' - ');
}

/** Seconds per unit as Keras writes them: "2s/step", "81ms/step", "350us/step". */
function perUnit(seconds: number, unit: string): string {
  if (seconds >= 1 || seconds === 0) return `${Math.round(seconds)}s/${unit}`;
  if (seconds >= 1e-3) return `${Math.round(seconds * 1e3)}ms/${unit}`;
  return `${Math.round(seconds * 1e6)}us/${unit}`;
}

/** A time left: "42s", "3:05", "1:02:03". */
function duration(seconds: number): string {
  const s = Math.floor(seconds);
  if (seconds > 3600)
    return `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  if (seconds > 60) return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return `${s}s`;
}

const BOLD = '\x1b[1m';
const GREEN = '\x1b[32m';
const GREY = '\x1b[37m';
const RESET = '\x1b[0m';
const CLEAR_LINE = '\x1b[K';

/** The visible width of a string (ANSI styles take none). */
function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').length;
}

/** Cuts `text` to `width` visible characters, keeping (and closing) its styles. */
function cut(text: string, width: number): string {
  let visible = 0;
  let out = '';
  for (let i = 0; i < text.length;) {
    // eslint-disable-next-line no-control-regex
    const style = /^\x1b\[[0-9;]*[A-Za-z]/.exec(text.slice(i));
    if (style) {
      out += style[0];
      i += style[0].length;
      continue;
    }
    if (visible === width) break;
    out += text[i++];
    visible++;
  }
  return out + RESET;
}

export interface ProgressBarOptions {
  /** Steps in the pass; null when unknown (the count alone is shown). */
  target: number | null;
  verbose: 0 | 1 | 2;
  stream?: ProgressStream;
  /** What a step is ("step", "example"). */
  unit?: string;
  /** Written in front of verbose 2's line ("Epoch 2/5"). */
  prefix?: string;
  /** Clock in ms (tests give a fake one). */
  now?: () => number;
  /** Least time between redraws of the live bar, ms (default 50, Keras's). */
  intervalMs?: number;
}

/** One pass (an epoch, an evaluation, a prediction, an extraction) over `target` steps. */
export class ProgressBar {
  target: number | null;
  private readonly verbose: 0 | 1 | 2;
  private readonly stream: ProgressStream;
  private readonly unit: string;
  private readonly prefix: string;
  private readonly now: () => number;
  private readonly intervalMs: number;
  private readonly start: number;
  private afterFirstStep: number | null = null;
  private lastDraw = -Infinity;
  private finished = false;

  constructor(options: ProgressBarOptions) {
    this.target = options.target !== null && options.target > 0 ? options.target : null;
    this.verbose = options.verbose;
    this.stream = options.stream ?? process.stdout;
    this.unit = options.unit ?? 'step';
    this.prefix = options.prefix ?? '';
    this.now = options.now ?? Date.now;
    this.intervalMs = options.intervalMs ?? 50;
    this.start = this.now();
  }

  /** Seconds per step, leaving out the first (graph building, warm-up) once there are more, as Keras. */
  private secondsPerStep(current: number, now: number): number {
    if (current <= 0) return 0;
    const perStep =
      this.afterFirstStep !== null && current > 1 ? (now - this.afterFirstStep) / (current - 1) : (now - this.start) / current;
    if (current === 1 && this.afterFirstStep === null) this.afterFirstStep = now;
    return perStep / 1000;
  }

  /** Reports `current` steps done, with the logs so far; `finalize` ends the pass (its last line). */
  update(current: number, logs: Logs = {}, finalize = false): void {
    if (this.finished || this.verbose === 0) return;
    const now = this.now();
    const seconds = this.secondsPerStep(current, now);
    if (finalize) this.finished = true;
    const metrics = Object.keys(logs).length ? ` - ${formatLogs(logs)}` : '';
    if (this.verbose === 2 || !this.stream.isTTY) {
      // Logs and pipes: the finished pass only, one line.
      if (!finalize) return;
      const count = this.target !== null ? `${String(current).padStart(String(this.target).length)}/${this.target}` : `${current}`;
      const parts = [
        ...(this.prefix ? [this.prefix] : []),
        count,
        `${Math.round((now - this.start) / 1000)}s`,
        perUnit(seconds, this.unit),
      ];
      this.stream.write(`${parts.join(' - ')}${metrics}\n`);
      return;
    }
    if (!finalize && now - this.lastDraw < this.intervalMs) return;
    this.lastDraw = now;
    let line: string;
    if (this.target !== null) {
      const digits = String(this.target).length;
      const done = Math.min(20, Math.floor((20 * current) / this.target));
      const bar = `${done ? `${GREEN}${'━'.repeat(done)}${RESET}` : ''}${GREY}${'━'.repeat(20 - done)}${RESET}`;
      const time = finalize ? `${Math.round((now - this.start) / 1000)}s` : duration(seconds * Math.max(0, this.target - current));
      line = `${BOLD}${String(current).padStart(digits)}/${this.target}${RESET} ${bar} ${BOLD}${time}${RESET} ${perUnit(seconds, this.unit)}${metrics}`;
    } else {
      line = `${String(current).padStart(7)}/Unknown ${BOLD}${Math.round((now - this.start) / 1000)}s${RESET} ${perUnit(seconds, this.unit)}${metrics}`;
    }
    const columns = this.stream.columns;
    if (columns && columns > 1 && visibleLength(line) > columns - 1) line = cut(line, columns - 1);
    this.stream.write(`\r${line}${CLEAR_LINE}${finalize ? '\n' : ''}`);
  }

  /** Ends the pass at `current` steps (the target becomes `current` when it was unknown). */
  done(current: number, logs: Logs = {}): void {
    if (this.target === null) this.target = current;
    this.update(current, logs, true);
  }
}

/**
 * fit's progress: "Epoch e/n" and a bar per epoch (verbose 1), or one line per epoch (verbose 2).
 * The steps per epoch, when not known beforehand, are learned from the first epoch (as Keras).
 */
export class ProgressReporter {
  readonly verbose: 0 | 1 | 2;
  private bar: ProgressBar | null = null;
  private stepsPerEpoch: number | null;

  constructor(
    private readonly stream: ProgressStream = process.stdout,
    verbose: Verbosity = 'auto',
    options: { stepsPerEpoch?: number | null; now?: () => number } = {},
  ) {
    this.verbose = resolveVerbosity(verbose, stream, 'fit: verbose');
    this.stepsPerEpoch = options.stepsPerEpoch ?? null;
    this.now = options.now;
  }

  private readonly now?: () => number;

  epochBegin(epoch: number, epochs: number): void {
    if (this.verbose === 0) return;
    const header = `Epoch ${epoch + 1}/${epochs}`;
    // Keras heads a live bar with the epoch (when there are several); a log line carries it.
    if (this.verbose === 1 && this.stream.isTTY && epochs > 1) this.stream.write(`${header}\n`);
    this.bar = new ProgressBar({ target: this.stepsPerEpoch, verbose: this.verbose, stream: this.stream, prefix: header, now: this.now });
  }

  batchEnd(step: number, logs: Logs): void {
    this.bar?.update(step, logs);
  }

  epochEnd(_epoch: number, _epochs: number, steps: number, logs: Logs): void {
    if (this.stepsPerEpoch === null) this.stepsPerEpoch = steps;
    this.bar?.done(steps, logs);
    this.bar = null;
  }

  /** A message between epochs (early stopping's reason), unless silent. */
  message(text: string): void {
    if (this.verbose !== 0) this.stream.write(`${text}\n`);
  }
}
