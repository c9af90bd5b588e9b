// Times the metric core against SciPy and POT on identical inputs.
//
//   npm run bench        (= node bench/run.ts)
//
// Inputs come from a seeded PRNG, are written to a temporary folder as raw
// float64, and bench/peers.py times the peers on the same files. The table
// gives the fastest and the median wall time of each side. The ratio (ours /
// peer) uses the fastest runs, which other load on the machine disturbs least.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { earthMover, euclideanCost, sinkhorn, wasserstein1d } from '../src/metrics/index.ts';

const SEED = 20170126;
const W1_SAMPLE_SIZE = 1_000_000;
const SINKHORN_EPSILON = 0.05;
const SINKHORN_TOLERANCE = 1e-9;
const SINKHORN_MAX_ITERATIONS = 10_000;
const REPEATS = 7;
const INSTALL_HINT = 'apt-get install -y python3-scipy python3-pot';

/** mulberry32: a small seeded generator of uniform numbers in [0, 1). */
function uniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normalSample(random: () => number, n: number, mean: number, sd: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    out[i] = mean + sd * radius * Math.cos(angle);
    if (i + 1 < n) out[i + 1] = mean + sd * radius * Math.sin(angle);
  }
  return out;
}

function points(random: () => number, n: number): number[][] {
  return Array.from({ length: n }, () => [random(), random()]);
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time<T>(repeats: number, run: () => T): { times: number[]; result: T } {
  const times: number[] = [];
  let result = run();
  for (let k = 0; k < repeats; k++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  return { times, result };
}

/** Returns a Python with SciPy and POT, preferring Debian's /usr/bin/python3 over a shadowing one on PATH. */
function findPython(): string | null {
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(candidate, ['-c', 'import scipy, ot'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // Not installed here, or missing a peer: try the next one.
    }
  }
  return null;
}

interface Row {
  task: string;
  ours: number[];
  ourValue: number;
  peerKey: string;
  target: string;
  note?: string;
}

const folder = mkdtempSync(join(tmpdir(), 'metrics-bench-'));
const file = (name: string, data: Float64Array): string => {
  const path = join(folder, `${name}.f64`);
  writeFileSync(path, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return path;
};

try {
  const random = uniform(SEED);
  const tasks: Record<string, unknown>[] = [];
  const rows: Row[] = [];

  const u = normalSample(random, W1_SAMPLE_SIZE, 0, 1);
  const v = normalSample(random, W1_SAMPLE_SIZE, 0.5, 1.5);
  tasks.push({ name: 'w1d', kind: 'w1d', u: file('u', u), v: file('v', v), repeats: REPEATS });
  const w1 = time(REPEATS, () => wasserstein1d(u, v));
  rows.push({ task: 'wasserstein1d, 2 × 10⁶ samples', ours: w1.times, ourValue: w1.result, peerKey: 'w1d', target: '≤ 1.0 vs scipy.stats.wasserstein_distance' });

  for (const n of [500, 1000]) {
    const cost = euclideanCost(points(random, n), points(random, n));
    const weights = new Float64Array(n).fill(1 / n);
    const name = `emd${n}`;
    tasks.push({ name, kind: 'emd', n, m: n, a: file(`${name}-a`, weights), b: file(`${name}-b`, weights), cost: file(`${name}-cost`, cost), repeats: REPEATS });
    const emd = time(REPEATS, () => earthMover(weights, weights, cost));
    rows.push({
      task: `earthMover, ${n} vs ${n} points in 2-D`,
      ours: emd.times,
      ourValue: emd.result.cost,
      peerKey: name,
      target: n === 500 ? '≤ 2.0 vs ot.emd2' : 'reported only',
      note: `${emd.result.iterations} pivots`,
    });
  }

  const sinkhornCost = euclideanCost(points(random, 500), points(random, 500));
  const sinkhornWeights = new Float64Array(500).fill(1 / 500);
  tasks.push({
    name: 'sinkhorn500',
    kind: 'sinkhorn',
    n: 500,
    m: 500,
    a: file('s-a', sinkhornWeights),
    b: file('s-b', sinkhornWeights),
    cost: file('s-cost', sinkhornCost),
    epsilon: SINKHORN_EPSILON,
    tolerance: SINKHORN_TOLERANCE,
    maxIterations: SINKHORN_MAX_ITERATIONS,
    repeats: REPEATS,
  });
  const options = { epsilon: SINKHORN_EPSILON, tolerance: SINKHORN_TOLERANCE, maxIterations: SINKHORN_MAX_ITERATIONS };
  const entropic = time(REPEATS, () => sinkhorn(sinkhornWeights, sinkhornWeights, sinkhornCost, options));
  const sinkhornNote = `${entropic.result.iterations} iterations, converged ${entropic.result.converged}, marginal error ${entropic.result.marginalError.toExponential(1)}`;
  for (const method of ['sinkhorn', 'sinkhorn_log']) {
    rows.push({
      task: `sinkhorn, 500 vs 500, ε = ${SINKHORN_EPSILON}`,
      ours: entropic.times,
      ourValue: entropic.result.cost,
      peerKey: `sinkhorn500 [${method}]`,
      target: `≤ 1.0 vs ot.sinkhorn2(method='${method}')`,
      note: sinkhornNote,
    });
  }

  const manifest = join(folder, 'manifest.json');
  writeFileSync(manifest, JSON.stringify({ tasks }));

  const python = findPython();
  let peers: { versions: Record<string, string>; tasks: Record<string, [number[], number]> } | null = null;
  if (python === null) {
    console.log(`SciPy or POT is missing: no Python here imports both scipy and ot. Install the Debian packages with\n  ${INSTALL_HINT}\n`);
  } else {
    const output = execFileSync(python, [new URL('./peers.py', import.meta.url).pathname, manifest], { encoding: 'utf8', maxBuffer: 1 << 24 });
    peers = JSON.parse(output);
  }

  console.log(`node ${process.version}; OPENBLAS_CORETYPE=${process.env.OPENBLAS_CORETYPE ?? '(unset)'}`);
  if (peers) console.log(`peers (${python}): ${Object.entries(peers.versions).map(([k, x]) => `${k} ${x}`).join(', ')}`);
  console.log(`${REPEATS} runs after one warm-up; times are fastest / median; ratio = fastest ours / fastest peer\n`);
  for (const row of rows) {
    const ours = Math.min(...row.ours);
    const peer = peers?.tasks[row.peerKey];
    const peerTime = peer ? Math.min(...peer[0]) : NaN;
    const spread = (times: number[]) => `${Math.min(...times).toFixed(1)} / ${median(times).toFixed(1)} ms`;
    const peerValue = peer ? peer[1] : NaN;
    console.log(row.task + (row.note ? ` (${row.note})` : ''));
    console.log(`  peer:   ${row.peerKey.includes('[') ? row.peerKey.slice(row.peerKey.indexOf('[')) : ''} target ${row.target}`);
    console.log(`  time:   ours ${spread(row.ours)}, peer ${peer ? spread(peer[0]) : 'missing'}, ratio ${peer ? (ours / peerTime).toFixed(2) : 'n/a'}`);
    console.log(`  value:  ours ${row.ourValue}, peer ${peer ? peerValue : 'missing'}, |difference| ${peer ? Math.abs(row.ourValue - peerValue).toExponential(2) : 'n/a'}\n`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
