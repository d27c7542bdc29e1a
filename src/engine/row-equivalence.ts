// Tells, without computing any row, which rows two revisions (evaluated over one universe) can
// have different: a row is a function of its endpoint's rules (peer sets, ports, actions,
// priorities and how they group into policies), its isolation, its own named ports, and of what
// exists (present endpoints, the destinations of named ports). Where the rules agree, the rows
// can differ only in the columns of endpoints that are not the same in both revisions, so a
// diff looks at those few bits instead of whole rows (DESIGN §4: a diff costs the change).
import type { Direction } from '../model/rule.js';
import type { ContainerPort, Workload } from '../model/workload.js';
import { hasBit, type Bitset } from './bitset.js';
import type { CompiledRule, Connectivity } from './evaluate.js';

export interface RowEquivalence {
  /** Endpoints present in one revision only, or whose container ports differ: the only
   * columns in which rows with the same inputs can differ. In increasing order. */
  readonly changedColumns: readonly number[];
  /** Whether the endpoint's row in this direction has the same inputs in both revisions (then
   * it differs at most in `changedColumns`). False for an endpoint in `changedColumns`. */
  sameInputs(direction: Direction, endpoint: number): boolean;
  /** For an endpoint with the same inputs: false when its row provably holds the same verdicts
   * for `peer` in both revisions, without computing the row. */
  mayDifferAt(direction: Direction, endpoint: number, peer: number): boolean;
}

export function compareRowInputs(base: Connectivity, head: Connectivity): RowEquivalence {
  if (base.universe !== head.universe) throw new Error('compareRowInputs needs both revisions evaluated over one universe');
  const size = base.universe.endpoints.length;
  const changed: number[] = [];
  const isChanged = new Uint8Array(size);
  for (let e = 0; e < size; e++) {
    const a = base.workloadAt(e);
    const b = head.workloadAt(e);
    const same = a === undefined ? b === undefined && samePresence(base.present, head.present, e) : b !== undefined && samePorts(a, b);
    if (!same) {
      changed.push(e);
      isChanged[e] = 1;
    }
  }
  const memo = new Map<CompiledRule, Map<CompiledRule, boolean>>();
  const sameRule = (a: CompiledRule, b: CompiledRule): boolean => {
    let row = memo.get(a);
    if (row === undefined) memo.set(a, (row = new Map()));
    let same = row.get(b);
    if (same === undefined) row.set(b, (same = ruleAgrees(a, b)));
    return same;
  };
  return {
    changedColumns: changed,
    sameInputs(direction, endpoint) {
      if (isChanged[endpoint] === 1) return false;
      if (base.isIsolated(direction, endpoint) !== head.isIsolated(direction, endpoint)) return false;
      const a = base.rulesFor(direction, endpoint);
      const b = head.rulesFor(direction, endpoint);
      // The namespaced tier does not decide per policy (row.ts), so only its rules must agree.
      return tierAgrees(a.admin, b.admin, sameRule, true) && tierAgrees(a.namespaced, b.namespaced, sameRule, false) && tierAgrees(a.baseline, b.baseline, sameRule, true);
    },
    mayDifferAt(direction, endpoint, peer) {
      // An isolated endpoint with namespaced allows only has the union of its rules' peers as its
      // row (row.ts), and those peer sets are the same in both revisions: a peer in none of them
      // is denied in both. Other rows also read what exists (the default allow), so may differ.
      const rules = base.rulesFor(direction, endpoint);
      if (!base.isIsolated(direction, endpoint) || rules.admin.length > 0 || rules.baseline.length > 0) return true;
      return rules.namespaced.some((r) => r.rule.action !== 'allow' || hasBit(r.peers, peer));
    },
  };
}

function samePresence(a: Bitset, b: Bitset, e: number): boolean {
  return (((a[e >>> 5] as number) ^ (b[e >>> 5] as number)) & (1 << (e & 31))) === 0;
}

function samePorts(a: Workload, b: Workload): boolean {
  if (a.ports.length !== b.ports.length) return false;
  const same = (x: ContainerPort, y: ContainerPort) => x.name === y.name && x.port === y.port && x.protocol === y.protocol;
  return a.ports.every((p, i) => same(p, b.ports[i] as ContainerPort));
}

/** Same rules in the same order, grouped into policies alike (an ordered tier decides per
 * policy within one priority; row.ts `applyLevels`). */
function tierAgrees(a: readonly CompiledRule[], b: readonly CompiledRule[], sameRule: (a: CompiledRule, b: CompiledRule) => boolean, byPolicy: boolean): boolean {
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

/** What row.ts reads of a compiled rule. */
function ruleAgrees(a: CompiledRule, b: CompiledRule): boolean {
  if (a.rule.action !== b.rule.action || a.rule.direction !== b.rule.direction) return false;
  if ((a.rule.restriction === undefined) !== (b.rule.restriction === undefined)) return false;
  if (a.policy.priority !== b.policy.priority || a.policy.tier !== b.policy.tier) return false;
  if (a.allPorts !== b.allPorts || a.classes.length !== b.classes.length || a.named.length !== b.named.length) return false;
  if (a.classes.some((c, i) => b.classes[i] !== c)) return false;
  if (a.named.some((n, i) => b.named[i]?.name !== n.name || b.named[i]?.protocol !== n.protocol)) return false;
  if (a.peers.length !== b.peers.length) return false;
  for (let i = 0; i < a.peers.length; i++) if (a.peers[i] !== b.peers[i]) return false;
  return true;
}
