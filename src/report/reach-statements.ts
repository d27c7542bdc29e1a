// Groups the connectivity of one revision into the fewest statements that say it exactly (in the
// spirit of NCA's firewall-rule grouping): connections with the same ports (and restriction and
// doubt) are grouped by destination into source sets, then destinations with the same source set
// are grouped — "every workload (400) can reach each other", "team-one/* can reach
// team-two/pod-3:TCP 8080". Every pair of a statement is allowed exactly its ports, and every
// allowed pair is in exactly one statement.
import type { Connection, Restriction } from '../model/change.js';
import type { PortSet } from '../model/ports.js';

export interface Statement {
  readonly srcs: readonly string[];
  readonly dsts: readonly string[];
  readonly allowed: PortSet;
  readonly uncertain?: PortSet;
  readonly restrictedBy?: Restriction;
}

export function groupConnections(connections: readonly Connection[]): Statement[] {
  const keys = new WeakMap<object, string>();
  const keyOf = (value: object | undefined) => {
    if (value === undefined) return '';
    let key = keys.get(value);
    if (key === undefined) keys.set(value, (key = JSON.stringify(value)));
    return key;
  };
  // Per destination and verdict: the sources.
  const byDst = new Map<string, { c: Connection; srcs: string[] }>();
  for (const c of connections) {
    const key = `${c.dst}\u0000${keyOf(c.allowed)}\u0000${keyOf(c.uncertain)}\u0000${keyOf(c.restrictedBy)}`;
    const entry = byDst.get(key);
    if (entry === undefined) byDst.set(key, { c, srcs: [c.src] });
    else entry.srcs.push(c.src);
  }
  // Destinations with the same verdict from the same sources.
  const byRow = new Map<string, { c: Connection; srcs: string[]; dsts: string[] }>();
  for (const { c, srcs } of byDst.values()) {
    const key = `${keyOf(c.allowed)}\u0000${keyOf(c.uncertain)}\u0000${keyOf(c.restrictedBy)}\u0000${srcs.join('\u0001')}`;
    const entry = byRow.get(key);
    if (entry === undefined) byRow.set(key, { c, srcs, dsts: [c.dst] });
    else entry.dsts.push(c.dst);
  }
  const out = [...byRow.values()].map(({ c, srcs, dsts }) => ({
    srcs,
    dsts,
    allowed: c.allowed,
    ...(c.uncertain === undefined ? {} : { uncertain: c.uncertain }),
    ...(c.restrictedBy === undefined ? {} : { restrictedBy: c.restrictedBy }),
  }));
  // Largest first; ties in the order of the connections.
  return out.sort((a, b) => b.srcs.length * b.dsts.length - a.srcs.length * a.dsts.length);
}
