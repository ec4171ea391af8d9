/** Training progress: a live bar on a TTY, one line per epoch otherwise. */

export type Logs = Record<string, number>;

export function formatLogs(logs: Logs): string {
  return Object.entries(logs)
    .map(([key, value]) => `${key}: ${formatNumber(value)}`)
    .join(' - ');
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  return magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e5) ? value.toExponential(3) : value.toFixed(4);
}

export class ProgressReporter {
  private started = 0;
  private lastDraw = 0;
  constructor(
    private readonly stream: NodeJS.WriteStream = process.stdout,
    private readonly enabled = true,
  ) {}

  private get live(): boolean {
    return this.enabled && Boolean(this.stream.isTTY);
  }

  epochBegin(epoch: number, epochs: number): void {
    this.started = Date.now();
    if (this.live) this.stream.write(`Epoch ${epoch + 1}/${epochs}\n`);
  }

  batchEnd(step: number, total: number | null, logs: Logs): void {
    if (!this.live) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && step !== total) return;
    this.lastDraw = now;
    const width = 30;
    const done = total ? Math.min(width, Math.round((step / total) * width)) : 0;
    const bar = total ? `[${'='.repeat(Math.max(0, done - 1))}${done ? '>' : ''}${'.'.repeat(width - done)}]` : '';
    const count = total ? `${step}/${total}` : `${step}`;
    this.stream.write(`\r${count} ${bar} ${formatLogs(logs)}\x1b[K`);
  }

  epochEnd(epoch: number, epochs: number, steps: number, logs: Logs): void {
    if (!this.enabled) return;
    const seconds = (Date.now() - this.started) / 1000;
    const line = `${steps} steps ${seconds.toFixed(1)}s - ${formatLogs(logs)}`;
    if (this.live) this.stream.write(`\r${line}\x1b[K\n`);
    else this.stream.write(`Epoch ${epoch + 1}/${epochs} - ${line}\n`);
  }
}
