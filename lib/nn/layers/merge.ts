/**
 * Merge layers (Keras's Add, Subtract, Multiply, Average, Maximum, Minimum): an element-wise
 * combination of several inputs, e.g. the skip connection of a residual block. Inputs have the
 * same rank; a dimension may differ only where one side is 1 (it broadcasts), as Keras allows.
 */
import { Output, invalidArgument, formatShape } from '../../core';
import * as ops from '../../ops';
import { CallContext, Layer, LayerOptions, knownShape } from '../layer';
import { checkOptions } from '../options';

function show(shape: number[]): string {
  return formatShape(shape);
}

abstract class Merge extends Layer {
  constructor(options: LayerOptions, kind: string) {
    checkOptions(kind, options, []);
    super(options, kind);
  }

  protected override expectedInputs(): number | undefined {
    return undefined;
  }

  /** The fewest inputs the layer combines. */
  protected minInputs(): number {
    return 2;
  }

  protected checkInputs(inputs: Output[]): void {
    if (inputs.length < this.minInputs()) {
      throw invalidArgument(
        `layer "${this.name}" (${this.className}) needs at least ${this.minInputs()} inputs, got ${inputs.length}: apply it to an array of tensors`,
      );
    }
    const shapes = inputs.map((x, i) => knownShape(this.name, x.shape, `input ${i}`));
    for (const [i, shape] of shapes.entries()) {
      // Dimension 0 (the batch) is not checked: it is unknown while the model is built.
      const ok =
        shape.length === shapes[0].length &&
        shape.every((d, k) => k === 0 || d < 0 || shapes[0][k] < 0 || d === 1 || shapes[0][k] === 1 || d === shapes[0][k]);
      if (!ok)
        throw invalidArgument(
          `layer "${this.name}" (${this.className}): input ${i} has shape ${show(shape)}, which does not match input 0's ${show(shapes[0])} (same rank; a dimension may differ only where one is 1)`,
        );
    }
    const dtype = inputs[0].dtype;
    for (const [i, x] of inputs.entries()) {
      if (x.dtype !== dtype)
        throw invalidArgument(`layer "${this.name}" (${this.className}): input ${i} is ${x.dtype}, input 0 is ${dtype}`);
    }
  }

  /** Folds the inputs left to right with `op`, in Keras's order (float sums in the same order). */
  protected fold(inputs: Output[], op: (a: Output, b: Output) => Output): Output {
    this.checkInputs(inputs);
    return inputs.slice(1).reduce(op, inputs[0]);
  }
}

/** Sum of the inputs. */
export class Add extends Merge {
  constructor(options: LayerOptions = {}) {
    super(options, 'add');
  }
  protected call(_ctx: CallContext, inputs: Output[]): Output {
    return this.fold(inputs, (a, b) => ops.add(a, b));
  }
}

/** inputs[0] − inputs[1] (exactly two inputs). */
export class Subtract extends Merge {
  constructor(options: LayerOptions = {}) {
    super(options, 'subtract');
  }
  protected call(_ctx: CallContext, inputs: Output[]): Output {
    if (inputs.length !== 2) throw invalidArgument(`layer "${this.name}" (Subtract) takes exactly 2 inputs, got ${inputs.length}`);
    return this.fold(inputs, (a, b) => ops.sub(a, b));
  }
}

/** Element-wise product of the inputs. */
export class Multiply extends Merge {
  constructor(options: LayerOptions = {}) {
    super(options, 'multiply');
  }
  protected call(_ctx: CallContext, inputs: Output[]): Output {
    return this.fold(inputs, (a, b) => ops.mul(a, b));
  }
}

/** Mean of the inputs: their sum divided by their number. */
export class Average extends Merge {
  constructor(options: LayerOptions = {}) {
    super(options, 'average');
  }
  protected call(ctx: CallContext, inputs: Output[]): Output {
    const sum = this.fold(inputs, (a, b) => ops.add(a, b));
    return ops.div(sum, ops.constant(ctx.graph, inputs.length, sum.dtype));
  }
}

/** Element-wise maximum of the inputs. */
export class Maximum extends Merge {
  constructor(options: LayerOptions = {}) {
    super(options, 'maximum');
  }
  protected call(_ctx: CallContext, inputs: Output[]): Output {
    return this.fold(inputs, (a, b) => ops.maximum(a, b));
  }
}

/** Element-wise minimum of the inputs. */
export class Minimum extends Merge {
  constructor(options: LayerOptions = {}) {
    super(options, 'minimum');
  }
  protected call(_ctx: CallContext, inputs: Output[]): Output {
    return this.fold(inputs, (a, b) => ops.minimum(a, b));
  }
}
