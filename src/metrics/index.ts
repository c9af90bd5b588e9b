export { default as totalVariation } from './totalVariation.ts';
export { default as klDivergence, KL_NORMALIZE_DEFAULT, type KlDivergenceOptions } from './klDivergence.ts';
export { default as jsDivergence, type JsDivergenceOptions } from './jsDivergence.ts';
export { default as jsDistance } from './jsDistance.ts';
export { default as wasserstein1d } from './wasserstein1d.ts';
export {
  default as earthMover,
  defaultMaxPivots,
  type EarthMoverOptions,
  type EarthMoverResult,
} from './earthMover.ts';
export {
  default as sinkhorn,
  SINKHORN_MAX_ITERATIONS,
  SINKHORN_TOLERANCE,
  type SinkhornOptions,
  type SinkhornResult,
} from './sinkhorn.ts';
export {
  default as euclideanCost,
  EUCLIDEAN_SQUARED_DEFAULT,
  type EuclideanCostOptions,
  type Points,
} from './euclideanCost.ts';
export { default as parallelLines, type ParallelLinesDistances } from './parallelLines.ts';
export { type Normal, normalLogPdf, standardNormalCdf } from './normal.ts';
export { default as gaussianKl } from './gaussianKl.ts';
export { default as gaussianW1 } from './gaussianW1.ts';
export { default as gaussianW2 } from './gaussianW2.ts';
export { default as gaussianJs, GAUSSIAN_JS_TOLERANCE } from './gaussianJs.ts';
export { default as gaussianTv } from './gaussianTv.ts';
export {
  default as optimalDiscriminator,
  DISCRIMINATOR_LOG_DEFAULT,
  DISCRIMINATOR_UNDECIDED,
  type OptimalDiscriminatorOptions,
} from './optimalDiscriminator.ts';
export {
  default as optimalCritic,
  CRITIC_LOG_DEFAULT,
  type OptimalCriticOptions,
  type OptimalCriticResult,
} from './optimalCritic.ts';
export { default as trapezoidWeights } from './trapezoidWeights.ts';
export { MASS_RELATIVE_TOLERANCE } from './validate.ts';
