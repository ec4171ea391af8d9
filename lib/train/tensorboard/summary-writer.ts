// SummaryWriter: the TensorBoard logging API the training loop and callbacks use (losses,
// metrics, learning rate per step), over one events file.
import { failedPrecondition, invalidArgument } from '../../core';
import type { ProtoInput, SummaryValue } from '../../proto';
import { EventFileWriter, nowSeconds } from './event-writer';
import type { EventFileWriterOptions } from './event-writer';
import { histogramValue, scalarValue, textValue } from './summaries';

export type SummaryWriterOptions = EventFileWriterOptions;

/** A global step: an integer in int64 range (a number must be a safe integer). */
export type Step = number | bigint;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * Writes TensorBoard summaries to a new events file in a log directory. Every method only queues
 * (the disk is written asynchronously, see EventFileWriterOptions); call close() when done, or
 * at least let the process exit normally, which writes what is still queued.
 */
export class SummaryWriter {
  private readonly events: EventFileWriter;

  constructor(logDir: string, options: SummaryWriterOptions = {}) {
    this.events = new EventFileWriter(logDir, options);
  }

  /** The directory given at creation (TensorBoard's run directory). */
  get logDir(): string {
    return this.events.logDir;
  }

  /** The events file: `<logDir>/events.out.tfevents.<seconds>.<host>.<pid>.<n><suffix>`. */
  get path(): string {
    return this.events.path;
  }

  /** True once close() has been called. */
  get closed(): boolean {
    return this.events.closed;
  }

  /**
   * Logs `value` (stored as float32; NaN and ±Infinity allowed) under `tag` at `step`.
   * `wallTime` is in seconds since the epoch (default: now).
   */
  scalar(tag: string, value: number, step: Step, wallTime?: number): void {
    this.checkTag(tag);
    this.checkNumber(tag, value);
    this.writeValues([scalarValue(tag, value)], step, wallTime, `scalar "${tag}"`);
  }

  /** Logs several scalars at one step, as one event: `scalars(step, { loss: 0.3, lr: 1e-3 })`. */
  scalars(step: Step, values: Readonly<Record<string, number>>, wallTime?: number): void {
    if (values === null || typeof values !== 'object') {
      throw invalidArgument(`${this.where()}: scalars() takes an object of tag -> number, got ${String(values)}`);
    }
    const entries = Object.entries(values);
    // Check everything first, so a bad entry writes nothing rather than half the step.
    for (const [tag, value] of entries) {
      this.checkTag(tag);
      this.checkNumber(tag, value);
    }
    if (entries.length === 0) return;
    this.writeValues(
      entries.map(([tag, value]) => scalarValue(tag, value)),
      step,
      wallTime,
      'scalars()',
    );
  }

  /** Logs `text` (Markdown, shown by TensorBoard's Text tab) under `tag` at `step`. */
  text(tag: string, text: string, step: Step, wallTime?: number): void {
    this.checkTag(tag);
    if (typeof text !== 'string') {
      throw invalidArgument(`${this.where()}: text "${tag}": expected a string, got ${typeof text}`);
    }
    this.writeValues([textValue(tag, text)], step, wallTime, `text "${tag}"`);
  }

  /** Logs the distribution of `values` (finite numbers; e.g. a weight's) under `tag` at `step`, as a HistogramProto. */
  histogram(tag: string, values: ArrayLike<number>, step: Step, wallTime?: number): void {
    this.checkTag(tag);
    if (values === null || typeof values !== 'object' || typeof values.length !== 'number') {
      throw invalidArgument(`${this.where()}: histogram "${tag}": values must be an array or typed array of numbers`);
    }
    this.writeValues([histogramValue(tag, values)], step, wallTime, `histogram "${tag}"`);
  }

  /** Writes a serialized GraphDef (Graph.toGraphDef()) in an Event's graph_def, for TensorBoard's Graphs tab. */
  graph(graphDef: Uint8Array, step: Step = 0, wallTime?: number): void {
    if (!(graphDef instanceof Uint8Array))
      throw invalidArgument(`${this.where()}: graph() takes a serialized GraphDef (Uint8Array, from graph.toGraphDef())`);
    if (this.closed) throw failedPrecondition(`${this.where()} is closed: cannot write the graph`);
    this.checkStep(step, 'graph');
    this.events.write({ wallTime: wallTime ?? nowSeconds(), step, graphDef });
  }

  /** Resolves when everything logged so far has been written to the events file. */
  flush(): Promise<void> {
    return this.events.flush();
  }

  /** Writes everything still queued and closes the file. Idempotent; later logging throws. */
  close(): Promise<void> {
    return this.events.close();
  }

  private writeValues(value: ProtoInput<SummaryValue>[], step: Step, wallTime: number | undefined, what: string): void {
    if (this.closed) throw failedPrecondition(`${this.where()} is closed: cannot write ${what}`);
    this.checkStep(step, what);
    if (wallTime !== undefined && (typeof wallTime !== 'number' || !Number.isFinite(wallTime))) {
      throw invalidArgument(`${this.where()}: ${what}: wallTime must be a finite number of seconds, got ${String(wallTime)}`);
    }
    this.events.write({ wallTime: wallTime ?? nowSeconds(), step, summary: { value } });
  }

  private where(): string {
    return `SummaryWriter("${this.path}")`;
  }

  private checkTag(tag: unknown): void {
    if (typeof tag !== 'string' || tag === '') {
      throw invalidArgument(`${this.where()}: a tag must be a non-empty string, got ${JSON.stringify(tag)}`);
    }
  }

  private checkNumber(tag: string, value: unknown): void {
    if (typeof value !== 'number') {
      throw invalidArgument(`${this.where()}: scalar "${tag}": value must be a number, got ${typeof value}`);
    }
  }

  private checkStep(step: unknown, what: string): void {
    const ok = typeof step === 'bigint' ? step >= INT64_MIN && step <= INT64_MAX : Number.isSafeInteger(step);
    if (!ok) {
      throw invalidArgument(
        `${this.where()}: ${what}: step must be an integer (a safe integer number or an int64 bigint), got ${String(step)}`,
      );
    }
  }
}

/**
 * Creates `logDir` if needed and opens a new events file in it. Throws a TensorFlowError naming
 * the path if the directory or the file cannot be created.
 */
export function createSummaryWriter(logDir: string, options: SummaryWriterOptions = {}): SummaryWriter {
  return new SummaryWriter(logDir, options);
}
