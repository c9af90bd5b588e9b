import { checkFinite } from './validate.ts';

/** The four distances between P₀ and P_θ of {@link parallelLines}. */
export interface ParallelLinesDistances {
  /** W₁ = |θ|, in the units of θ. */
  wasserstein: number;
  /** JS = ln 2 nats for θ ≠ 0 (½-weighted definition), 0 at θ = 0. */
  jensenShannon: number;
  /** KL(P₀‖P_θ) = +∞ for θ ≠ 0, 0 at θ = 0, in nats. */
  kullbackLeibler: number;
  /** TV = 1 for θ ≠ 0, 0 at θ = 0. */
  totalVariation: number;
}

/**
 * Returns the distances between P₀, uniform on {0}×[0, 1], and P_θ, uniform on
 * {θ}×[0, 1] (Example 1 of Arjovsky, Chintala & Bottou, "Wasserstein GAN",
 * ICML 2017): W₁ = |θ|, JS = ln 2, KL = +∞ and TV = 1 for θ ≠ 0, all 0 at θ = 0.
 * Only W₁ changes continuously with θ, which is the point of the example.
 *
 * JS here is ½KL(P₀‖M) + ½KL(P_θ‖M) with M = (P₀ + P_θ)/2, the definition of
 * {@link jsDivergence}. The paper writes JS without the ½, as
 * KL(P₀‖M) + KL(P_θ‖M), yet gives log 2 in Example 1. That is the value of the
 * ½-weighted form, because the paper's own formula would give 2 log 2.
 *
 * @param theta - horizontal offset θ of the second segment, finite.
 * @throws RangeError when theta is NaN or infinite; TypeError when it is not a number.
 */
export default function parallelLines(theta: number): ParallelLinesDistances {
  checkFinite('parallelLines', 'theta', theta);
  if (theta === 0) return { wasserstein: 0, jensenShannon: 0, kullbackLeibler: 0, totalVariation: 0 };
  return { wasserstein: Math.abs(theta), jensenShannon: Math.LN2, kullbackLeibler: Infinity, totalVariation: 1 };
}
