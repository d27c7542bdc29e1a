// The verdict for one ordered pair of endpoints: the ports that the source's egress and the
// destination's ingress both allow (SEMANTICS §1). Traffic between two external endpoints is
// not the cluster's business and is never evaluated.
import type { PortSet } from '../model/ports.js';
import type { Direction } from '../model/rule.js';
import { hasBit, type Bitset } from './bitset.js';
import type { Connectivity, Row } from './connectivity.js';
import { ALL_PORTS, NO_PORTS, intersectPorts, isEmptyPorts } from './port-set.js';

/** Classes whose set in this class map holds `peer`, or `all` when every class does. */
function classesWith(
  map: { all: Bitset; byClass: ReadonlyMap<number, Bitset> },
  peer: number,
  classCount: number,
): 'all' | number[] {
  const out: number[] = [];
  let everyExplicit = true;
  for (const [c, set] of map.byClass) {
    if (hasBit(set, peer)) out.push(c);
    else everyExplicit = false;
  }
  if (!hasBit(map.all, peer)) return out;
  if (everyExplicit) return 'all';
  for (let c = 0; c < classCount; c++) if (!map.byClass.has(c)) out.push(c);
  return out;
}

function rowClasses(conn: Connectivity, row: Row, peer: number): 'all' | number[] {
  return classesWith(row, peer, conn.universe.portClasses.classes.length);
}

/** Pairs that are not the cluster's business: between two endpoints outside it, or from a DNS
 * name (a destination of `toFQDNs` rules only; as a source it is part of the external ranges). */
export function isExternalPair(conn: Connectivity, src: number, dst: number): boolean {
  const { firstNonWorkload, endpoints } = conn.universe;
  return (src >= firstNonWorkload && dst >= firstNonWorkload) || endpoints[src]?.type === 'dns';
}

function toPorts(conn: Connectivity, classes: 'all' | number[]): PortSet {
  if (classes === 'all') return ALL_PORTS;
  return classes.length === 0 ? NO_PORTS : conn.universe.portClasses.toPortSet(classes);
}

/** What one direction allows: egress of `src` towards `dst`, or ingress of `dst` from `src`. */
export function directionPorts(conn: Connectivity, direction: Direction, src: number, dst: number): PortSet {
  return toPorts(
    conn,
    direction === 'egress'
      ? rowClasses(conn, conn.row('egress', src), dst)
      : rowClasses(conn, conn.row('ingress', dst), src),
  );
}

/** The ports on which `src` may open connections to `dst`. */
export function allowedPorts(conn: Connectivity, src: number, dst: number): PortSet {
  if (isExternalPair(conn, src, dst)) return NO_PORTS;
  const egress = rowClasses(conn, conn.row('egress', src), dst);
  if (egress !== 'all' && egress.length === 0) return NO_PORTS;
  const ingress = rowClasses(conn, conn.row('ingress', dst), src);
  if (egress === 'all') return toPorts(conn, ingress);
  if (ingress === 'all') return toPorts(conn, egress);
  const keep = new Set(ingress);
  return toPorts(
    conn,
    egress.filter((c) => keep.has(c)),
  );
}

/** Ports of the pair whose verdict is uncertain (two admin policies of one priority disagree). */
export function uncertainPorts(conn: Connectivity, src: number, dst: number): PortSet {
  if (isExternalPair(conn, src, dst)) return NO_PORTS;
  const count = conn.universe.portClasses.classes.length;
  const egress = uncertainOf(conn, 'egress', src);
  const ingress = uncertainOf(conn, 'ingress', dst);
  const a = egress === undefined ? [] : classesWith(egress, dst, count);
  const b = ingress === undefined ? [] : classesWith(ingress, src, count);
  if (a === 'all' || b === 'all') return ALL_PORTS;
  return toPorts(conn, [...new Set([...a, ...b])]);
}

/** A row's uncertain peers. Only ordered tiers (admin, baseline) make a verdict uncertain, so
 * an endpoint without their rules needs no row computed to tell. */
function uncertainOf(conn: Connectivity, direction: Direction, endpoint: number): Row['uncertain'] {
  const rules = conn.rulesFor(direction, endpoint);
  return rules.admin.length === 0 && rules.baseline.length === 0 ? undefined : conn.row(direction, endpoint).uncertain;
}

function hasRestrictingRule(conn: Connectivity, direction: Direction, endpoint: number): boolean {
  const rules = conn.rulesFor(direction, endpoint);
  return [...rules.namespaced, ...rules.calico].some((r) => r.rule.restriction !== undefined);
}

/** Allowed ports of the pair that only some requests may use (Cilium L7 rules, DNS names). */
export function restrictedPorts(conn: Connectivity, src: number, dst: number): PortSet {
  if (isExternalPair(conn, src, dst)) return NO_PORTS;
  // Only namespaced allow rules with a restriction restrict (row.ts): without one, no row need
  // be looked at.
  if (!hasRestrictingRule(conn, 'egress', src) && !hasRestrictingRule(conn, 'ingress', dst)) return NO_PORTS;
  // Restricted ports are allowed ones: with none allowed, no row need be looked at.
  const allowed = allowedPorts(conn, src, dst);
  if (isEmptyPorts(allowed)) return NO_PORTS;
  const count = conn.universe.portClasses.classes.length;
  const egress = conn.row('egress', src).restricted;
  const ingress = conn.row('ingress', dst).restricted;
  if (egress === undefined && ingress === undefined) return NO_PORTS;
  const a = egress === undefined ? [] : classesWith(egress, dst, count);
  const b = ingress === undefined ? [] : classesWith(ingress, src, count);
  if (a === 'all' || b === 'all') return intersectPorts(ALL_PORTS, allowed);
  return intersectPorts(toPorts(conn, [...new Set([...a, ...b])]), allowed);
}
