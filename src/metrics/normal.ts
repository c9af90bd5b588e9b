import { checkFinite, checkPositive } from './validate.ts';

/** A normal distribution N(mean, sd²) on the line. */
export interface Normal {
  /** Mean μ, finite. */
  mean: number;
  /** Standard deviation σ, finite and > 0. */
  sd: number;
}

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** Below this argument erfc is 1 − erf by its series; above, by its continued fraction. */
const ERFC_SWITCH = 2;

/** Throws unless `normal` has a finite mean and a finite sd > 0. */
export function checkNormal(fn: string, name: string, normal: unknown): asserts normal is Normal {
  if (typeof normal !== 'object' || normal === null) {
    throw new TypeError(`${fn}: invalid ${name}: ${String(normal)} (expected { mean, sd })`);
  }
  const { mean, sd } = normal as Record<string, unknown>;
  checkFinite(fn, `${name}.mean`, mean);
  checkPositive(fn, `${name}.sd`, sd);
}

/** Log density of N(mean, sd²) at x, in log(1/unit of x). */
export function normalLogPdf(x: number, { mean, sd }: Normal): number {
  const z = (x - mean) / sd;
  return -0.5 * z * z - Math.log(sd) - LOG_SQRT_2PI;
}

/** Standard normal CDF Φ(z), relative error below about 1e-13 in both tails. */
export function standardNormalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Error function, relative error about 1e-15 (by the series below |x| = 2). */
export function erf(x: number): number {
  if (x < 0) return -erf(-x);
  if (x < ERFC_SWITCH) return erfSeries(x);
  return 1 - erfc(x);
}

/**
 * Complementary error function, relative error below about 1e-13 (worst just
 * below 2, where 1 − erf cancels; about 1e-15 elsewhere): the series
 * erf(x) = (2/√π) e^{−x²} Σ 2ⁿ x^{2n+1} / (1·3·…·(2n+1)), whose terms are all
 * positive, below |x| = 2, and the continued fraction of erfc above.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < ERFC_SWITCH) return 1 - erfSeries(x);
  if (x > 27.3) return 0;
  return erfcContinuedFraction(x);
}

function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return (2 / Math.sqrt(Math.PI)) * Math.exp(-x2) * sum;
}

/** erfc(x) = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), by the modified Lentz method. */
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = x + a * d;
    d = d === 0 ? tiny : d;
    c = x + a / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
}
