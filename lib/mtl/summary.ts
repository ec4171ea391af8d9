/**
 * A multi-task model's summary: the layer table of its functional model (trunk, architecture
 * and heads, as Model.summary prints it), then one row per task with its head, output shape,
 * head parameters and loss, and the parameters the tasks share (everything outside the heads).
 */
import { Model, summarize, summaryText, countParams, table, totalsText } from '../nn';
import type { Layer } from '../nn';

export interface TaskHeadRow {
  task: string;
  head: string;
  className: string;
  outputShape: string;
  params: number;
  trainable: number;
  loss: string;
}

function lossName(loss: unknown): string {
  if (typeof loss === 'string') return loss;
  if (loss && typeof loss === 'object' && 'name' in loss && typeof (loss as { name: unknown }).name === 'string')
    return (loss as { name: string }).name;
  return 'custom';
}

/** The per-task rows and the shared parameter count of a multi-task model's functional `model`. */
export function taskHeads(
  model: Model,
  tasks: Record<string, { head: Layer; loss: unknown }>,
): { rows: TaskHeadRow[]; shared: number; sharedTrainable: number } {
  const rows: TaskHeadRow[] = Object.entries(tasks).map(([task, spec]) => {
    const counts = countParams(model, [spec.head]);
    const shape = model.outputs[task].shape.map((d) => (d === null ? 'None' : String(d)));
    return {
      task,
      head: spec.head.name,
      className: spec.head.className,
      outputShape: `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`,
      params: counts.total,
      trainable: counts.trainable,
      loss: lossName(spec.loss),
    };
  });
  const all = countParams(model);
  const heads = rows.reduce((n, r) => n + r.params, 0);
  const headsTrainable = rows.reduce((n, r) => n + r.trainable, 0);
  return { rows, shared: all.total - heads, sharedTrainable: all.trainable - headsTrainable };
}

/** The summary text: the layer table, then the task heads and the shared parameters. */
export function multiTaskSummaryText(model: Model, tasks: Record<string, { head: Layer; loss: unknown }>): string {
  const summary = summarize(model);
  const { rows, shared, sharedTrainable } = taskHeads(model, tasks);
  const count = (n: number) => n.toLocaleString('en-US');
  const layerTable = summaryText(summary).split('\n');
  // The totals go last, after the task section.
  const body = layerTable.slice(0, layerTable.length - 3);
  const headTable = table(
    ['Task', 'Head (type)', 'Output Shape', 'Param #', 'Loss'],
    rows.map((r) => [[r.task], [`${r.head} (${r.className})`], [r.outputShape], [count(r.params)], [r.loss]]),
    [false, false, false, true, false],
  );
  return [
    ...body,
    'Task heads:',
    ...headTable,
    ` Shared params: ${count(shared)} (trainable ${count(sharedTrainable)})`,
    ...totalsText(summary.counts),
  ].join('\n');
}
