// Which pairs of two revisions (evaluated over one universe) can have changed, found at the
// cost of the change: rows whose rules agree are not computed, rows whose rules agree but for a
// few peers are looked at in those peers, and the remaining candidates of a changed row are
// dismissed with a few bit tests before any port set is built (DESIGN §4). What changed and why
// is diff-connectivity.ts's.
import type { Direction } from '../model/rule.js';
import { createBitset, forEachBit, hasBit, setBit, type Bitset } from '../engine/bitset.js';
import type { ClassSets, Connectivity, Row } from '../engine/connectivity.js';
import { isExternalPair } from '../engine/pair.js';
import { rowCell, type Cell } from '../engine/row-cell.js';
import { compareRowInputs } from '../engine/row-equivalence.js';

/**
 * Calls `visit` with every pair whose allowed ports or restriction may differ between the two
 * revisions (a superset of the changed pairs, never missing one), by source then destination,
 * in increasing order, each once. Pairs that are not the cluster's business (`isExternalPair`)
 * are left out.
 */
export function forEachCandidatePair(
  base: Connectivity,
  head: Connectivity,
  visit: (src: number, dst: number) => void,
): void {
  if (base.universe !== head.universe)
    throw new Error('forEachCandidatePair needs both revisions evaluated over one universe');
  const size = base.universe.endpoints.length;
  const inputs = compareRowInputs(base, head);
  // Candidate pairs by source: the destinations of a changed egress row (a bitset shared with
  // the row difference, never written), and single destinations from changed ingress rows.
  const egressCandidates = new Map<number, Bitset>();
  const moreCandidates = new Map<number, number[]>();
  const candidate = (src: number, dst: number) => {
    const list = moreCandidates.get(src);
    if (list === undefined) moreCandidates.set(src, [dst]);
    else list.push(dst);
  };
  const classCount = base.universe.portClasses.classes.length;
  const views = new Map<Row, RowView>();
  const view = (row: Row) => {
    let v = views.get(row);
    if (v === undefined) views.set(row, (v = viewOf(row, classCount)));
    return v;
  };
  const differences = new Map<Row, Map<Row, Bitset | undefined>>();
  const difference = (a: Row, b: Row): Bitset | undefined => {
    let byB = differences.get(a);
    if (byB === undefined) differences.set(a, (byB = new Map<Row, Bitset | undefined>()));
    if (!byB.has(b)) byB.set(b, rowDifference(a, b));
    return byB.get(b);
  };
  // Same rules: only the columns of endpoints that changed can differ, looked at one by one
  // while they are few (past a word's worth per row, comparing whole rows is cheaper).
  const { changedColumns } = inputs;
  const fewColumns = changedColumns.length <= Math.max(32, size >>> 5);
  // Rules that agree but for a few peers (workloads that came into or left a selection): the
  // row can differ only at those peers, each a candidate without computing the row.
  const moved = (direction: Direction, e: number) => (fewColumns ? inputs.movedPeers(direction, e) : undefined);
  for (let e = 0; e < size; e++) {
    const egressSame = fewColumns && inputs.sameInputs('egress', e);
    const egressMoved = egressSame ? undefined : moved('egress', e);
    if (egressSame) {
      for (const x of changedColumns)
        if (inputs.mayDifferAt('egress', e, x) && differsAt(base.row('egress', e), head.row('egress', e), x))
          candidate(e, x);
    } else if (egressMoved !== undefined) {
      for (const x of [...egressMoved, ...changedColumns]) if (inputs.mayDifferAt('egress', e, x)) candidate(e, x);
    } else {
      const egress = difference(base.row('egress', e), head.row('egress', e));
      if (egress !== undefined) egressCandidates.set(e, egress);
    }
    const ingressSame = fewColumns && inputs.sameInputs('ingress', e);
    const ingressMoved = ingressSame ? undefined : moved('ingress', e);
    if (ingressSame) {
      for (const x of changedColumns)
        if (inputs.mayDifferAt('ingress', e, x) && differsAt(base.row('ingress', e), head.row('ingress', e), x))
          candidate(x, e);
    } else if (ingressMoved !== undefined) {
      for (const x of [...ingressMoved, ...changedColumns]) if (inputs.mayDifferAt('ingress', e, x)) candidate(x, e);
    } else {
      const ingress = difference(base.row('ingress', e), head.row('ingress', e));
      if (ingress !== undefined) forEachBit(ingress, (src) => candidate(src, e));
    }
  }
  const sources = [...new Set([...egressCandidates.keys(), ...moreCandidates.keys()])].sort((a, b) => a - b);
  for (const src of sources) {
    const more = moreCandidates.get(src) ?? [];
    let dsts = egressCandidates.get(src);
    if (dsts !== undefined && more.length > 0) {
      dsts = dsts.slice();
      for (const dst of more) setBit(dsts, dst);
    }
    const egressBefore = view(base.row('egress', src));
    const egressAfter = view(head.row('egress', src));
    const check = (dst: number) => {
      if (isExternalPair(base, src, dst)) return;
      // Most candidates of a changed row keep their verdict (the other side still denies): a few
      // bit tests tell, before any port set is built.
      if (pairMayDiffer(base, head, egressBefore, egressAfter, src, dst, view)) visit(src, dst);
    };
    if (dsts !== undefined) forEachBit(dsts, check);
    else for (const dst of increasingUnique(more)) check(dst);
  }
}

function increasingUnique(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.filter((v, i) => i === 0 || v !== sorted[i - 1]);
}

/** The peers whose verdict in some port class differs between two rows, or undefined for none. */
function rowDifference(a: Row, b: Row): Bitset | undefined {
  if (a === b) return undefined;
  const diff = createBitset(a.all.length * 32);
  let any = false;
  const mark = (x: Bitset, y: Bitset) => {
    for (let i = 0; i < diff.length; i++) {
      const d = ((x[i] as number) ^ (y[i] as number)) >>> 0;
      if (d !== 0) {
        diff[i] = (diff[i] as number) | d;
        any = true;
      }
    }
  };
  const markSets = (x: ClassSets | undefined, y: ClassSets | undefined) => {
    const none = createBitset(a.all.length * 32);
    const xs = x ?? { all: none, byClass: new Map<number, Bitset>() };
    const ys = y ?? { all: none, byClass: new Map<number, Bitset>() };
    mark(xs.all, ys.all);
    // A class a row singles out holds its full set; other classes follow `all`.
    for (const c of new Set([...xs.byClass.keys(), ...ys.byClass.keys()]))
      mark(xs.byClass.get(c) ?? xs.all, ys.byClass.get(c) ?? ys.all);
  };
  markSets(a, b);
  if (a.restricted !== undefined || b.restricted !== undefined) markSets(a.restricted, b.restricted);
  return any ? diff : undefined;
}

/** Whether the rows of two revisions differ at one peer, in any port class or layer. */
function differsAt(a: Row, b: Row, x: number): boolean {
  const setsDiffer = (p: ClassSets | undefined, q: ClassSets | undefined) => {
    if (p === undefined && q === undefined) return false;
    const pAll = p === undefined ? false : hasBit(p.all, x);
    const qAll = q === undefined ? false : hasBit(q.all, x);
    if (pAll !== qAll) return true;
    for (const [c, set] of p?.byClass ?? [])
      if (hasBit(set, x) !== (q === undefined ? false : hasBit(q.byClass.get(c) ?? q.all, x))) return true;
    for (const [c, set] of q?.byClass ?? [])
      if (hasBit(set, x) !== (p === undefined ? false : hasBit(p.byClass.get(c) ?? p.all, x))) return true;
    return false;
  };
  return setsDiffer(a, b) || setsDiffer(a.restricted, b.restricted);
}

/** A row with its sets by class index (undefined for a class that follows `all`), for bit
 * tests without map lookups. */
interface RowView {
  readonly row: Row;
  readonly classes: readonly number[];
  readonly byIndex: readonly (Bitset | undefined)[];
}

function viewOf(row: Row, classCount: number): RowView {
  const byIndex = new Array<Bitset | undefined>(classCount).fill(undefined);
  for (const [c, set] of row.byClass) byIndex[c] = set;
  return { row, classes: [...row.byClass.keys()], byIndex };
}

/** A destination's ingress verdicts for one source: a view of its row, or the one cell of it
 * read from its rules (row-cell.ts) so that the row need not be computed. */
type Ingress = RowView | Cell;

function ingressOf(conn: Connectivity, dst: number, src: number, view: (row: Row) => RowView): Ingress {
  return rowCell(conn, 'ingress', dst, src) ?? view(conn.row('ingress', dst));
}

/**
 * False only when the pair's allowed port classes are provably the same in both revisions and
 * neither revision restricts it (then its ports and restriction are equal, and it is no change).
 * Called for every candidate pair, so it only tests bits (no port set is built), and it looks at
 * a destination's ingress only where the source's egress allows that destination something.
 */
function pairMayDiffer(
  base: Connectivity,
  head: Connectivity,
  eb: RowView,
  eh: RowView,
  src: number,
  dst: number,
  view: (row: Row) => RowView,
): boolean {
  const ib = reachesAny(eb, dst) ? ingressOf(base, dst, src, view) : undefined;
  const ih = reachesAny(eh, dst) ? ingressOf(head, dst, src, view) : undefined;
  if (ib === undefined && ih === undefined) return false;
  if (eb.row.restricted !== undefined || eh.row.restricted !== undefined || isRestricted(ib) || isRestricted(ih))
    return true;
  // Each class some row or cell singles out (a class met twice is merely tested twice), then
  // every class none singles out, which follows the `all` sets (-1 is no class; where every
  // class is singled out this last test is merely superfluous).
  return (
    classesDiffer(eb.classes, eb, ib, eh, ih, src, dst) ||
    classesDiffer(eh.classes, eb, ib, eh, ih, src, dst) ||
    classesDiffer(ib?.classes, eb, ib, eh, ih, src, dst) ||
    classesDiffer(ih?.classes, eb, ib, eh, ih, src, dst) ||
    allowedIn(eb, ib, -1, src, dst) !== allowedIn(eh, ih, -1, src, dst)
  );
}

function isRestricted(ingress: Ingress | undefined): boolean {
  return ingress !== undefined && 'row' in ingress && ingress.row.restricted !== undefined;
}

function classesDiffer(
  classes: readonly number[] | undefined,
  eb: RowView,
  ib: Ingress | undefined,
  eh: RowView,
  ih: Ingress | undefined,
  src: number,
  dst: number,
): boolean {
  if (classes === undefined) return false;
  for (const c of classes) if (allowedIn(eb, ib, c, src, dst) !== allowedIn(eh, ih, c, src, dst)) return true;
  return false;
}

/** Whether an egress row allows the destination on some port class. */
function reachesAny(egress: RowView, dst: number): boolean {
  if (hasBit(egress.row.all, dst)) return true;
  for (const c of egress.classes) if (hasBit(egress.byIndex[c] as Bitset, dst)) return true;
  return false;
}

/** Whether class `c` is allowed; no ingress stands for an egress that allows nothing. */
function allowedIn(egress: RowView, ingress: Ingress | undefined, c: number, src: number, dst: number): boolean {
  if (ingress === undefined || !hasBit(setOf(egress, c), dst)) return false;
  if ('row' in ingress) return hasBit(setOf(ingress, c), src);
  return ingress.all || (c >= 0 && ingress.classes.includes(c));
}

function setOf(view: RowView, c: number): Bitset {
  return (c < 0 ? undefined : view.byIndex[c]) ?? view.row.all;
}
