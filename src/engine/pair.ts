// The verdict for one ordered pair of endpoints: the ports that the source's egress and the
// destination's ingress both allow (SEMANTICS §1). Traffic between two external endpoints is
// not the cluster's business and is never evaluated.
import type { PortSet } from '../model/ports.js';
import type { Direction } from '../model/rule.js';
import { hasBit } from './bitset.js';
import type { Connectivity, Row } from './evaluate.js';
import { ALL_PORTS, NO_PORTS } from './port-set.js';

/** Classes of `row` that allow `peer`, or `all` when every port does. */
function rowClasses(row: Row, peer: number): 'all' | number[] {
  if (hasBit(row.all, peer)) return 'all';
  const out: number[] = [];
  for (const [c, set] of row.byClass) if (hasBit(set, peer)) out.push(c);
  return out;
}

export function isExternalPair(conn: Connectivity, src: number, dst: number): boolean {
  return src >= conn.universe.firstExternal && dst >= conn.universe.firstExternal;
}

/** What one direction allows: egress of `src` towards `dst`, or ingress of `dst` from `src`. */
export function directionPorts(conn: Connectivity, direction: Direction, src: number, dst: number): PortSet {
  const classes = direction === 'egress' ? rowClasses(conn.row('egress', src), dst) : rowClasses(conn.row('ingress', dst), src);
  if (classes === 'all') return ALL_PORTS;
  return conn.universe.portClasses.toPortSet(classes);
}

/** The ports on which `src` may open connections to `dst`. */
export function allowedPorts(conn: Connectivity, src: number, dst: number): PortSet {
  if (isExternalPair(conn, src, dst)) return NO_PORTS;
  const egress = rowClasses(conn.row('egress', src), dst);
  if (egress !== 'all' && egress.length === 0) return NO_PORTS;
  const ingress = rowClasses(conn.row('ingress', dst), src);
  if (egress === 'all' && ingress === 'all') return ALL_PORTS;
  let classes: number[];
  if (egress === 'all') classes = ingress as number[];
  else if (ingress === 'all') classes = egress;
  else {
    const keep = new Set(ingress);
    classes = egress.filter((c) => keep.has(c));
  }
  return classes.length === 0 ? NO_PORTS : conn.universe.portClasses.toPortSet(classes);
}
