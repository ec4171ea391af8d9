/**
 * Resource variables (VarHandleOp / AssignVariableOp / ReadVariableOp) and the
 * per-graph registry of variables, update ops and regularization losses that
 * layers fill and the trainer reads.
 */
import { DType, Graph, Operation, Output, invalidArgument } from '../core';
import * as ops from '../ops';

export class Variable {
  /** Whether the optimizer updates it (false for moving statistics, frozen layers). */
  trainable: boolean;
  /** @internal The initial value, kept so the variable can be re-initialized. */
  readonly initialValue: Output;
  /**
   * @internal A reparametrisation of the stored value (nn.pruning's mask): read() returns
   * `readTransform(stored)`, so the forward pass, its gradients, checkpoints and exports see it,
   * while optimizers keep updating the stored value through the handle.
   */
  readTransform: ((stored: Output) => Output) | null = null;

  constructor(
    /** Full name, e.g. "dense_1/kernel"; also the checkpoint key. */
    readonly name: string,
    /** The VarHandleOp output. */
    readonly handle: Output,
    /** The op that assigns the initial value. */
    readonly initializer: Operation,
    initialValue: Output,
    readonly dtype: DType,
    readonly shape: number[],
    trainable: boolean,
  ) {
    this.trainable = trainable;
    this.initialValue = initialValue;
  }

  get graph(): Graph {
    return this.handle.graph;
  }

  /** A ReadVariableOp of the current value (a new op each call, so reads can be ordered with control deps). */
  read(name?: string): Output {
    const stored = ops.readVariableOp(this.handle, { dtype: this.dtype, name: name ?? `${this.name}/Read` });
    const value = this.readTransform ? this.readTransform(stored) : stored;
    // Inside a mixed-precision layer's call (dtype-policy.ts): float32 variables are read in its compute dtype.
    const autocast = graphState(this.graph).autocast;
    return autocast && this.dtype === 'float32' ? ops.cast(value, autocast) : value;
  }

  /** An AssignVariableOp writing `value`. */
  assign(value: Output, name?: string): Operation {
    return ops.assignVariableOp(this.handle, value, { name: name ?? `${this.name}/Assign` });
  }

  toString(): string {
    return `Variable(${this.name}, ${this.dtype}, [${this.shape.join(', ')}]${this.trainable ? '' : ', frozen'})`;
  }
}

/** What a graph accumulates while layers are built into it. */
export class GraphState {
  readonly variables: Variable[] = [];
  /** Ops that must run with each training step (e.g. batch-norm moving averages). */
  readonly updateOps: Operation[] = [];
  /**
   * Scalars layers report from their training builds, by log key (mixture-of-experts gate means):
   * the trainer fetches those of its training step every step, into the step logs and history.
   */
  readonly stepLogs = new Map<string, Output>();
  /** Scalar penalty terms added to the objective (weight regularizers), with the variable they penalize. */
  readonly regularizationLosses: Array<{ variable: Variable; loss: Output }> = [];
  private seedCounter = 0;
  /** @internal The compute dtype float32 variables are read in, while a mixed-precision layer builds its call (else null). */
  autocast: DType | null = null;
  /** Renames instead of refusing a duplicate variable name (the scratch graph, where layers of many models meet). */
  lenientNames = false;
  /**
   * Where a new variable lives (its handle and initializer); undefined: the current device
   * scope. A distribution strategy sets it (parameter servers place variables on ps tasks).
   */
  variableDevice:
    ((variable: { name: string; shape: number[]; dtype: DType; trainable: boolean; perProcess?: boolean }) => string | undefined) | null =
    null;
  private variablesByName = new Map<string, Variable>();

  constructor(
    readonly graph: Graph,
    /** Base seed for initializers and dropout in this graph. */
    public seed: number,
  ) {}

  /** A fresh, reproducible [seed, counter] pair for one stateless random op. */
  nextSeed(): [number, number] {
    return [this.seed, this.seedCounter++];
  }

  /** Creates a variable named `name` (unique in the graph) holding `initialValue`. */
  /** `perProcess`: state of this process only (metric accumulators), never shared across a cluster. */
  createVariable(name: string, initialValue: Output, options: { trainable: boolean; shape: number[]; perProcess?: boolean }): Variable {
    if (this.variablesByName.has(name)) {
      if (!this.lenientNames)
        throw invalidArgument(`a variable named "${name}" already exists in this graph (two layers with the same name in one model?)`);
      let n = 1;
      while (this.variablesByName.has(`${name}_${n}`)) n++;
      name = `${name}_${n}`;
    }
    const graph = this.graph;
    const dtype = initialValue.dtype;
    const device = this.variableDevice?.({
      name,
      shape: options.shape,
      dtype,
      trainable: options.trainable,
      ...(options.perProcess ? { perProcess: true } : {}),
    });
    const create = () => {
      const created = ops.varHandleOp(graph, { dtype, shape: options.shape, sharedName: name, name });
      return [created, ops.assignVariableOp(created, initialValue, { name: `${name}/Initialize` })] as const;
    };
    const [handle, initializer] = graph.withRootScope(() => (device ? graph.withDevice(device, create) : create()));
    const variable = new Variable(name, handle, initializer, initialValue, dtype, options.shape, options.trainable);
    this.variables.push(variable);
    this.variablesByName.set(name, variable);
    return variable;
  }

  private step: Variable | null = null;

  /**
   * The training step counter (int64, not trainable, checkpointed): the trainer
   * adds one per step, and stateless random ops (dropout) mix it into their seeds
   * so masks change every step yet a resumed run reproduces them.
   */
  stepVariable(): Variable {
    if (!this.step) {
      const initial = this.graph.withRootScope(() => ops.constant(this.graph, 0n, 'int64', 'global_step/initial_value'));
      this.step = this.createVariable('global_step', initial, { trainable: false, shape: [] });
    }
    return this.step;
  }

  /**
   * The variable named `name`, created with `initialValue` if it does not exist yet. One of
   * another shape (a strategy's per-task state, now for another set of tasks) is replaced: the
   * new variable has the same name (and checkpoint key) and starts from `initialValue`.
   */
  existingOrCreate(name: string, initialValue: Output, options: { trainable: boolean; shape: number[] }): Variable {
    const existing = this.variablesByName.get(name);
    if (existing && existing.shape.length === options.shape.length && existing.shape.every((d, i) => d === options.shape[i]))
      return existing;
    if (existing) {
      this.variables.splice(this.variables.indexOf(existing), 1);
      this.variablesByName.delete(name);
    }
    return this.createVariable(name, initialValue, options);
  }

  variable(name: string): Variable | undefined {
    return this.variablesByName.get(name);
  }

  trainableVariables(): Variable[] {
    return this.variables.filter((v) => v.trainable);
  }
}

const states = new WeakMap<Graph, GraphState>();

/** The GraphState of a graph (created on first use with seed 0 unless given). */
export function graphState(graph: Graph, seed?: number): GraphState {
  let state = states.get(graph);
  if (!state) {
    state = new GraphState(graph, seed ?? 0);
    states.set(graph, state);
  } else if (seed !== undefined) {
    state.seed = seed;
  }
  return state;
}
