// TFRecord files: the framing TensorFlow's events files (and tf.data's TFRecordDataset) use, and
// a writer that buffers records in memory and hands them to the OS asynchronously.
//
// One record on disk:
//   uint64 length (little-endian)
//   uint32 masked crc32c of those 8 length bytes
//   length bytes of data
//   uint32 masked crc32c of the data
import * as fs from 'fs';
import { failedPrecondition } from '../../core';
import type { TensorFlowError } from '../../core';
import { maskedCrc32c } from './crc32c';
import { fileError } from './file-errors';

const HEADER_BYTES = 12;
const FOOTER_BYTES = 4;

/** One TFRecord: `data` framed with its length and both checksums. */
export function frameRecord(data: Uint8Array): Buffer {
  const record = Buffer.allocUnsafe(HEADER_BYTES + data.length + FOOTER_BYTES);
  record.writeBigUInt64LE(BigInt(data.length), 0);
  record.writeUInt32LE(maskedCrc32c(record.subarray(0, 8)), 8);
  record.set(data, HEADER_BYTES);
  record.writeUInt32LE(maskedCrc32c(data), HEADER_BYTES + data.length);
  return record;
}

/** Writes all of `chunk` at byte `position` of `fd` (fs.write may write less than asked). */
function writeAt(fd: number, chunk: Buffer, position: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const writeFrom = (offset: number): void => {
      fs.write(fd, chunk, offset, chunk.length - offset, position + offset, (error, written) => {
        if (error) reject(error);
        else if (offset + written < chunk.length) writeFrom(offset + written);
        else resolve();
      });
    };
    writeFrom(0);
  });
}

/**
 * A TFRecord file written through one file descriptor.
 *
 * append() only frames the record and queues it in memory, so a training loop never waits on
 * the disk; flush() hands everything queued to the OS in one asynchronous write. One write is in
 * flight at a time; flushes asked for meanwhile share one follow-up write that takes whatever is
 * queued when it starts, so a producer faster than the disk makes fewer, larger writes rather
 * than a growing chain of small ones. Each write goes to a byte position fixed when its records
 * leave the queue, so the exit hook below can write what is still queued synchronously while an
 * asynchronous write is in flight, and the file still reads in append order.
 *
 * The first write error is kept: every later call rethrows it (as a TensorFlowError naming the
 * file) instead of writing records after a hole.
 */
export class RecordFileWriter {
  /** The file being written. */
  readonly path: string;
  private readonly fd: number;
  private queue: Buffer[] = [];
  /** File offset at which the next flushed chunk starts. */
  private nextPosition = 0;
  /** The write the OS is doing now, if any. */
  private inFlight: Promise<void> | null = null;
  /** The write that starts when inFlight ends and takes the queue as it is then. */
  private next: Promise<void> | null = null;
  private failure: TensorFlowError | null = null;
  private closing: Promise<void> | null = null;

  /** Creates `path`, which must not exist yet (so two writers never share a file). */
  constructor(path: string) {
    this.path = path;
    try {
      this.fd = fs.openSync(path, 'wx');
    } catch (error) {
      throw fileError('cannot create record file', path, error);
    }
    OPEN_WRITERS.add(this);
    installExitHook();
  }

  /** Records queued in memory, not yet handed to the OS. */
  get queuedRecords(): number {
    return this.queue.length;
  }

  /** True once close() has been called. */
  get closed(): boolean {
    return this.closing !== null;
  }

  /** Queues one record (the bytes are copied into the frame: `data` may be reused). */
  append(data: Uint8Array): void {
    if (this.failure) throw this.failure;
    if (this.closing) throw failedPrecondition(`record file "${this.path}" is closed: cannot append`);
    this.queue.push(frameRecord(data));
  }

  /** Hands every queued record to the OS; resolves when they are all written (not fsync'd). */
  flush(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.queue.length === 0) return this.next ?? this.inFlight ?? Promise.resolve();
    if (this.next) return this.next;
    if (this.inFlight) {
      this.next = this.inFlight.then(() => this.writeQueue());
      return this.next;
    }
    return this.writeQueue();
  }

  /** Flushes, then closes the file. Idempotent: later calls return the same promise. */
  close(): Promise<void> {
    this.closing ??= this.flush()
      .catch((error: unknown) => error as Error)
      .then((flushError) => {
        OPEN_WRITERS.delete(this);
        return new Promise<void>((resolve, reject) => {
          fs.close(this.fd, (closeError) => {
            if (flushError) reject(flushError);
            else if (closeError) reject(fileError('cannot close record file', this.path, closeError));
            else resolve();
          });
        });
      });
    return this.closing;
  }

  /** At process exit: write what is still queued, synchronously. Errors are lost with the process. */
  flushAtExit(): void {
    const chunk = this.failure ? null : this.takeQueue();
    if (!chunk) return;
    let written = 0;
    try {
      while (written < chunk.length) {
        written += fs.writeSync(this.fd, chunk, written, chunk.length - written, this.nextPosition + written);
      }
    } catch {
      // Nothing left to report to: the process is exiting.
    }
    this.nextPosition += chunk.length;
  }

  /** Starts one asynchronous write of everything queued. */
  private writeQueue(): Promise<void> {
    this.next = null;
    const chunk = this.takeQueue();
    if (!chunk) return Promise.resolve();
    const position = this.nextPosition;
    this.nextPosition += chunk.length;
    const write: Promise<void> = writeAt(this.fd, chunk, position).then(
      () => {
        if (this.inFlight === write) this.inFlight = null;
      },
      (error: unknown) => {
        this.failure ??= fileError('cannot write record file', this.path, error);
        throw this.failure;
      },
    );
    this.inFlight = write;
    return write;
  }

  private takeQueue(): Buffer | null {
    if (this.queue.length === 0) return null;
    const chunk = this.queue.length === 1 ? this.queue[0] : Buffer.concat(this.queue);
    this.queue = [];
    return chunk;
  }
}

// A process that ends without close() (a script that just returns) still gets its last records:
// one 'exit' listener for all writers, rather than one per writer (Node warns past 10 listeners).
const OPEN_WRITERS = new Set<RecordFileWriter>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const writer of OPEN_WRITERS) writer.flushAtExit();
  });
}
