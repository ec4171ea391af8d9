/**
 * Teachers and backbones: which outputs of a trained model the student learns from. A teacher
 * maps student tasks to the model's logits ("digit" ← "output_0"); a backbone is one output (a
 * signature output or an intermediate tensor) used as features.
 */
import { invalidArgument, notFound } from '../../core';
import { ModelLike, Runner, SavedModelRunnerOptions, runnerFor } from './runner';

export interface TeacherOptions extends SavedModelRunnerOptions {
  /**
   * The teacher output that distills each student task, e.g. { digit: 'output_0' }. Default:
   * outputs named like the tasks, else the only output for a student with one task.
   */
  outputs?: Record<string, string>;
}

/** A trained model whose outputs a student learns from (see mtl.distill). */
export class Teacher {
  /** @internal Use mtl.teacher. */
  constructor(
    readonly runner: Runner,
    /** Task → teacher output, when given. */
    readonly outputs: Record<string, string> | null,
  ) {}

  /** Closes the SavedModel if the teacher loaded it from a directory. */
  close(): Promise<void> {
    return this.runner.close();
  }

  /** Which of this teacher's outputs distills which of `tasks` (an empty record when none). */
  resolve(tasks: string[]): Record<string, string> {
    if (this.outputs) {
      for (const task of Object.keys(this.outputs)) {
        if (!tasks.includes(task))
          throw invalidArgument(
            `teacher ${this.runner.what}: outputs names task "${task}", which the student does not have (its tasks: ${tasks.join(', ')})`,
          );
      }
      return { ...this.outputs };
    }
    const named = tasks.filter((t) => this.runner.outputNames.includes(t));
    if (named.length) return Object.fromEntries(named.map((t) => [t, t]));
    if (this.runner.outputNames.length === 1 && tasks.length === 1) return { [tasks[0]]: this.runner.outputNames[0] };
    throw invalidArgument(
      `teacher ${this.runner.what}: say which of its outputs distills which task, e.g. mtl.teacher(model, { outputs: { ${JSON.stringify(tasks[0])}: ${JSON.stringify(this.runner.outputNames[0] ?? 'output')} } }) ` +
        `(its outputs: ${this.runner.outputNames.join(', ')}; the student's tasks: ${tasks.join(', ')})`,
    );
  }
}

/** A teacher from a SavedModel (directory or loaded) or a trained hydra-tf model. */
export async function teacher(model: ModelLike, options: TeacherOptions = {}): Promise<Teacher> {
  const runner = await runnerFor(model, options, 'teacher');
  try {
    if (options.outputs !== undefined) {
      if (!options.outputs || typeof options.outputs !== 'object')
        throw invalidArgument(`teacher ${runner.what}: outputs must map task names to output names`);
      for (const output of Object.values(options.outputs)) runner.checkOutput(output);
    }
  } catch (error) {
    await runner.close();
    throw error;
  }
  return new Teacher(runner, options.outputs ?? null);
}

export interface BackboneOptions extends SavedModelRunnerOptions {
  /** A signature output name, or an intermediate tensor "op:index". Default: the signature's only output. */
  output?: string;
  /** The column the features get in a cache (default "features"). */
  name?: string;
}

/** One output of a frozen model, used as features (mtl.extractFeatures, feature distillation). */
export class Backbone {
  /** @internal Use mtl.backbone. */
  constructor(
    readonly runner: Runner,
    readonly output: string,
    readonly name: string,
  ) {}

  /** Closes the SavedModel if the backbone loaded it from a directory. */
  close(): Promise<void> {
    return this.runner.close();
  }

  /** Per-example shape of the features when known before running, else null. */
  get shape(): number[] | null {
    return this.runner.outputShape(this.output);
  }
}

/** A frozen backbone: `output` of a SavedModel's signature (or of a trained hydra-tf model). */
export async function backbone(model: ModelLike, options: BackboneOptions = {}): Promise<Backbone> {
  const runner = await runnerFor(model, options, 'backbone');
  try {
    let output = options.output;
    if (output === undefined) {
      if (runner.outputNames.length !== 1)
        throw notFound(
          `backbone ${runner.what}: choose one of its outputs with { output } (it has ${runner.outputNames.map((n) => `"${n}"`).join(', ')})`,
        );
      output = runner.outputNames[0];
    }
    runner.checkOutput(output);
    const name = options.name ?? 'features';
    if (typeof name !== 'string' || !/^[A-Za-z0-9_.\-/]+$/.test(name))
      throw invalidArgument(`backbone: name ${JSON.stringify(name)} must be letters, digits, _ . - /`);
    return new Backbone(runner, output, name);
  } catch (error) {
    await runner.close();
    throw error;
  }
}
