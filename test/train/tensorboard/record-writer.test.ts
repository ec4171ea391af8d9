// TFRecord framing and the buffered record file writer: layout, ordering, flush/close, the
// exit hook, and errors that name the file.
import * as fs from 'fs';
import * as path from 'path';
import { TensorFlowError } from '../../../lib/core/errors';
import { RecordFileWriter, frameRecord, maskedCrc32c } from '../../../lib/train/tensorboard';
import { readRecords } from './helpers';
import { tempDir } from '../../support/tmp';

const freshDir = () => tempDir('records');

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('frameRecord', () => {
  test('an empty record is 16 bytes: zero length, its checksum, and masked crc32c("") = 0xA282EAD8', () => {
    const record = frameRecord(new Uint8Array(0));
    expect(record.length).toBe(16);
    expect(record.readBigUInt64LE(0)).toBe(0n);
    expect(record.readUInt32LE(8)).toBe(maskedCrc32c(new Uint8Array(8)));
    expect(record.readUInt32LE(12)).toBe(0xa282ead8);
  });

  test('"123456789": length 9, data at byte 12, then the data\'s masked checksum', () => {
    const data = utf8('123456789');
    const record = frameRecord(data);
    expect(record.length).toBe(12 + 9 + 4);
    expect(record.readBigUInt64LE(0)).toBe(9n);
    expect(record.readUInt32LE(8)).toBe(maskedCrc32c(record.subarray(0, 8)));
    expect(record.subarray(12, 21).toString('utf8')).toBe('123456789');
    // crc32c("123456789") = 0xE3069283; masked: rotr15 = 0x2507C60D, + 0xA282EAD8 = 0xC78AB0E5.
    expect(record.readUInt32LE(21)).toBe(0xc78ab0e5);
  });
});

describe('RecordFileWriter', () => {
  test('append only queues; flush writes every record, in order, through one file; flushes coalesce', async () => {
    const file = path.join(freshDir(), 'a.tfrecord');
    const writer = new RecordFileWriter(file);
    for (let i = 0; i < 100; i++) writer.append(utf8(`record ${i}`));
    expect(writer.queuedRecords).toBe(100);
    expect(fs.statSync(file).size).toBe(0);
    // Flushes asked for while a write is in flight share one follow-up write, and the file
    // still reads in append order.
    const first = writer.flush();
    writer.append(utf8('record 100'));
    const second = writer.flush();
    writer.append(utf8('record 101'));
    const third = writer.flush();
    expect(second).not.toBe(first);
    expect(third).toBe(second);
    await third;
    expect(writer.queuedRecords).toBe(0);
    const records = readRecords(file).map((r) => Buffer.from(r).toString('utf8'));
    expect(records).toEqual(Array.from({ length: 102 }, (_, i) => `record ${i}`));
    await expect(writer.flush()).resolves.toBeUndefined(); // nothing queued, nothing in flight
    await writer.close();
  });

  test('close() flushes, is idempotent, and later appends throw FAILED_PRECONDITION naming the file', async () => {
    const file = path.join(freshDir(), 'b.tfrecord');
    const writer = new RecordFileWriter(file);
    writer.append(utf8('only'));
    const closing = writer.close();
    expect(writer.close()).toBe(closing);
    await closing;
    expect(readRecords(file).map((r) => Buffer.from(r).toString('utf8'))).toEqual(['only']);
    expect(() => writer.append(utf8('late'))).toThrow(TensorFlowError);
    expect(() => writer.append(utf8('late'))).toThrow(`record file "${file}" is closed`);
    await expect(writer.close()).resolves.toBeUndefined();
  });

  test('the exit hook writes what is queued after a write still in flight, at the right offset', async () => {
    const file = path.join(freshDir(), 'c.tfrecord');
    const writer = new RecordFileWriter(file);
    writer.append(utf8('async'));
    const inFlight = writer.flush(); // not awaited yet: the exit hook must not overwrite it
    writer.append(utf8('at exit 1'));
    writer.append(utf8('at exit 2'));
    writer.flushAtExit();
    await inFlight;
    expect(readRecords(file).map((r) => Buffer.from(r).toString('utf8'))).toEqual(['async', 'at exit 1', 'at exit 2']);
    await writer.close();
  });

  test('an existing file is never overwritten: ALREADY_EXISTS naming the path', () => {
    const file = path.join(freshDir(), 'd.tfrecord');
    fs.writeFileSync(file, 'keep me');
    expect(() => new RecordFileWriter(file)).toThrow(
      expect.objectContaining({
        code: 'ALREADY_EXISTS',
        message: expect.stringContaining(`cannot create record file "${file}"`),
      }),
    );
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
  });
});
