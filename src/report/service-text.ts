// Names the Services behind a destination's ports, as a reader knows them from the application:
// "team-one/pod-2 can now reach team-two/pod-3:TCP 8080 (service pod-3, port http)".
import type { Endpoint } from '../model/endpoint.js';
import type { PortSet } from '../model/ports.js';
import { isAllPorts } from '../engine/port-set.js';

/** How many Services a note names before it counts the rest. */
const MAX_SERVICES = 2;

/** ` (service pod-3, port http)` for the Service ports that forward into `ports`; '' for none. */
export function serviceNote(dst: Endpoint | undefined, ports: PortSet): string {
  // Every port: naming one Service port would read as if only it were meant.
  if (dst?.type !== 'workload' || dst.services === undefined || isAllPorts(ports)) return '';
  const byService = new Map<string, string[]>();
  for (const p of dst.services) {
    if (!(ports[p.protocol] ?? []).some(([a, b]) => a <= p.targetPort && p.targetPort <= b)) continue;
    const names = byService.get(p.service) ?? [];
    names.push(p.name ?? String(p.port));
    byService.set(p.service, names);
  }
  if (byService.size === 0) return '';
  const parts = [...byService]
    .slice(0, MAX_SERVICES)
    .map(([service, names]) => `service ${service}, ${names.length === 1 ? 'port' : 'ports'} ${names.join(', ')}`);
  const more = byService.size > MAX_SERVICES ? `; ${byService.size - MAX_SERVICES} more services` : '';
  return ` (${parts.join('; ')}${more})`;
}
