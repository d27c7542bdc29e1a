// Rows on demand (DESIGN §4): an endpoint's row is computed when first asked for, and endpoints
// whose rows have the same inputs (row-signature.ts) share one. An endpoint that nothing selects
// or isolates gets the open row; an ingress row always admits the local node.
import type { Direction } from '../model/rule.js';
import type { Workload } from '../model/workload.js';
import { createBitset, hasBit, setBit, type Bitset } from './bitset.js';
import { sparse, type CompiledRules } from './compile-rules.js';
import type { CompiledRule, Row, RowRules } from './connectivity.js';
import { computeRow, type RowContext } from './row.js';
import { rowSignature } from './row-signature.js';
import type { Universe } from './universe.js';

export const NO_RULES: RowRules = { admin: [], namespaced: [], baseline: [], calico: [] };

const selectsNothing = (rules: RowRules) =>
  rules.admin.length === 0 && rules.baseline.length === 0 && rules.namespaced.length === 0 && rules.calico.length === 0;

export function createRows(
  universe: Universe,
  present: Bitset,
  workloads: readonly (Workload | undefined)[],
  compiled: CompiledRules,
  namedTargets: ReadonlyMap<string, ReadonlyMap<number, Bitset>>,
): (direction: Direction, endpoint: number) => Row {
  const size = universe.endpoints.length;
  const { portClasses } = universe;
  const empty: Row = { all: createBitset(size), byClass: new Map() };
  const open: Row = { all: present, byClass: new Map() };
  const cache: Record<Direction, (Row | undefined)[]> = { ingress: sparse(size), egress: sparse(size) };
  const shared: Record<Direction, Map<string, Row>> = { ingress: new Map(), egress: new Map() };
  const ruleId = (r: CompiledRule) => compiled.ruleIds.get(r) as number;
  const context: RowContext = {
    size,
    present,
    portClasses,
    namedTargets,
    egressPeers: new Map<CompiledRule, ReadonlyMap<number, Bitset>>(),
    empty: createBitset(size),
  };
  const host = universe.entityIndex.get('host');
  const compute = (direction: Direction, endpoint: number): Row => {
    if (!hasBit(present, endpoint)) return empty;
    const rules = compiled.rulesBy[direction][endpoint] ?? NO_RULES;
    const isIsolated = hasBit(compiled.isolated[direction], endpoint);
    if (!isIsolated && selectsNothing(rules)) return open;
    const key = rowSignature(direction, rules, isIsolated, workloads[endpoint], portClasses, ruleId);
    let row = shared[direction].get(key);
    if (row === undefined) {
      row = computeRow(context, direction, workloads[endpoint], rules, isIsolated);
      if (direction === 'ingress' && host !== undefined) row = withHost(row, host);
      shared[direction].set(key, row);
    }
    return row;
  };
  return (direction, endpoint) => {
    let row = cache[direction][endpoint];
    if (row === undefined) cache[direction][endpoint] = row = compute(direction, endpoint);
    return row;
  };
}

/** The local node may always reach its pods (SEMANTICS §2.13; Cilium's allow-localhost). A row
 * may share its sets (with rules, other rows), hence copies. */
function withHost(row: Row, host: number): Row {
  const add = (set: Bitset) => {
    const out = set.slice();
    setBit(out, host);
    return out;
  };
  return { ...row, all: add(row.all), byClass: new Map([...row.byClass].map(([c, set]) => [c, add(set)])) };
}
