// Exposure (issue 10): what a diff newly exposes, or no longer exposes, beyond the pairs of the
// manifests — to (or from) addresses outside the cluster, pods in every namespace, namespaces
// that no manifest has, and new pods whose labels no policy uses. It reads the changes of the
// representative peers (representatives.ts) and of external endpoints, takes the representatives
// out of the changes, and keeps the pairs with addresses outside the cluster where they are.
import type { Change, Exposure, ExposureScope, Reason, RejectedInput } from '../model/change.js';
import type { Endpoint } from '../model/endpoint.js';
import type { PortSet } from '../model/ports.js';
import type { Direction } from '../model/rule.js';
import { ALL_PORTS, intersectPorts, isEmptyPorts, subtractPorts, unionPorts } from '../engine/port-set.js';
import type { Representatives } from './representatives.js';
import { refKey } from './rule-refs.js';

/** The ports a pair allows in one revision, by endpoint ids. */
export type AllowedBetween = (revision: 'base' | 'head', src: string, dst: string) => PortSet;

/** Above this many pair look-ups, "every namespace" is not worked out (it is a summary of the
 * per-namespace lines, which stay). */
const MAX_ALL_NAMESPACE_LOOKUPS = 2_000_000;
const SCOPE_ORDER: readonly ExposureScope[] = [
  'outside-cluster',
  'all-namespaces',
  'unlisted-namespaces',
  'unlisted-pods',
];
const EVERY_NAMESPACE = 'a new pod in every namespace (also namespaces not in the manifests)';

interface Bucket {
  scope: ExposureScope;
  /** The peer is the plain pod of a namespace not in the manifests (implied by every namespace). */
  plain: boolean;
  direction: Direction;
  endpoint: string;
  which: 'opened' | 'closed';
  ports: PortSet;
  peers: string[];
  because: Map<string, Reason>;
  rejected: Map<string, RejectedInput>;
}

export function splitExposure(
  changes: readonly Change[],
  representatives: Representatives,
  endpoints: ReadonlyMap<string, Endpoint>,
  allowedBetween: AllowedBetween,
): { changes: Change[]; exposure: Exposure[] } {
  const kept: Change[] = [];
  const buckets = new Map<string, Bucket>();
  const isOutside = (id: string) => {
    const type = endpoints.get(id)?.type;
    return type === 'external' || type === 'dns';
  };
  const isWorkload = (id: string) => endpoints.get(id)?.type === 'workload' && !representatives.has(id);
  for (const c of changes) {
    const srcRep = representatives.get(c.src);
    const dstRep = representatives.get(c.dst);
    if (srcRep === undefined && dstRep === undefined) kept.push(c);
    const add = (direction: Direction, endpoint: string, scope: ExposureScope, peer: string, plain = false) => {
      for (const which of ['opened', 'closed'] as const)
        if (!isEmptyPorts(c[which]))
          addTo(buckets, { direction, endpoint, scope, plain, which, ports: c[which] }, peer, c);
    };
    if (isWorkload(c.dst) && srcRep !== undefined)
      add('ingress', c.dst, srcRep.scope, srcRep.description, srcRep.plain);
    if (isWorkload(c.src) && dstRep !== undefined) add('egress', c.src, dstRep.scope, dstRep.description, dstRep.plain);
    if (isWorkload(c.dst) && isOutside(c.src)) add('ingress', c.dst, 'outside-cluster', c.src);
    if (isWorkload(c.src) && isOutside(c.dst)) add('egress', c.src, 'outside-cluster', c.dst);
  }
  const everyNamespace = allNamespaces(buckets, representatives, allowedBetween);
  return {
    changes: kept,
    exposure: [...everyNamespace, ...withoutImplied([...buckets.values()], everyNamespace).map(toExposure)].sort(
      byRisk,
    ),
  };
}

function addTo(
  buckets: Map<string, Bucket>,
  at: Omit<Bucket, 'peers' | 'because' | 'rejected'>,
  peer: string,
  c: Change,
): void {
  const key = `${at.direction}\u0000${at.endpoint}\u0000${at.scope}\u0000${at.plain}\u0000${at.which}\u0000${JSON.stringify(at.ports)}`;
  let bucket = buckets.get(key);
  if (bucket === undefined) buckets.set(key, (bucket = { ...at, peers: [], because: new Map(), rejected: new Map() }));
  if (!bucket.peers.includes(peer)) bucket.peers.push(peer);
  for (const r of c.because)
    if (r.explains === at.which) bucket.because.set(`${r.revision} ${refKey(r.ref)} ${r.file}:${r.line}`, r);
  for (const r of c.rejected ?? []) bucket.rejected.set(`${r.revision} ${r.file}:${r.line}`, r);
}

function toExposure(b: Bucket): Exposure {
  const side = b.direction === 'ingress' ? { dst: b.endpoint } : { src: b.endpoint };
  const ports = { opened: b.which === 'opened' ? b.ports : {}, closed: b.which === 'closed' ? b.ports : {} };
  const rejected = [...b.rejected.values()];
  return {
    scope: b.scope,
    ...side,
    ...ports,
    peers: b.peers,
    because: [...b.because.values()],
    ...(rejected.length === 0 ? {} : { rejected }),
  };
}

/**
 * For each workload whose exposure to new pods opened: the ports that a new pod of every listed
 * namespace and any pod of a namespace not in the manifests all reach now and did not before.
 */
function allNamespaces(
  buckets: ReadonlyMap<string, Bucket>,
  representatives: Representatives,
  allowedBetween: AllowedBetween,
): Exposure[] {
  // Every namespace: a new pod of each listed one, and every namespace not in the manifests that
  // the representatives stand for (also those a selector leaves out).
  const namespaceReps = [...representatives.entries()];
  const touched = new Map<
    string,
    { direction: Direction; endpoint: string; because: Map<string, Reason>; plainOpened: PortSet }
  >();
  for (const b of buckets.values()) {
    if (!b.plain || b.which !== 'opened') continue;
    const key = `${b.direction}\u0000${b.endpoint}`;
    const entry = touched.get(key) ?? {
      direction: b.direction,
      endpoint: b.endpoint,
      because: new Map<string, Reason>(),
      plainOpened: {},
    };
    entry.plainOpened = unionPorts(entry.plainOpened, b.ports);
    touched.set(key, entry);
  }
  for (const b of buckets.values()) {
    const entry = b.scope !== 'outside-cluster' ? touched.get(`${b.direction}\u0000${b.endpoint}`) : undefined;
    if (entry !== undefined) for (const [k, r] of b.because) entry.because.set(k, r);
  }
  if (touched.size * namespaceReps.length * 2 > MAX_ALL_NAMESPACE_LOOKUPS) return [];
  const out: Exposure[] = [];
  for (const t of touched.values()) {
    const common = (revision: 'base' | 'head') =>
      namespaceReps.reduce<PortSet>(
        (ports, [id]) =>
          intersectPorts(
            ports,
            t.direction === 'ingress'
              ? allowedBetween(revision, id, t.endpoint)
              : allowedBetween(revision, t.endpoint, id),
          ),
        ALL_PORTS,
      );
    const before = common('base');
    const after = common('head');
    // Only what opened: "no longer reachable from every namespace" would read as "from none";
    // the per-namespace lines say exactly what closed. And only what also opened towards
    // namespaces not in the manifests: one namespace's new pods gaining access is said as such,
    // not as "every namespace".
    const opened = intersectPorts(subtractPorts(after, before), t.plainOpened);
    if (isEmptyPorts(opened)) continue;
    const because = [...t.because.values()].filter((r) => r.explains === 'opened');
    out.push({
      scope: 'all-namespaces',
      ...(t.direction === 'ingress' ? { dst: t.endpoint } : { src: t.endpoint }),
      opened,
      closed: {},
      peers: [EVERY_NAMESPACE],
      because,
    });
  }
  return out;
}

/** The per-namespace lines less what "every namespace" already says. */
function withoutImplied(buckets: readonly Bucket[], everyNamespace: readonly Exposure[]): Bucket[] {
  const implied = new Map(
    everyNamespace.map((e) => [`${e.dst === undefined ? 'egress' : 'ingress'}\u0000${e.dst ?? e.src}`, e]),
  );
  const out: Bucket[] = [];
  for (const b of buckets) {
    const all = b.scope !== 'outside-cluster' ? implied.get(`${b.direction}\u0000${b.endpoint}`) : undefined;
    const ports = all === undefined ? b.ports : subtractPorts(b.ports, all[b.which]);
    if (!isEmptyPorts(ports)) out.push({ ...b, ports });
  }
  return out;
}

/** Opened before closed, then by scope (outside the cluster first), then ingress before egress. */
function byRisk(a: Exposure, b: Exposure): number {
  const opened = (e: Exposure) => (isEmptyPorts(e.opened) ? 1 : 0);
  return (
    opened(a) - opened(b) ||
    SCOPE_ORDER.indexOf(a.scope) - SCOPE_ORDER.indexOf(b.scope) ||
    (a.dst === undefined ? 1 : 0) - (b.dst === undefined ? 1 : 0)
  );
}
