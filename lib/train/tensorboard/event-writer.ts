// TensorBoard events files: where they go, what they are called, how they start, and when the
// queued events reach the disk.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { invalidArgument } from '../../core';
import { encodeEvent } from '../../proto';
import type { Event, ProtoInput } from '../../proto';
import { fileError } from './file-errors';
import { RecordFileWriter } from './record-writer';

/** The version string TensorBoard expects in an events file's first record. */
export const EVENTS_FILE_VERSION = 'brain.Event:2';

/** Written into the first event's source_metadata, where TensorFlow writes its own writer's name. */
const WRITER_NAME = 'hydra-tf';

export interface EventFileWriterOptions {
  /**
   * Longest time (ms) an event waits in memory before a background flush. Default 2000.
   * Infinity: no timed flush (only maxQueue, flush(), close() and process exit write).
   */
  flushMs?: number;
  /** Queued events that trigger a background flush at once. Default 10 (tf.summary's max_queue). */
  maxQueue?: number;
  /** Appended to the file name, e.g. '.v2' as tf.summary.create_file_writer does. Default ''. */
  filenameSuffix?: string;
}

// tf.summary flushes every 120 s; ours is shorter because a flush is one asynchronous write that
// costs the training loop nothing, and a live TensorBoard then shows progress within seconds.
const DEFAULT_FLUSH_MS = 2000;
const DEFAULT_MAX_QUEUE = 10;
/** setInterval's longest delay; Node turns a longer one into 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** TensorFlow numbers the events files of a process with one counter, so same-second files differ. */
let fileCounter = 0;

/** Seconds since the epoch, with the sub-second part, as Event.wall_time stores it. */
export function nowSeconds(): number {
  return Date.now() / 1000;
}

function checkOptions(logDir: string, options: EventFileWriterOptions): Required<EventFileWriterOptions> {
  const { flushMs = DEFAULT_FLUSH_MS, maxQueue = DEFAULT_MAX_QUEUE, filenameSuffix = '' } = options;
  const where = `events writer for "${logDir}"`;
  if (typeof flushMs !== 'number' || !(flushMs > 0) || (flushMs > MAX_TIMER_MS && flushMs !== Infinity)) {
    throw invalidArgument(
      `${where}: flushMs must be a number of milliseconds in (0, ${MAX_TIMER_MS}], or Infinity for no timed flush, got ${String(flushMs)}`,
    );
  }
  if (!Number.isSafeInteger(maxQueue) || maxQueue < 1) {
    throw invalidArgument(`${where}: maxQueue must be an integer >= 1, got ${String(maxQueue)}`);
  }
  if (typeof filenameSuffix !== 'string' || /[/\\\0]/.test(filenameSuffix)) {
    throw invalidArgument(`${where}: filenameSuffix must be a string without path separators, got ${JSON.stringify(filenameSuffix)}`);
  }
  return { flushMs, maxQueue, filenameSuffix };
}

/**
 * Opens a new events file in `logDir`, named as TensorFlow names them:
 * `events.out.tfevents.<unix seconds>.<hostname>.<pid>.<counter><suffix>`. A name that already
 * exists (another process with the same pid on a shared disk) moves on to the next counter.
 */
function openEventsFile(logDir: string, suffix: string): RecordFileWriter {
  const prefix = `events.out.tfevents.${Math.floor(nowSeconds())}.${os.hostname()}.${process.pid}.`;
  for (let attempt = 0; ; attempt++) {
    const file = path.join(logDir, `${prefix}${fileCounter++}${suffix}`);
    try {
      return new RecordFileWriter(file);
    } catch (error) {
      if ((error as { code?: string }).code !== 'ALREADY_EXISTS' || attempt >= 100) throw error;
    }
  }
}

/**
 * Writes tensorflow.Event records to one new events file in `logDir` (created if missing). The
 * file starts with the file_version event TensorBoard checks; every later event is queued and
 * reaches the disk within `flushMs`, after `maxQueue` events, or on flush() / close().
 */
export class EventFileWriter {
  readonly logDir: string;
  private readonly records: RecordFileWriter;
  private readonly maxQueue: number;
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(logDir: string, options: EventFileWriterOptions = {}) {
    if (typeof logDir !== 'string' || logDir === '') {
      throw invalidArgument(`events writer: logDir must be a non-empty directory path, got ${JSON.stringify(logDir)}`);
    }
    const { flushMs, maxQueue, filenameSuffix } = checkOptions(logDir, options);
    this.logDir = logDir;
    this.maxQueue = maxQueue;
    try {
      fs.mkdirSync(logDir, { recursive: true });
    } catch (error) {
      throw fileError('cannot create TensorBoard log directory', logDir, error);
    }
    this.records = openEventsFile(logDir, filenameSuffix);
    this.records.append(
      encodeEvent({
        wallTime: nowSeconds(),
        fileVersion: EVENTS_FILE_VERSION,
        sourceMetadata: { writer: WRITER_NAME },
      }),
    );
    // Like TensorFlow's EventsWriter: the header reaches the disk at once, so a TensorBoard
    // watching the directory sees the run before its first flush interval has passed.
    this.flushInBackground();
    // unref: a forgotten writer must not keep the process alive (the exit hook writes its queue).
    if (flushMs !== Infinity) {
      this.timer = setInterval(() => {
        if (this.records.queuedRecords > 0) this.flushInBackground();
      }, flushMs).unref();
    }
  }

  /** The events file this writer writes. */
  get path(): string {
    return this.records.path;
  }

  /** True once close() has been called. */
  get closed(): boolean {
    return this.records.closed;
  }

  /** Queues one event; never waits on the disk. Throws an earlier write error, if any. */
  write(event: ProtoInput<Event>): void {
    this.records.append(encodeEvent(event));
    if (this.records.queuedRecords >= this.maxQueue) this.flushInBackground();
  }

  /** Resolves when every event written so far has been handed to the OS. */
  flush(): Promise<void> {
    return this.records.flush();
  }

  /** Flushes and closes the file. Idempotent. */
  close(): Promise<void> {
    clearInterval(this.timer);
    return this.records.close();
  }

  // A failure is kept by the record writer and thrown by the next write/flush/close.
  private flushInBackground(): void {
    this.records.flush().catch(() => undefined);
  }
}
