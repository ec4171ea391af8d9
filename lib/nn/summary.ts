/**
 * Model summaries as Keras prints them (model.summary()): one row per layer with its name and
 * class, output shape, parameter count and, for functional models, the layer outputs it reads;
 * then the totals, trainable and not (batch-norm moving statistics are not). Counts come from
 * the variables the layers create when built into a scratch graph, so they are what training
 * uses, sublayers included.
 */
import { DType, Graph } from '../core';
import { Layer, LayerNode, SymbolicTensor } from './layer';
import type { Model } from './model';

export interface ParamCounts {
  total: number;
  trainable: number;
  nonTrainable: number;
  /** Bytes of all parameters (by their dtypes). */
  bytes: number;
  trainableBytes: number;
}

export interface LayerRow {
  name: string;
  className: string;
  /** Output shapes, "(None, 3)" as Keras writes them; several for a layer called more than once or with several outputs. */
  outputShape: string;
  params: number;
  trainable: number;
  /** Inputs read, "dense[0][0]" (layer, call, output), as Keras's "Connected to". */
  connectedTo: string[];
}

export interface ModelSummary {
  name: string;
  rows: LayerRow[];
  counts: ParamCounts;
}

const BYTES: Partial<Record<DType, number>> = {
  float16: 2,
  bfloat16: 2,
  float32: 4,
  float64: 8,
  int32: 4,
  int64: 8,
  int8: 1,
  uint8: 1,
  bool: 1,
};

function shapeText(shape: Array<number | null>): string {
  const dims = shape.map((d) => (d === null ? 'None' : String(d)));
  return `(${dims.join(', ')}${dims.length === 1 ? ',' : ''})`;
}

/** "60.00 B", "1.17 KB", "3.20 MB", as Keras writes memory sizes. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(2)} ${units[unit]}`;
}

/** Parameter counts of layers' variables in `graph`, each variable once. */
function countVariables(layers: Layer[], graph: Graph): ParamCounts {
  const seen = new Set<unknown>();
  const counts: ParamCounts = { total: 0, trainable: 0, nonTrainable: 0, bytes: 0, trainableBytes: 0 };
  for (const layer of layers) {
    for (const variable of layer.weights(graph)) {
      if (seen.has(variable)) continue;
      seen.add(variable);
      const size = variable.shape.reduce((a, b) => a * b, 1);
      const bytes = size * (BYTES[variable.dtype] ?? 4);
      counts.total += size;
      counts.bytes += bytes;
      if (variable.trainable) {
        counts.trainable += size;
        counts.trainableBytes += bytes;
      } else counts.nonTrainable += size;
    }
  }
  return counts;
}

/** Builds `model` into a scratch graph and calls `fn` with it (the graph is disposed after). */
export function withBuiltModel<T>(model: Model, fn: (graph: Graph) => T): T {
  const graph = new Graph();
  try {
    model.build(graph, model.placeholders(graph), { training: false });
    return fn(graph);
  } finally {
    graph.dispose();
  }
}

/** Parameter counts of some layers of `model` (all of them by default). */
export function countParams(model: Model, layers?: Layer[]): ParamCounts {
  return withBuiltModel(model, (graph) => countVariables(layers ?? model.layers(), graph));
}

/** The rows and totals of `model`'s summary: its inputs, then each layer in build order. */
export function summarize(model: Model): ModelSummary {
  return withBuiltModel(model, (graph) => {
    const nodes = model.nodes();
    const callsOf = new Map<Layer, LayerNode[]>();
    for (const node of nodes) {
      const list = callsOf.get(node.layer as Layer) ?? [];
      list.push(node);
      callsOf.set(node.layer as Layer, list);
    }
    const producer = (tensor: SymbolicTensor) => {
      const layer = tensor.node.layer;
      if (!layer) return `${tensor.node.inputName}[0][0]`;
      return `${layer.name}[${callsOf.get(layer)!.indexOf(tensor.node)}][${tensor.index}]`;
    };
    const rows: LayerRow[] = Object.values(model.inputs).map((tensor) => ({
      name: tensor.node.inputName as string,
      className: 'InputLayer',
      outputShape: shapeText([null, ...(tensor.node.inputSpec?.shape ?? [])]),
      params: 0,
      trainable: 0,
      connectedTo: [],
    }));
    for (const [layer, calls] of callsOf) {
      const counts = countVariables([layer], graph);
      const shapes = calls.flatMap((node) => node.outputs.map((t) => shapeText(t.shape)));
      rows.push({
        name: layer.name,
        className: layer.className,
        outputShape: [...new Set(shapes)].join(', '),
        params: counts.total,
        trainable: counts.trainable,
        connectedTo: calls.flatMap((node) => node.inputs.map(producer)),
      });
    }
    return { name: model.name, rows, counts: countVariables(model.layers(), graph) };
  });
}

/** "Total params: 15 (60.00 B)" and the trainable / non-trainable lines. */
export function totalsText(counts: ParamCounts, indent = ' '): string[] {
  const count = (n: number) => n.toLocaleString('en-US');
  return [
    `${indent}Total params: ${count(counts.total)} (${formatBytes(counts.bytes)})`,
    `${indent}Trainable params: ${count(counts.trainable)} (${formatBytes(counts.trainableBytes)})`,
    `${indent}Non-trainable params: ${count(counts.nonTrainable)} (${formatBytes(counts.bytes - counts.trainableBytes)})`,
  ];
}

/**
 * A box-drawn table in Keras's style. `rightAligned` columns (counts) are padded on the left;
 * a cell may hold several lines (a layer connected to several inputs).
 */
export function table(headers: string[], rows: string[][][], rightAligned: boolean[]): string[] {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.flatMap((row) => row[c].map((line) => line.length))));
  const pad = (text: string, c: number) => (rightAligned[c] ? text.padStart(widths[c]) : text.padEnd(widths[c]));
  const rule = (left: string, fill: string, middle: string, right: string) =>
    `${left}${widths.map((w) => fill.repeat(w + 2)).join(middle)}${right}`;
  const lines = [rule('┏', '━', '┳', '┓'), `┃ ${headers.map((h, c) => pad(h, c)).join(' ┃ ')} ┃`, rule('┡', '━', '╇', '┩')];
  rows.forEach((row, r) => {
    const height = Math.max(1, ...row.map((cell) => cell.length));
    for (let k = 0; k < height; k++) lines.push(`│ ${row.map((cell, c) => pad(cell[k] ?? '', c)).join(' │ ')} │`);
    if (r < rows.length - 1) lines.push(rule('├', '─', '┼', '┤'));
  });
  lines.push(rule('└', '─', '┴', '┘'));
  return lines;
}

/** The summary as text: title, table, totals (what Model.summary() returns). */
export function summaryText(summary: ModelSummary, options: { connections?: boolean } = {}): string {
  const connections = options.connections ?? true;
  const headers = ['Layer (type)', 'Output Shape', 'Param #', ...(connections ? ['Connected to'] : [])];
  const rows = summary.rows.map((row) => [
    [`${row.name} (${row.className})`],
    [row.outputShape],
    [row.params.toLocaleString('en-US')],
    ...(connections ? [row.connectedTo.length ? row.connectedTo : ['-']] : []),
  ]);
  return [`Model: "${summary.name}"`, ...table(headers, rows, [false, false, true, false]), ...totalsText(summary.counts)].join('\n');
}
