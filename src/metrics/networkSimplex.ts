/**
 * Primal network simplex for the transportation problem
 *
 *   min ⟨P, C⟩  subject to  P·1 = a,  Pᵀ·1 = b,  P ≥ 0,
 *
 * on the complete bipartite graph from n sources to m sinks. One root node is
 * joined to every node by an artificial arc that costs more than any path of
 * real arcs: the big-M start of Ahuja, Magnanti & Orlin, Network Flows (1993), §11. The basis is a spanning tree stored as parent, pred, thread
 * (preorder) and subtree-size arrays; pivots follow the strongly feasible rule
 * of Cunningham (1976), which rules out cycling; the entering arc comes from
 * block search pricing, the most negative reduced cost in each block of about
 * √(arcs) arcs, as in LEMON's network simplex.
 *
 * Node potentials are kept as double-double numbers (hi + lo), so that sums of
 * costs of very different magnitude (1e32 beside 1e3) keep their small part:
 * the sign of a reduced cost is then right even when the tree holds huge arcs.
 */

/** Reduced costs above −this·(|cost| + |potentials' low parts|) count as 0. */
const REDUCED_COST_TOLERANCE = 1e-12;

/**
 * Reduced costs above −this·max|low part of a potential| count as 0. The low
 * parts carry 53 bits, so a cost far below them (8.7e-47 beside 0.125) is
 * rounding noise in the potentials, and pivots on that noise can cycle.
 */
const REDUCED_COST_FLOOR = 2 ** -48;

/** Smallest block of arcs priced before an entering arc is taken. */
const MIN_BLOCK_SIZE = 10;

/** The optimal flow on the real arcs and how the solver ended. */
export interface TransportSolution {
  /** Row-major n×m flow. */
  plan: Float64Array;
  /** Pivots performed. */
  iterations: number;
  /** Whether no arc with a negative reduced cost remained. */
  optimal: boolean;
}

/**
 * Solves the transportation problem for sources `a` (length n, all > 0), sinks
 * `b` (length m, all > 0) and a row-major n×m `cost` (finite, ≥ 0). The totals
 * of a and b should agree up to rounding; the root absorbs the difference.
 * Stops after `maxIterations` pivots with `optimal: false`.
 */
export default function networkSimplex(
  a: Float64Array,
  b: Float64Array,
  cost: Float64Array,
  maxIterations: number,
): TransportSolution {
  const n = a.length;
  const m = b.length;
  const nodeCount = n + m + 1;
  const root = n + m;
  const realArcs = n * m;
  const arcCount = realArcs + n + m;

  // A power of two above any path cost, so that ±artificialCost + small sums
  // are exact in double-double arithmetic.
  let maxCost = 0;
  for (let e = 0; e < realArcs; e++) if (cost[e] > maxCost) maxCost = cost[e];
  const artificialCost = 2 ** Math.ceil(Math.log2((maxCost + 1) * (n + m + 1)));

  const flow = new Float64Array(arcCount);
  // 1 for an arc outside the tree (at flow 0), 0 for a tree arc.
  const state = new Uint8Array(arcCount).fill(1);
  // Artificial arc of node k, with 1 when it runs k → root, −1 for root → k.
  const artificialUp = new Int8Array(n + m);

  const parent = new Int32Array(nodeCount);
  const pred = new Int32Array(nodeCount);
  // 1 when pred[u] runs from u to its parent, −1 when it runs parent → u.
  const predUp = new Int8Array(nodeCount);
  const thread = new Int32Array(nodeCount);
  const revThread = new Int32Array(nodeCount);
  const succNum = new Int32Array(nodeCount);
  const piHi = new Float64Array(nodeCount);
  const piLo = new Float64Array(nodeCount);
  const order = new Int32Array(nodeCount);

  initialiseTree();

  const blockSize = Math.max(MIN_BLOCK_SIZE, Math.ceil(Math.sqrt(arcCount)));
  let floor = Number.MIN_VALUE;
  let nextArc = 0;
  let iterations = 0;
  let optimal = false;

  while (iterations < maxIterations) {
    let entering = findEnteringArc();
    if (entering < 0) {
      // Incremental potential updates drift; confirm optimality against
      // potentials recomputed from the tree before stopping.
      recomputePotentials();
      entering = findEnteringArc();
      if (entering < 0) {
        optimal = true;
        break;
      }
    }
    pivot(entering);
    iterations++;
  }

  return { plan: flow.slice(0, realArcs), iterations, optimal };

  function source(e: number): number {
    if (e < realArcs) return (e / m) | 0;
    const k = e - realArcs;
    return artificialUp[k] === 1 ? k : root;
  }

  function target(e: number): number {
    if (e < realArcs) return n + (e % m);
    const k = e - realArcs;
    return artificialUp[k] === 1 ? root : k;
  }

  function arcCost(e: number): number {
    return e < realArcs ? cost[e] : artificialCost;
  }

  function initialiseTree(): void {
    parent[root] = -1;
    pred[root] = -1;
    succNum[root] = nodeCount;
    thread[root] = 0;
    revThread[0] = root;

    // Sources send their mass up to the root and sinks receive theirs from it.
    // Zero-flow tree arcs point to the root, so the start is strongly feasible.
    for (let k = 0; k < n + m; k++) {
      const e = realArcs + k;
      const mass = k < n ? a[k] : b[k - n];
      const up = k < n || mass === 0 ? 1 : -1;
      artificialUp[k] = up;
      parent[k] = root;
      pred[k] = e;
      predUp[k] = up;
      state[e] = 0;
      flow[e] = mass;
      succNum[k] = 1;
      piHi[k] = up === 1 ? -artificialCost : artificialCost;
      piLo[k] = 0;
      thread[k] = k + 1 === n + m ? root : k + 1;
      revThread[k + 1 === n + m ? root : k + 1] = k;
    }
  }

  /**
   * Returns an arc with a clearly negative reduced cost, or −1 if none: scans
   * blocks of `blockSize` arcs from where the last search stopped, and takes
   * the most negative arc of the first block that has one.
   */
  function findEnteringArc(): number {
    let lowScale = 0;
    for (let x = 0; x < nodeCount; x++) lowScale = Math.max(lowScale, Math.abs(piLo[x]));
    floor = Math.max(Number.MIN_VALUE, REDUCED_COST_FLOOR * lowScale);

    let bestArc = -1;
    let bestRc = 0;
    let inBlock = 0;
    let e = nextArc;

    for (let remaining = arcCount; remaining > 0; ) {
      let scanned = 1;
      if (e < realArcs) {
        // Real arcs run along a row of the cost matrix, so this loop needs no
        // division. The solver spends most of its time here.
        const i = (e / m) | 0;
        const rowStart = i * m;
        const hiU = piHi[i];
        const loU = piLo[i];
        const end = rowStart + Math.min(m, e - rowStart + Math.min(remaining, blockSize - inBlock));
        for (let arc = e; arc < end; arc++) {
          const v = n + arc - rowStart;
          const rc = cost[arc] + (hiU - piHi[v]) + (loU - piLo[v]);
          if (rc < bestRc && state[arc] === 1) {
            bestRc = rc;
            bestArc = arc;
          }
        }
        scanned = end - e;
      } else if (state[e] === 1) {
        const u = source(e);
        const v = target(e);
        const rc = artificialCost + (piHi[u] - piHi[v]) + (piLo[u] - piLo[v]);
        if (rc < bestRc) {
          bestRc = rc;
          bestArc = e;
        }
      }

      e += scanned;
      if (e === arcCount) e = 0;
      remaining -= scanned;
      inBlock += scanned;
      if (inBlock >= blockSize || remaining === 0) {
        inBlock = 0;
        if (bestArc >= 0 && isClearlyNegative(bestArc, bestRc)) {
          nextArc = e;
          return bestArc;
        }
        bestArc = -1;
        bestRc = 0;
      }
    }
    return -1;
  }

  function isClearlyNegative(e: number, rc: number): boolean {
    const u = source(e);
    const v = target(e);
    const scale = Math.abs(arcCost(e)) + Math.abs(piLo[u]) + Math.abs(piLo[v]);
    return rc < -REDUCED_COST_TOLERANCE * scale - floor;
  }

  function pivot(inArc: number): void {
    const first = source(inArc);
    const second = target(inArc);

    // The apex of the cycle that inArc closes in the tree.
    let u = first;
    let v = second;
    while (u !== v) {
      if (succNum[u] < succNum[v]) u = parent[u];
      else v = parent[v];
    }
    const join = u;

    // Flow runs join → first → second → join. The leaving arc is the last
    // blocking arc met from the join in that direction: strict < on the first
    // side and ≤ on the second keep the tree strongly feasible.
    let delta = Infinity;
    let uOut = -1;
    let outOnFirstSide = true;
    for (u = first; u !== join; u = parent[u]) {
      if (predUp[u] === 1 && flow[pred[u]] < delta) {
        delta = flow[pred[u]];
        uOut = u;
        outOnFirstSide = true;
      }
    }
    for (u = second; u !== join; u = parent[u]) {
      if (predUp[u] === -1 && flow[pred[u]] <= delta) {
        delta = flow[pred[u]];
        uOut = u;
        outOnFirstSide = false;
      }
    }

    if (delta > 0) {
      flow[inArc] += delta;
      for (u = first; u !== join; u = parent[u]) flow[pred[u]] -= predUp[u] * delta;
      for (u = second; u !== join; u = parent[u]) flow[pred[u]] += predUp[u] * delta;
    }
    const outArc = pred[uOut];
    flow[outArc] = 0;
    state[outArc] = 1;
    state[inArc] = 0;

    const uIn = outOnFirstSide ? first : second;
    const vIn = outOnFirstSide ? second : first;
    const shift = reducedCostDD(inArc);
    const sign = uIn === first ? -1 : 1;
    updateTree(inArc, uIn, vIn, uOut, join, sign * shift.hi, sign * shift.lo);
  }

  /** Reduced cost of arc e as a double-double. */
  function reducedCostDD(e: number): { hi: number; lo: number } {
    const u = source(e);
    const v = target(e);
    const s = piHi[u] - piHi[v];
    const sErr = twoSumError(piHi[u], -piHi[v], s);
    const c = arcCost(e);
    const t = s + c;
    const lo = sErr + twoSumError(s, c, t) + (piLo[u] - piLo[v]);
    const hi = t + lo;
    return { hi, lo: lo - (hi - t) };
  }

  /**
   * Hangs the subtree below uOut from vIn through inArc, re-rooted at uIn, and
   * shifts its potentials by (shiftHi + shiftLo).
   */
  function updateTree(
    inArc: number,
    uIn: number,
    vIn: number,
    uOut: number,
    join: number,
    shiftHi: number,
    shiftLo: number,
  ): void {
    const movedSize = succNum[uOut];

    // New preorder of the moved subtree: for each node s on the stem from uIn
    // up to uOut, its old subtree without the part already listed below it.
    let length = 0;
    let previousStem = -1;
    let afterPrevious = -1;
    for (let s = uIn; ; s = parent[s]) {
      let x = s;
      for (let count = succNum[s]; count > 0; ) {
        if (x === previousStem) {
          count -= succNum[previousStem];
          x = afterPrevious;
          continue;
        }
        order[length++] = x;
        x = thread[x];
        count--;
      }
      afterPrevious = x;
      if (s === uOut) break;
      previousStem = s;
    }
    const afterMoved = afterPrevious;

    // Subtree sizes: the old branch loses the moved nodes, the new one gains them.
    for (let x = parent[uOut]; x !== join; x = parent[x]) succNum[x] -= movedSize;
    for (let x = vIn; x !== join; x = parent[x]) succNum[x] += movedSize;

    // Reverse the stem: each node becomes the parent of its old parent.
    let child = uIn;
    let newParent = vIn;
    let newPred = inArc;
    let newUp = source(inArc) === uIn ? 1 : -1;
    let stemSize = movedSize;
    for (;;) {
      const oldParent = parent[child];
      const oldPred = pred[child];
      const oldUp = predUp[child];
      const oldSize = succNum[child];
      parent[child] = newParent;
      pred[child] = newPred;
      predUp[child] = newUp;
      succNum[child] = stemSize;
      if (child === uOut) break;
      stemSize = movedSize - oldSize;
      newParent = child;
      newPred = oldPred;
      newUp = -oldUp;
      child = oldParent;
    }

    // Splice the thread: cut the old block out, insert the new one after vIn.
    const before = revThread[uOut];
    thread[before] = afterMoved;
    revThread[afterMoved] = before;
    const afterV = thread[vIn];
    let last = vIn;
    for (let k = 0; k < length; k++) {
      const x = order[k];
      thread[last] = x;
      revThread[x] = last;
      last = x;
    }
    thread[last] = afterV;
    revThread[afterV] = last;

    for (let k = 0; k < length; k++) addToPotential(order[k], shiftHi, shiftLo);
  }

  function addToPotential(x: number, hi: number, lo: number): void {
    const s = piHi[x] + hi;
    const low = twoSumError(piHi[x], hi, s) + piLo[x] + lo;
    const high = s + low;
    piHi[x] = high;
    piLo[x] = low - (high - s);
  }

  /** Sets every potential from its parent's so that tree arcs have zero reduced cost. */
  function recomputePotentials(): void {
    piHi[root] = 0;
    piLo[root] = 0;
    for (let x = thread[root]; x !== root; x = thread[x]) {
      const p = parent[x];
      const c = arcCost(pred[x]);
      // Arc x → p: c + π(x) − π(p) = 0; arc p → x: c + π(p) − π(x) = 0.
      const signed = predUp[x] === 1 ? -c : c;
      const s = piHi[p] + signed;
      const low = twoSumError(piHi[p], signed, s) + piLo[p];
      const high = s + low;
      piHi[x] = high;
      piLo[x] = low - (high - s);
    }
  }
}

/** Returns the exact rounding error of s = fl(a + b), so a + b = s + error (Knuth's TwoSum). */
function twoSumError(a: number, b: number, s: number): number {
  const bb = s - a;
  return a - (s - bb) + (b - bb);
}
