// Tells, without computing any row, which rows two revisions (evaluated over one universe) can
// have different: a row is a function of its endpoint's rules (peer sets, ports, actions,
// priorities and how they group into policies), its isolation, its own named ports, and of what
// exists (present endpoints, the destinations of named ports). Where the rules agree, the rows
// can differ only in the columns of endpoints that are not the same in both revisions, so a
// diff looks at those few bits instead of whole rows (DESIGN §4: a diff costs the change).
import type { Direction } from '../model/rule.js';
import type { ContainerPort, Workload } from '../model/workload.js';
import { hasBit, type Bitset } from './bitset.js';
import type { CompiledRule, Connectivity } from './connectivity.js';

export interface RowEquivalence {
  /** Endpoints present in one revision only, or whose container ports differ: the only
   * columns in which rows with the same inputs can differ. In increasing order. */
  readonly changedColumns: readonly number[];
  /** Whether the endpoint's row in this direction has the same inputs in both revisions (then
   * it differs at most in `changedColumns`). False for an endpoint in `changedColumns`. */
  sameInputs(direction: Direction, endpoint: number): boolean;
  /** For an endpoint whose rules agree but for a few peers (the workloads that came into or
   * left their selections): those peers, in increasing order; then its row can differ only in
   * them and in `changedColumns`. Undefined where more differs (or too many peers). */
  movedPeers(direction: Direction, endpoint: number): readonly number[] | undefined;
  /** For an endpoint with the same inputs but for `movedPeers`: false when its row provably
   * holds the same verdicts for `peer` in both revisions, without computing the row. */
  mayDifferAt(direction: Direction, endpoint: number, peer: number): boolean;
}

/** Past this many peers that changed between two versions of a rule, rows are compared whole. */
const MOVED_PEERS_LIMIT = 64;

/** How two versions of a rule compare: `same`, or agreeing but for the peers listed, or not. */
type RulePair = 'same' | 'other' | readonly number[];

export function compareRowInputs(base: Connectivity, head: Connectivity): RowEquivalence {
  if (base.universe !== head.universe)
    throw new Error('compareRowInputs needs both revisions evaluated over one universe');
  const size = base.universe.endpoints.length;
  const changed: number[] = [];
  const isChanged = new Uint8Array(size);
  for (let e = 0; e < size; e++) {
    const a = base.workloadAt(e);
    const b = head.workloadAt(e);
    const same =
      a === undefined
        ? b === undefined && samePresence(base.present, head.present, e)
        : b !== undefined && samePorts(a, b);
    if (!same) {
      changed.push(e);
      isChanged[e] = 1;
    }
  }
  const memo = new Map<CompiledRule, Map<CompiledRule, RulePair>>();
  const pairOf = (a: CompiledRule, b: CompiledRule): RulePair => {
    let row = memo.get(a);
    if (row === undefined) memo.set(a, (row = new Map<CompiledRule, RulePair>()));
    let pair = row.get(b);
    if (pair === undefined) row.set(b, (pair = compareRules(a, b)));
    return pair;
  };
  const sameRule = (a: CompiledRule, b: CompiledRule) => pairOf(a, b) === 'same';
  const sameButPeers = (a: CompiledRule, b: CompiledRule) => pairOf(a, b) !== 'other';
  return {
    changedColumns: changed,
    sameInputs(direction, endpoint) {
      if (isChanged[endpoint] === 1) return false;
      if (base.isIsolated(direction, endpoint) !== head.isIsolated(direction, endpoint)) return false;
      const a = base.rulesFor(direction, endpoint);
      const b = head.rulesFor(direction, endpoint);
      // The namespaced tier does not decide per policy (row.ts), so only its rules must agree.
      return (
        tierAgrees(a.admin, b.admin, sameRule, true) &&
        tierAgrees(a.namespaced, b.namespaced, sameRule, false) &&
        tierAgrees(a.baseline, b.baseline, sameRule, true) &&
        tierAgrees(a.calico, b.calico, sameRule, false)
      );
    },
    movedPeers(direction, endpoint) {
      if (isChanged[endpoint] === 1) return undefined;
      if (base.isIsolated(direction, endpoint) !== head.isIsolated(direction, endpoint)) return undefined;
      const a = base.rulesFor(direction, endpoint);
      const b = head.rulesFor(direction, endpoint);
      if (
        !tierAgrees(a.admin, b.admin, sameButPeers, true) ||
        !tierAgrees(a.namespaced, b.namespaced, sameButPeers, false) ||
        !tierAgrees(a.baseline, b.baseline, sameButPeers, true) ||
        !tierAgrees(a.calico, b.calico, sameButPeers, false)
      )
        return undefined;
      const moved = new Set<number>();
      for (const tier of ['admin', 'namespaced', 'baseline', 'calico'] as const) {
        a[tier].forEach((x, i) => {
          const pair = pairOf(x, b[tier][i] as CompiledRule);
          if (typeof pair !== 'string') for (const peer of pair) moved.add(peer);
        });
      }
      return moved.size > MOVED_PEERS_LIMIT ? undefined : [...moved].sort((x, y) => x - y);
    },
    mayDifferAt(direction, endpoint, peer) {
      // An isolated endpoint with namespaced allows only has the union of its rules' peers as its
      // row (row.ts): a peer in none of them, in either revision, is denied in both. Other rows
      // also read what exists (the default allow), so may differ.
      for (const conn of [base, head]) {
        const rules = conn.rulesFor(direction, endpoint);
        if (
          !conn.isIsolated(direction, endpoint) ||
          rules.admin.length > 0 ||
          rules.baseline.length > 0 ||
          rules.calico.length > 0
        )
          return true;
        if (rules.namespaced.some((r) => r.rule.action !== 'allow' || hasBit(r.peers, peer))) return true;
      }
      return false;
    },
  };
}

function samePresence(a: Bitset, b: Bitset, e: number): boolean {
  return (((a[e >>> 5] as number) ^ (b[e >>> 5] as number)) & (1 << (e & 31))) === 0;
}

function samePorts(a: Workload, b: Workload): boolean {
  if (a.ports.length !== b.ports.length) return false;
  const same = (x: ContainerPort, y: ContainerPort) =>
    x.name === y.name && x.port === y.port && x.protocol === y.protocol;
  return a.ports.every((p, i) => same(p, b.ports[i] as ContainerPort));
}

/** Same rules in the same order, grouped into policies alike (an ordered tier decides per
 * policy within one priority; row.ts `applyLevels`). */
function tierAgrees(
  a: readonly CompiledRule[],
  b: readonly CompiledRule[],
  sameRule: (a: CompiledRule, b: CompiledRule) => boolean,
  byPolicy: boolean,
): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameRule(a[i] as CompiledRule, b[i] as CompiledRule)) return false;
  if (!byPolicy || a.length < 2) return true;
  // Each rule's policy, named by the index of that policy's first rule in the tier.
  const firstA = new Map<unknown, number>();
  const firstB = new Map<unknown, number>();
  for (let i = 0; i < a.length; i++) {
    const x = (a[i] as CompiledRule).policy;
    const y = (b[i] as CompiledRule).policy;
    if (!firstA.has(x)) firstA.set(x, i);
    if (!firstB.has(y)) firstB.set(y, i);
    if (firstA.get(x) !== firstB.get(y)) return false;
  }
  return true;
}

/** What row.ts reads of a compiled rule: all of it the same, or all but a few peers, or not. */
function compareRules(a: CompiledRule, b: CompiledRule): RulePair {
  if (a.rule.action !== b.rule.action || a.rule.direction !== b.rule.direction) return 'other';
  if ((a.rule.restriction === undefined) !== (b.rule.restriction === undefined)) return 'other';
  if (a.policy.priority !== b.policy.priority || a.policy.tier !== b.policy.tier) return 'other';
  if (a.policy.calico?.tier !== b.policy.calico?.tier) return 'other';
  if (a.allPorts !== b.allPorts || a.classes.length !== b.classes.length || a.named.length !== b.named.length)
    return 'other';
  if (a.classes.some((c, i) => b.classes[i] !== c)) return 'other';
  if (a.named.some((n, i) => b.named[i]?.name !== n.name || b.named[i]?.protocol !== n.protocol)) return 'other';
  if (a.peers === b.peers) return 'same';
  if (a.peers.length !== b.peers.length) return 'other';
  const moved: number[] = [];
  for (let w = 0; w < a.peers.length; w++) {
    let word = ((a.peers[w] as number) ^ (b.peers[w] as number)) >>> 0;
    while (word !== 0) {
      if (moved.length === MOVED_PEERS_LIMIT) return 'other';
      const low = word & -word;
      moved.push((w << 5) + (31 - Math.clz32(low)));
      word = (word ^ low) >>> 0;
    }
  }
  return moved.length === 0 ? 'same' : moved;
}
