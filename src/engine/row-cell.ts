// One cell of a row: the verdicts of one endpoint's row at one peer, read from the endpoint's
// rules without computing the row. A diff tests a few cells of very many rows (every destination
// a changed egress now reaches); computing and keeping each of those N-bit rows would cost the
// cluster, not the change. Only for rows that row.ts builds as a plain union of allow rules.
import type { Direction } from '../model/rule.js';
import { hasBit } from './bitset.js';
import { decidingCalicoRule } from './calico-tiers.js';
import type { CompiledRule } from './connectivity.js';
import type { Connectivity } from './connectivity.js';

/** Allowed on every class (`all`), or on the classes listed (the others follow `all`). */
export interface Cell {
  readonly all: boolean;
  readonly classes: readonly number[];
}

const NOTHING: Cell = { all: false, classes: [] };
const EVERYTHING: Cell = { all: true, classes: [] };

/** The cell at `peer` of the endpoint's row, or undefined where the row is not a plain union
 * (ordered tiers, deny rules, restricted rules, the host entity's own bit). */
export function rowCell(conn: Connectivity, direction: Direction, endpoint: number, peer: number): Cell | undefined {
  if (!hasBit(conn.present, endpoint)) return NOTHING;
  const rules = conn.rulesFor(direction, endpoint);
  const isolated = conn.isIsolated(direction, endpoint);
  if (
    !isolated &&
    rules.admin.length === 0 &&
    rules.namespaced.length === 0 &&
    rules.baseline.length === 0 &&
    rules.calico.length === 0
  )
    return hasBit(conn.present, peer) ? EVERYTHING : NOTHING;
  if (rules.admin.length > 0 || rules.baseline.length > 0) return undefined;
  if (direction === 'ingress' && conn.universe.entityIndex.get('host') === peer) return undefined;
  if (rules.calico.length > 0)
    return rules.namespaced.length > 0 ? undefined : calicoCell(conn, direction, endpoint, peer);
  let all = false;
  let classes: number[] | undefined;
  // Most peers are in none of the rules: the loop below allocates nothing for them.
  for (const r of rules.namespaced) {
    if (r.rule.action !== 'allow' || r.rule.restriction !== undefined) return undefined;
    if (!hasBit(r.peers, peer)) continue;
    if (r.allPorts) {
      all = true;
      continue;
    }
    classes ??= [];
    for (const c of r.classes) classes.push(c);
    for (const n of r.named) {
      if (direction === 'egress') {
        // Resolved on the destination's container ports (SEMANTICS §2.8), as row.ts does.
        for (const [c, targets] of conn.namedTargets.get(`${n.protocol}/${n.name}`) ?? [])
          if (hasBit(targets, peer)) classes.push(c);
      } else {
        for (const port of conn.workloadAt(endpoint)?.ports ?? [])
          if (port.name === n.name && port.protocol === n.protocol)
            classes.push(conn.universe.portClasses.classOf(port.protocol, port.port));
      }
    }
  }
  return classes === undefined ? (all ? EVERYTHING : NOTHING) : { all, classes };
}

/** The cell of a row of Calico tiers (calico-tiers.ts) at one peer: the first rule that matches
 * decides each class, the profile allows what every tier passed on. Undefined where the answer is
 * not one of "every class" or "these classes" (a class denied among allowed ones, L7 rules). */
function calicoCell(conn: Connectivity, direction: Direction, endpoint: number, peer: number): Cell | undefined {
  if (!hasBit(conn.present, peer)) return NOTHING;
  const rules = conn.rulesFor(direction, endpoint).calico;
  const classesOf = (r: CompiledRule): number[] => {
    const out = [...r.classes];
    for (const n of r.named) {
      if (direction === 'egress') {
        for (const [c, targets] of conn.namedTargets.get(`${n.protocol}/${n.name}`) ?? [])
          if (hasBit(targets, peer)) out.push(c);
      } else {
        for (const port of conn.workloadAt(endpoint)?.ports ?? [])
          if (port.name === n.name && port.protocol === n.protocol)
            out.push(conn.universe.portClasses.classOf(port.protocol, port.port));
      }
    }
    return out;
  };
  const named = new Set<number>();
  for (const r of rules) {
    if (r.rule.restriction !== undefined && hasBit(r.peers, peer)) return undefined;
    if (!r.allPorts && hasBit(r.peers, peer)) for (const c of classesOf(r)) named.add(c);
  }
  const verdict = (c: number | undefined) => {
    const r = decidingCalicoRule(
      rules,
      (x) => hasBit(x.peers, peer) && (x.allPorts || (c !== undefined && classesOf(x).includes(c))),
    );
    return r === undefined || r.rule.action === 'allow';
  };
  const others = verdict(undefined);
  const allowed = [...named].filter((c) => verdict(c));
  if (others) return allowed.length === named.size ? EVERYTHING : undefined;
  return allowed.length === 0 ? NOTHING : { all: false, classes: allowed };
}
