/**
 * Architectures by class name, for configs: each architecture layer registers with nn's layer
 * registry (so a functional model holding one serialises like any other layer), and
 * `architectures.get` wraps the rebuilt layer as an Architecture.
 */
import { invalidArgument } from '../../core';
import { Layer, NameOrConfig, Serialized, getLayer, isSerialized, registerLayer, serializeLayer } from '../../nn';
import { Architecture, ArchitectureLayer } from './architecture';
import { CGC } from './cgc';
import { CrossStitch } from './cross-stitch';
import { expertOptionsFromConfig } from './experts';
import { MixtureOfExperts } from './mmoe';
import { PLE } from './ple';
import { SharedBottom } from './shared-bottom';

function layerList(owner: string, what: string, list: unknown): Layer[] {
  if (!Array.isArray(list)) throw invalidArgument(`${owner}: ${what} must be an array of { className, config }`);
  return list.map((entry) => getLayer(entry as NameOrConfig));
}

function layerRecord(owner: string, what: string, record: unknown): Record<string, Layer[]> {
  if (record === null || typeof record !== 'object' || Array.isArray(record))
    throw invalidArgument(`${owner}: ${what} must be an object { task: [{ className, config }] }`);
  const result: Record<string, Layer[]> = {};
  for (const [task, list] of Object.entries(record as object)) result[task] = layerList(owner, `${what}.${task}`, list);
  return result;
}

// In lib/mtl's index (loaded with the library), so any model config may name them.
registerLayer('MMoE', (c) => new MixtureOfExperts('mmoe', expertOptionsFromConfig('mmoe config', c) as never));
registerLayer('OMoE', (c) => new MixtureOfExperts('omoe', expertOptionsFromConfig('omoe config', c) as never));
registerLayer('CGC', (c) => new CGC(expertOptionsFromConfig('cgc config', c) as never));
registerLayer('PLE', (c) => new PLE(expertOptionsFromConfig('ple config', c) as never));
registerLayer('SharedBottom', (c) => {
  const { bottom, towers, ...options } = c;
  return new SharedBottom({
    ...options,
    bottom: layerList('sharedBottom config', 'bottom', bottom),
    towers: layerRecord('sharedBottom config', 'towers', towers ?? {}),
  } as never);
});
registerLayer('CrossStitch', (c) => {
  const { columnLayers, ...options } = c;
  if (columnLayers === undefined) return new CrossStitch(options as never);
  const columns = layerRecord('crossStitch config', 'columnLayers', columnLayers);
  return new CrossStitch({
    ...options,
    column: ({ task }: { task: string }) => {
      if (!columns[task]) throw invalidArgument(`crossStitch config: columnLayers has no column for task "${task}"`);
      return columns[task];
    },
  } as never);
});

/** The architecture family's lookup: an architecture from { className: "MMoE" | "OMoE" | "CGC" | "PLE" | "CrossStitch" | "SharedBottom", config }. */
export function get(nameOrConfig: NameOrConfig | Architecture): Architecture {
  if (nameOrConfig instanceof Architecture) return nameOrConfig;
  if (!isSerialized(nameOrConfig))
    throw invalidArgument(
      `architectures.get: an architecture needs { className, config } (its tasks and experts), got ${JSON.stringify(nameOrConfig)}`,
    );
  const layer = getLayer(nameOrConfig);
  if (!(layer instanceof ArchitectureLayer))
    throw invalidArgument(`architectures.get: "${nameOrConfig.className}" is a layer class, not an architecture`);
  return new Architecture(layer);
}

/** An architecture's { className, config }. */
export function serialize(architecture: Architecture): Serialized {
  if (!(architecture instanceof Architecture))
    throw invalidArgument('architectures.serialize: expected an architecture (from mtl.architectures.*)');
  return serializeLayer(architecture.layer);
}
