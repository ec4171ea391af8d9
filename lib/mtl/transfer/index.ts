/**
 * Transfer learning: distillation from teachers (SavedModels trained in Python, or hydra-tf
 * models) and feature extraction through frozen backbones into an on-disk cache.
 */
export { distill, Distiller, distillKey, featureKey } from './distill';
export type { DistillConfig, DistillTaskOptions, FeatureMatch } from './distill';
export { distillationLoss } from './loss';
export type { DistillationLossOptions } from './loss';
export { teacher, backbone, Teacher, Backbone } from './teacher';
export type { TeacherOptions, BackboneOptions } from './teacher';
export { extractFeatures, openFeatureCache } from './features';
export type { ExtractFeaturesOptions } from './features';
export { FeatureCache } from './cache';
export type { CacheManifest, CacheColumn, CacheDatasetOptions } from './cache';
export type { Identity } from './runner';
