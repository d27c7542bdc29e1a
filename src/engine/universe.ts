// The endpoints that one evaluation (or both revisions of a diff) talk about: every workload
// of every revision, and the external parts of the address space, each with a stable index and
// id, plus the port classes that every revision's rules share.
import type { ClusterModel } from '../model/cluster.js';
import type { Endpoint, ServicePort } from '../model/endpoint.js';
import type { IpSet } from '../model/ip.js';
import type { EntityName, Rule } from '../model/rule.js';
import type { Workload, WorkloadKind } from '../model/workload.js';
import { formatRange } from '../net/ip-format.js';
import { partitionExternal } from './external-parts.js';
import type { EvaluationOptions } from './options.js';
import { buildPortClasses, type PortClasses } from './port-classes.js';

export interface Universe {
  /** Workloads first (sorted by namespace, name, kind), then Cilium entities, DNS names and
   * the external parts of the address space. */
  readonly endpoints: readonly Endpoint[];
  readonly indexById: ReadonlyMap<string, number>;
  /** Index of a workload by `workloadKey`. */
  readonly indexByWorkload: ReadonlyMap<string, number>;
  /** Index of the first endpoint that is not a workload; all after it are not either. Such
   * endpoints have no policies of their own and exist in every revision. */
  readonly firstNonWorkload: number;
  /** Cilium entities, present when some revision has a Cilium policy. */
  readonly entityIndex: ReadonlyMap<EntityName, number>;
  /** DNS names of Cilium `toFQDNs` rules. */
  readonly dnsIndex: ReadonlyMap<string, number>;
  /** Every endpoint outside the cluster: DNS names and external parts (Cilium's `world`). */
  readonly world: readonly number[];
  /** For each ipBlock set (by `ipSetKey`), the external endpoint indexes it covers. */
  readonly externalsCovering: ReadonlyMap<string, readonly number[]>;
  readonly portClasses: PortClasses;
}

const ENTITIES: readonly EntityName[] = [
  'host',
  'remote-node',
  'kube-apiserver',
  'health',
  'init',
  'ingress',
  'unmanaged',
];

export function workloadKey(w: { namespace: string; kind: string; name: string }): string {
  return `${w.namespace}/${w.kind}/${w.name}`;
}

/** `extraIpSets`: address sets that no rule has but that must be told apart too (the ipBlocks of
 * the repository config's assertions), so that each covers whole external parts. */
export function buildUniverse(
  models: readonly ClusterModel[],
  options: EvaluationOptions,
  extraIpSets: readonly IpSet[] = [],
): Universe {
  const workloads = new Map<string, { namespace: string; name: string; kind: WorkloadKind }>();
  for (const model of models)
    for (const w of model.workloads)
      workloads.set(workloadKey(w), { namespace: w.namespace, name: w.name, kind: w.kind });
  const sorted = [...workloads.entries()].sort(
    ([, a], [, b]) => cmp(a.namespace, b.namespace) || cmp(a.name, b.name) || cmp(a.kind, b.kind),
  );
  const nameCount = new Map<string, number>();
  for (const [, w] of sorted)
    nameCount.set(`${w.namespace}/${w.name}`, (nameCount.get(`${w.namespace}/${w.name}`) ?? 0) + 1);

  const endpoints: Endpoint[] = [];
  const indexByWorkload = new Map<string, number>();
  const servicePorts = servicesByWorkload(models);
  for (const [key, w] of sorted) {
    const plain = `${w.namespace}/${w.name}`;
    const id = (nameCount.get(plain) ?? 0) > 1 ? `${plain}[${w.kind}]` : plain;
    indexByWorkload.set(key, endpoints.length);
    const services = servicePorts.get(key);
    endpoints.push({
      type: 'workload',
      id,
      namespace: w.namespace,
      name: w.name,
      kind: w.kind,
      ...(services === undefined ? {} : { services }),
    });
  }

  const rules: Rule[] = models.flatMap((m) => m.policies.flatMap((p) => p.rules));
  const ipBlocks: IpSet[] = [];
  const dnsNames = new Set<string>();
  for (const rule of rules) {
    if (rule.peers === 'all') continue;
    for (const peer of rule.peers) {
      if (peer.kind === 'ipBlock' || peer.kind === 'network' || peer.kind === 'cidr') ipBlocks.push(peer.ips);
      if (peer.kind === 'calico') ipBlocks.push(peer.external);
      if (peer.kind === 'fqdn') dnsNames.add(peer.pattern);
    }
  }
  const firstNonWorkload = endpoints.length;
  const entityIndex = new Map<EntityName, number>();
  if (models.some((m) => m.policies.some((p) => p.origin.kind.startsWith('Cilium')))) {
    for (const name of ENTITIES) {
      entityIndex.set(name, endpoints.length);
      endpoints.push({ type: 'entity', id: `entity:${name}`, name });
    }
  }
  const dnsIndex = new Map<string, number>();
  const world: number[] = [];
  for (const pattern of [...dnsNames].sort()) {
    dnsIndex.set(pattern, endpoints.length);
    world.push(endpoints.length);
    endpoints.push({ type: 'dns', id: `dns:${pattern}`, pattern });
  }
  const partition = partitionExternal(
    extraIpSets.length === 0 ? ipBlocks : [...ipBlocks, ...extraIpSets],
    options.podCidrs,
  );
  const firstExternal = endpoints.length;
  for (const part of partition.parts) {
    world.push(endpoints.length);
    endpoints.push({ type: 'external', id: `ip:${part.flatMap(formatRange).join(',')}`, ranges: part });
  }
  const externalsCovering = new Map<string, readonly number[]>();
  for (const [key, parts] of partition.covering)
    externalsCovering.set(
      key,
      parts.map((p) => p + firstExternal),
    );

  const indexById = new Map<string, number>();
  endpoints.forEach((e, i) => indexById.set(e.id, i));
  const allWorkloads = models.flatMap((m) => m.workloads);
  return {
    endpoints,
    indexById,
    indexByWorkload,
    firstNonWorkload,
    entityIndex,
    dnsIndex,
    world,
    externalsCovering,
    portClasses: buildPortClasses(rules, allWorkloads),
  };
}

/** For each workload (by `workloadKey`), the ports of the Services that select it in some
 * revision, each resolved to the workload's port (a named targetPort by its container ports). */
function servicesByWorkload(models: readonly ClusterModel[]): Map<string, ServicePort[]> {
  const out = new Map<string, Map<string, ServicePort>>();
  for (const model of models) {
    if (model.services.length === 0) continue;
    const byNamespace = new Map<string, Workload[]>();
    for (const w of model.workloads) {
      const list = byNamespace.get(w.namespace);
      if (list === undefined) byNamespace.set(w.namespace, [w]);
      else list.push(w);
    }
    for (const service of model.services) {
      const selector = service.selector;
      if (selector === undefined || service.ports.length === 0) continue;
      for (const w of byNamespace.get(service.namespace) ?? []) {
        if (!Object.entries(selector).every(([k, v]) => w.labels[k] === v)) continue;
        for (const p of service.ports) {
          const target =
            typeof p.targetPort === 'string'
              ? w.ports.find((c) => c.name === p.targetPort && c.protocol === p.protocol)?.port
              : (p.targetPort ?? p.port);
          if (target === undefined) continue;
          const ports = out.get(workloadKey(w)) ?? new Map<string, ServicePort>();
          ports.set(`${service.name}/${p.port}/${p.protocol}`, {
            service: service.name,
            ...(p.name === undefined ? {} : { name: p.name }),
            port: p.port,
            targetPort: target,
            protocol: p.protocol,
          });
          out.set(workloadKey(w), ports);
        }
      }
    }
  }
  return new Map([...out].map(([k, v]) => [k, [...v.values()]]));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
