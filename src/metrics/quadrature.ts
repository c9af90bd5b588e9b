/** Gauss–Legendre nodes per panel. */
const NODES = 16;

/** Deepest bisection of a panel before its estimate is accepted as is. */
const MAX_DEPTH = 40;

const { nodes, weights } = gaussLegendre(NODES);

/**
 * Integrates f over [a, b] by adaptive Gauss–Legendre quadrature: a panel is
 * split in half until the two halves agree with the whole within
 * `tolerance` scaled by the panel's share of [a, b]. Returns the integral and
 * the sum of the accepted differences, an estimate of the absolute error
 * (conservative, since each accepted half-pair is far more accurate).
 */
export default function integrate(
  f: (x: number) => number,
  a: number,
  b: number,
  tolerance: number,
): { value: number; error: number } {
  const whole = panel(f, a, b);
  return refine(f, a, b, whole, tolerance, 0);
}

function refine(
  f: (x: number) => number,
  a: number,
  b: number,
  whole: number,
  tolerance: number,
  depth: number,
): { value: number; error: number } {
  const mid = 0.5 * (a + b);
  const left = panel(f, a, mid);
  const right = panel(f, mid, b);
  const difference = Math.abs(left + right - whole);
  if (difference <= tolerance || depth >= MAX_DEPTH) return { value: left + right, error: difference };

  const l = refine(f, a, mid, left, tolerance / 2, depth + 1);
  const r = refine(f, mid, b, right, tolerance / 2, depth + 1);
  return { value: l.value + r.value, error: l.error + r.error };
}

function panel(f: (x: number) => number, a: number, b: number): number {
  const half = 0.5 * (b - a);
  const centre = 0.5 * (a + b);
  let sum = 0;
  for (let k = 0; k < NODES; k++) sum += weights[k] * f(centre + half * nodes[k]);
  return sum * half;
}

/** Computes the nodes and weights of the n-point Gauss–Legendre rule on [−1, 1] by Newton's method on Pₙ. */
function gaussLegendre(n: number): { nodes: Float64Array; weights: Float64Array } {
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let derivative = 0;
    for (let step = 0; step < 100; step++) {
      let p0 = 1;
      let p1 = z;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      derivative = (n * (z * p1 - p0)) / (z * z - 1);
      const next = z - p1 / derivative;
      if (Math.abs(next - z) < 1e-16) {
        z = next;
        break;
      }
      z = next;
    }
    x[i] = z;
    w[i] = 2 / ((1 - z * z) * derivative * derivative);
  }
  return { nodes: x, weights: w };
}
