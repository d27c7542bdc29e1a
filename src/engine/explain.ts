// Which rules decide a pair's verdict in one direction: the allow rules that admit some of the
// given ports, resolved for this destination. Used to say *because* in the report.
import type { PortSet } from '../model/ports.js';
import type { Direction } from '../model/rule.js';
import type { Workload } from '../model/workload.js';
import { hasBit } from './bitset.js';
import type { CompiledRule, Connectivity } from './evaluate.js';
import { ALL_PORTS, intersectPorts, isEmptyPorts, portSetOf } from './port-set.js';

/** The ports a rule admits towards `destination` (named ports resolved on its container ports). */
export function rulePorts(rule: CompiledRule, destination: Workload | undefined): PortSet {
  if (rule.rule.ports === 'all') return ALL_PORTS;
  const entries: { protocol: 'TCP' | 'UDP' | 'SCTP'; first: number; last: number }[] = [];
  for (const port of rule.rule.ports) {
    if (port.kind === 'range') entries.push(port);
    else for (const p of destination?.ports ?? []) if (p.name === port.name && p.protocol === port.protocol) entries.push({ protocol: p.protocol, first: p.port, last: p.port });
  }
  return portSetOf(entries);
}

/** The rules of `direction` that allow `src` → `dst` on some of `ports`. */
export function allowingRules(conn: Connectivity, direction: Direction, src: number, dst: number, ports: PortSet): CompiledRule[] {
  const subject = direction === 'egress' ? src : dst;
  const peer = direction === 'egress' ? dst : src;
  const destination = conn.workloadAt(dst);
  return conn
    .rulesFor(direction, subject)
    .filter((r) => hasBit(r.peers, peer) && !isEmptyPorts(intersectPorts(rulePorts(r, destination), ports)));
}
