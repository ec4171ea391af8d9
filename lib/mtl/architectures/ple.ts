/**
 * PLE, Progressive Layered Extraction (Tang et al., RecSys 2020, eqs. 5-6): L stacked extraction
 * levels. Level j has per-task and shared experts like CGC, but its inputs are the previous
 * level's mixtures: task k's experts and gate read g^{k,j-1}, the shared experts read
 * g^{s,j-1}, where g^{s,j} is a shared gate's mixture over *all* experts of level j (task and
 * shared). Level 1 reads x everywhere; the last level has no shared gate (nothing reads it),
 * so it is exactly a CGC unit, and PLE with levels: 1 is CGC.
 */
import { Output } from '../../core';
import { CallContext, Config, Layer, checkOptions, positiveInt } from '../../nn';
import { Architecture, ArchitectureLayer, requireOptions, taskList } from './architecture';
import { CGCOptions, CGC_OPTIONS, ExtractionLevel, extractionConfig, taskExpertCounts } from './cgc';
import { ExpertFactory } from './experts';

export interface PLEOptions extends CGCOptions {
  /** Number of extraction levels L (>= 1); every level has the same experts (expertUnits). */
  levels: number;
}

export class PLE extends ArchitectureLayer {
  readonly levels: ExtractionLevel[];
  private readonly options: PLEOptions;

  /** @internal Use ple(). */
  constructor(options: PLEOptions) {
    requireOptions('ple', options);
    checkOptions('ple', options, ['levels', ...CGC_OPTIONS]);
    const tasks = taskList('ple', options.tasks, { reserved: ['shared'] });
    const count = typeof options.levels === 'number' && Number.isInteger(options.levels) && options.levels > 0 ? options.levels : 1;
    const gateNames = Array.from({ length: count }, (_, j) =>
      [...tasks, ...(j < count - 1 ? ['shared'] : [])].map((g) => `level_${j}/${g}`),
    ).flat();
    super(options, 'ple', tasks, gateNames);
    const owner = `ple "${this.name}"`;
    positiveInt(owner, 'levels', options.levels);
    const counts = taskExpertCounts(owner, tasks, options.taskExperts);
    const sharedCount = positiveInt(owner, 'sharedExperts', options.sharedExperts);
    const factory = new ExpertFactory(owner, options);
    this.levels = Array.from(
      { length: count },
      (_, j) => new ExtractionLevel(factory, `${this.name}/level_${j}`, tasks, counts, sharedCount, j, j < count - 1),
    );
    this.options = options;
    if (options.trainable === false) this.trainable = false;
  }

  override getConfig(): Config {
    return { ...super.getConfig(), levels: this.levels.length, ...extractionConfig(this.name, this.tasks, this.options, this.levels) };
  }

  override sublayers(): Layer[] {
    return this.levels.flatMap((level) => level.layers());
  }

  protected forward(ctx: CallContext, x: Output): { representations: Output[]; gates: Output[] } {
    let taskInputs = this.tasks.map(() => x);
    let sharedInput = x;
    const gates: Output[] = [];
    for (const level of this.levels) {
      const built = level.build(ctx, this.name, taskInputs, sharedInput);
      gates.push(...built.gates);
      taskInputs = built.tasks;
      if (built.shared) sharedInput = built.shared;
    }
    return { representations: taskInputs, gates };
  }
}

/**
 * PLE: `levels` extraction levels of per-task and shared experts. Variables
 * "<name>/level_<j>/expert_<task>_<i>/…", "<name>/level_<j>/expert_shared_<i>/…",
 * "<name>/level_<j>/gate_<task>/kernel" and, below the last level, "<name>/level_<j>/gate_shared/kernel".
 */
export function ple(options: PLEOptions): Architecture<PLE> {
  return new Architecture(new PLE(options));
}
