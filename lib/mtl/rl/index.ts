/**
 * lib/mtl/rl: multi-task reinforcement learning. Environments are plain objects with declared
 * spaces and reset/step (CartPole, Acrobot and grid-world families built in, users add their own); an
 * actor-critic (PPO or A2C with GAE) shares a trunk across tasks with per-task policy and value
 * heads, trained as an mtl model with any weighting, optionally with per-task PopArt.
 */
export { box, discrete, observationSize, checkAction, checkEnvironment, checkObservation, checkStep, EpisodeClock } from './environment';
export type { Environment, StepResult, BoxSpace, DiscreteSpace } from './environment';
export { CartPole, cartPole, cartPoleDerivatives, CARTPOLE } from './cartpole';
export type { CartPoleOptions } from './cartpole';
export { Acrobot, acrobot, acrobotDerivatives, acrobotRungeKutta, ACROBOT } from './acrobot';
export type { AcrobotOptions, AcrobotParameters } from './acrobot';
export { GridWorld, gridWorld, GRID_MOVES } from './gridworld';
export type { GridWorldOptions } from './gridworld';
export { VectorEnvironment, vectorEnvironment } from './vector';
export type { VectorStep } from './vector';
export { generalizedAdvantages, discountedReturns } from './returns';
export type { RolloutArrays } from './returns';
export { ActorCriticHead, actorCriticLoss, actorCriticTerms, LABEL_COLUMNS } from './policy';
export type { ActorCriticHeadOptions, ActorCriticLossOptions, ActorCriticTerms } from './policy';
export { PopArtGraph, updateStatistics, INITIAL_STATISTICS } from './popart';
export type { PopArtOptions, PopArtStatistics } from './popart';
export { ActorCritic, actorCritic } from './agent';
export type { ActorCriticOptions, UpdateReport, TrainResult, EvaluateOptions } from './agent';
