// The endpoints that one evaluation (or both revisions of a diff) talk about: every workload
// of every revision, and the external parts of the address space, each with a stable index and
// id, plus the port classes that every revision's rules share.
import type { ClusterModel } from '../model/cluster.js';
import type { Endpoint } from '../model/endpoint.js';
import type { IpSet } from '../model/ip.js';
import type { Rule } from '../model/rule.js';
import type { WorkloadKind } from '../model/workload.js';
import { formatRange } from '../net/ip-format.js';
import { partitionExternal } from './external-parts.js';
import type { EvaluationOptions } from './options.js';
import { buildPortClasses, type PortClasses } from './port-classes.js';

export interface Universe {
  /** Workloads first (sorted by namespace, name, kind), then external parts. */
  readonly endpoints: readonly Endpoint[];
  readonly indexById: ReadonlyMap<string, number>;
  /** Index of a workload by `workloadKey`. */
  readonly indexByWorkload: ReadonlyMap<string, number>;
  /** Index of the first external endpoint; externals run to the end. */
  readonly firstExternal: number;
  /** For each ipBlock set (by `ipSetKey`), the external endpoint indexes it covers. */
  readonly externalsCovering: ReadonlyMap<string, readonly number[]>;
  readonly portClasses: PortClasses;
}

export function workloadKey(w: { namespace: string; kind: string; name: string }): string {
  return `${w.namespace}/${w.kind}/${w.name}`;
}

export function buildUniverse(models: readonly ClusterModel[], options: EvaluationOptions): Universe {
  const workloads = new Map<string, { namespace: string; name: string; kind: WorkloadKind }>();
  for (const model of models) for (const w of model.workloads) workloads.set(workloadKey(w), { namespace: w.namespace, name: w.name, kind: w.kind });
  const sorted = [...workloads.entries()].sort(([, a], [, b]) => cmp(a.namespace, b.namespace) || cmp(a.name, b.name) || cmp(a.kind, b.kind));
  const nameCount = new Map<string, number>();
  for (const [, w] of sorted) nameCount.set(`${w.namespace}/${w.name}`, (nameCount.get(`${w.namespace}/${w.name}`) ?? 0) + 1);

  const endpoints: Endpoint[] = [];
  const indexByWorkload = new Map<string, number>();
  for (const [key, w] of sorted) {
    const plain = `${w.namespace}/${w.name}`;
    const id = (nameCount.get(plain) ?? 0) > 1 ? `${plain}[${w.kind}]` : plain;
    indexByWorkload.set(key, endpoints.length);
    endpoints.push({ type: 'workload', id, namespace: w.namespace, name: w.name, kind: w.kind });
  }

  const rules: Rule[] = models.flatMap((m) => m.policies.flatMap((p) => p.rules));
  const ipBlocks: IpSet[] = [];
  for (const rule of rules) if (rule.peers !== 'all') for (const peer of rule.peers) if (peer.kind === 'ipBlock' || peer.kind === 'network') ipBlocks.push(peer.ips);
  const partition = partitionExternal(ipBlocks, options.podCidrs);
  const firstExternal = endpoints.length;
  for (const part of partition.parts) {
    endpoints.push({ type: 'external', id: `ip:${part.flatMap(formatRange).join(',')}`, ranges: part });
  }
  const externalsCovering = new Map<string, readonly number[]>();
  for (const [key, parts] of partition.covering) externalsCovering.set(key, parts.map((p) => p + firstExternal));

  const indexById = new Map<string, number>();
  endpoints.forEach((e, i) => indexById.set(e.id, i));
  const allWorkloads = models.flatMap((m) => m.workloads);
  return { endpoints, indexById, indexByWorkload, firstExternal, externalsCovering, portClasses: buildPortClasses(rules, allWorkloads) };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
