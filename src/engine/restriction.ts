// What restricts a pair's allowed ports (Cilium L7 rules, DNS names), for the report.
import type { Restriction } from '../model/change.js';
import { decide } from './decide.js';
import type { Connectivity } from './connectivity.js';
import { restrictedPorts } from './pair.js';
import { isEmptyPorts } from './port-set.js';

export function restrictionOf(conn: Connectivity, src: number, dst: number): Restriction | undefined {
  const ports = restrictedPorts(conn, src, dst);
  if (isEmptyPorts(ports)) return undefined;
  const by = new Set<string>();
  for (const direction of ['egress', 'ingress'] as const)
    for (const r of decide(conn, direction, src, dst, ports).restrictions) by.add(r);
  return { ports, by: [...by] };
}
