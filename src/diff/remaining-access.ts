// What remains (issue 10): for a destination that some sources can no longer reach (or reach on
// fewer ports), who can still reach it and on which ports, before and after — "shop/adservice now
// accepts only shop/frontend on TCP 9555 (before: everyone)". Sources are grouped by the ports
// they keep; `everyone` stands for every endpoint of the universe (workloads, new pods,
// namespaces not in the manifests, addresses outside the cluster).
import type { AccessGroup, Change, RemainingAccess } from '../model/change.js';
import type { Endpoint } from '../model/endpoint.js';
import type { PortSet } from '../model/ports.js';
import { isEmptyPorts } from '../engine/port-set.js';
import type { Representatives } from './representatives.js';

/** The ports a pair allows in one revision, by endpoint index. */
export type AllowedAt = (revision: 'base' | 'head', src: number, dst: number) => PortSet;

/** Work bound: destinations × endpoints looked up. Past it, the first destinations are said and
 * the rest counted (`RemainingAccess` lists only what was worked out). */
const MAX_LOOKUPS = 2_000_000;
const MAX_DESTINATIONS = 200;

export function remainingAccess(changes: readonly Change[], endpoints: readonly Endpoint[], representatives: Representatives, allowedAt: AllowedAt): { remaining: RemainingAccess[]; notWorkedOut: number } {
  const shrunk = [...new Set(changes.filter((c) => !isEmptyPorts(c.closed)).map((c) => c.dst))];
  const index = new Map(endpoints.map((e, i) => [e.id, i]));
  const limit = Math.min(MAX_DESTINATIONS, Math.floor(MAX_LOOKUPS / Math.max(1, endpoints.length * 2)));
  const remaining: RemainingAccess[] = [];
  for (const dst of shrunk.slice(0, limit)) {
    const d = index.get(dst);
    if (d === undefined || endpoints[d]?.type !== 'workload') continue;
    remaining.push({ dst, now: groups('head', d, endpoints, representatives, allowedAt), before: groups('base', d, endpoints, representatives, allowedAt) });
  }
  return { remaining, notWorkedOut: Math.max(0, shrunk.length - limit) };
}

function groups(revision: 'base' | 'head', dst: number, endpoints: readonly Endpoint[], representatives: Representatives, allowedAt: AllowedAt): AccessGroup[] {
  const byPorts = new Map<string, { ports: PortSet; peers: string[] }>();
  let reachers = 0;
  endpoints.forEach((e, src) => {
    if (e.type === 'dns') return; // a destination of toFQDNs rules only
    const ports = allowedAt(revision, src, dst);
    if (isEmptyPorts(ports)) return;
    reachers++;
    const key = JSON.stringify(ports);
    const group = byPorts.get(key) ?? { ports, peers: [] };
    group.peers.push(representatives.get(e.id)?.description ?? e.id);
    byPorts.set(key, group);
  });
  const everyone = endpoints.filter((e) => e.type !== 'dns').length;
  if (byPorts.size === 1 && reachers === everyone) return [{ ports: [...byPorts.values()][0]?.ports ?? {}, peers: [], everyone: true }];
  return [...byPorts.values()].sort((a, b) => a.peers.length - b.peers.length).map((g) => ({ ports: g.ports, peers: g.peers }));
}
