// What remains (issue 10): for a destination whose ingress shrank (or a source whose egress
// did), who can still reach it (or what it can still reach) and on which ports, before and after
// — "shop/adservice now accepts only shop/frontend on TCP 9555 (before: everyone)". Peers are
// grouped by the ports they keep; `everyone` stands for every endpoint of the universe
// (workloads, new pods, namespaces not in the manifests, addresses outside the cluster).
import type { AccessGroup, Change, RejectedInput, RemainingAccess } from '../model/change.js';
import type { Endpoint } from '../model/endpoint.js';
import type { PortSet } from '../model/ports.js';
import type { Direction } from '../model/rule.js';
import { isEmptyPorts, subtractPorts } from '../engine/port-set.js';
import type { Representatives } from './representatives.js';

/** What a revision allows for a pair, by endpoint index: both directions, or one alone. */
export interface AccessAt {
  readonly allowed: (revision: 'base' | 'head', src: number, dst: number) => PortSet;
  readonly direction: (revision: 'base' | 'head', direction: Direction, src: number, dst: number) => PortSet;
}

/** Work bound: endpoints said × endpoints looked up. Past it, the first are said and the rest
 * counted (`RemainingAccess` lists only what was worked out). */
const MAX_LOOKUPS = 2_000_000;
const MAX_SAID = 200;

export function remainingAccess(
  changes: readonly Change[],
  endpoints: readonly Endpoint[],
  representatives: Representatives,
  at: AccessAt,
): { remaining: RemainingAccess[]; notWorkedOut: number } {
  const index = new Map(endpoints.map((e, i) => [e.id, i]));
  // Whose own side shrank: the destination's ingress, or the source's egress, for some closed pair.
  const shrunk = new Map<string, { direction: Direction; endpoint: number; rejected: Map<string, RejectedInput> }>();
  for (const c of changes) {
    if (isEmptyPorts(c.closed)) continue;
    const src = index.get(c.src) as number;
    const dst = index.get(c.dst) as number;
    for (const [direction, endpoint] of [
      ['ingress', dst],
      ['egress', src],
    ] as const) {
      const key = `${direction}\u0000${endpoint}`;
      let entry = shrunk.get(key);
      if (entry === undefined) {
        if (endpoints[endpoint]?.type !== 'workload' || representatives.has(endpoints[endpoint].id)) continue;
        if (
          isEmptyPorts(
            subtractPorts(at.direction('base', direction, src, dst), at.direction('head', direction, src, dst)),
          )
        )
          continue;
        shrunk.set(key, (entry = { direction, endpoint, rejected: new Map() }));
      }
      for (const r of c.rejected ?? []) entry.rejected.set(`${r.revision}\u0000${r.file}\u0000${r.line}`, r);
    }
  }
  const limit = Math.min(MAX_SAID, Math.floor(MAX_LOOKUPS / Math.max(1, endpoints.length * 2)));
  const said = [...shrunk.values()].sort((a, b) =>
    a.direction === b.direction ? a.endpoint - b.endpoint : a.direction === 'ingress' ? -1 : 1,
  );
  const remaining = said.slice(0, limit).map(({ direction, endpoint, rejected }) => {
    const id = (endpoints[endpoint] as Endpoint).id;
    const side = direction === 'ingress' ? { dst: id } : { src: id };
    const marked = rejected.size === 0 ? {} : { rejected: [...rejected.values()] };
    return {
      ...side,
      now: groups('head', direction, endpoint, endpoints, representatives, at),
      before: groups('base', direction, endpoint, endpoints, representatives, at),
      ...marked,
    };
  });
  return { remaining, notWorkedOut: Math.max(0, said.length - limit) };
}

/** The peers of one endpoint (sources of its ingress, or destinations of its egress) by ports. */
function groups(
  revision: 'base' | 'head',
  direction: Direction,
  endpoint: number,
  endpoints: readonly Endpoint[],
  representatives: Representatives,
  at: AccessAt,
): AccessGroup[] {
  const byPorts = new Map<string, { ports: PortSet; peers: string[] }>();
  let peers = 0;
  let reached = 0;
  endpoints.forEach((e, other) => {
    // A DNS name is a destination of toFQDNs rules only.
    if (e.type === 'dns' && direction === 'ingress') return;
    peers++;
    const ports =
      direction === 'ingress' ? at.allowed(revision, other, endpoint) : at.allowed(revision, endpoint, other);
    if (isEmptyPorts(ports)) return;
    reached++;
    const key = JSON.stringify(ports);
    const group = byPorts.get(key) ?? { ports, peers: [] };
    group.peers.push(representatives.get(e.id)?.description ?? e.id);
    byPorts.set(key, group);
  });
  const [only] = byPorts.values();
  if (byPorts.size === 1 && only !== undefined && reached === peers)
    return [{ ports: only.ports, peers: [], everyone: true }];
  return [...byPorts.values()]
    .sort((a, b) => a.peers.length - b.peers.length)
    .map((g) => ({ ports: g.ports, peers: g.peers }));
}
