// Names a set of endpoints in a few words, for the lines that fold many pairs into one:
// `team-one/*` (every workload of a namespace), `every workload (400)`, `3 workloads in shop`,
// `7 Cilium entities (host, remote-node, …)`, external parts united and named as addresses.
import type { Endpoint, WorkloadEndpoint } from '../model/endpoint.js';
import { unionIpSets } from '../net/ip-set.js';
import type { IpSet } from '../model/ip.js';
import { addressText } from './endpoint-text.js';
import { endpointName, type EndpointLookup } from './sentences.js';

/** The workloads of the report by namespace, to tell "every workload of shop" from some. */
export interface EndpointContext {
  readonly lookup: EndpointLookup;
  readonly workloadsPerNamespace: ReadonlyMap<string, number>;
  readonly workloads: number;
}

export function endpointContext(endpoints: readonly Endpoint[], lookup: EndpointLookup): EndpointContext {
  const perNamespace = new Map<string, number>();
  let workloads = 0;
  for (const e of endpoints) {
    if (e.type !== 'workload') continue;
    workloads++;
    perNamespace.set(e.namespace, (perNamespace.get(e.namespace) ?? 0) + 1);
  }
  return { lookup, workloadsPerNamespace: perNamespace, workloads };
}

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

export function describeEndpoints(ids: readonly string[], context: EndpointContext): string {
  return describeEndpointSet(ids, context).text;
}

/** The words for a set, and whether they fold some members into a count (a reader who wants
 * the names needs them listed). */
export function describeEndpointSet(
  ids: readonly string[],
  context: EndpointContext,
): { text: string; folded: boolean } {
  const unique = [...new Set(ids)];
  if (unique.length === 1) return { text: endpointName(unique[0] as string, context.lookup), folded: false };
  const workloads: WorkloadEndpoint[] = [];
  const entities: string[] = [];
  const dns: string[] = [];
  let external: IpSet = [];
  const unknown: string[] = [];
  for (const id of unique) {
    const e = context.lookup(id);
    if (e === undefined) unknown.push(id);
    else if (e.type === 'workload') workloads.push(e);
    else if (e.type === 'entity') entities.push(e.name);
    else if (e.type === 'dns') dns.push(e.pattern);
    else external = unionIpSets(external, e.ranges);
  }
  const named = workloadParts(workloads, context);
  const parts = [...named.parts, ...unknown];
  let folded = named.folded;
  if (entities.length === 1) parts.push(`entity:${entities[0]}`);
  if (entities.length > 1)
    parts.push(
      `${entities.length} Cilium entities (${entities.slice(0, 2).join(', ')}${entities.length > 2 ? ', …' : ''})`,
    );
  if (dns.length === 1) parts.push(`${dns[0]} (DNS name)`);
  if (dns.length > 1) parts.push(`${dns.length} DNS names`);
  if (external.length > 0) parts.push(addressText(external));
  folded ||= entities.length > 2 || dns.length > 1;
  return parts.length <= 3 ? { text: list(parts), folded } : { text: `${unique.length} endpoints`, folded: true };
}

/** Workloads: every one, whole namespaces as `ns/*`, a few by name, or counted per namespace. */
function workloadParts(
  workloads: readonly WorkloadEndpoint[],
  context: EndpointContext,
): { parts: string[]; folded: boolean } {
  if (workloads.length === 0) return { parts: [], folded: false };
  if (workloads.length === context.workloads && context.workloads > 1)
    return { parts: [`every workload (${workloads.length})`], folded: false };
  const byNamespace = new Map<string, WorkloadEndpoint[]>();
  for (const w of workloads) {
    const list = byNamespace.get(w.namespace);
    if (list === undefined) byNamespace.set(w.namespace, [w]);
    else list.push(w);
  }
  const parts: string[] = [];
  let folded = false;
  for (const [namespace, members] of byNamespace) {
    const whole = members.length === context.workloadsPerNamespace.get(namespace) && members.length > 1;
    if (whole) parts.push(`${namespace}/*`);
    else if (members.length <= 2) parts.push(...members.map((w) => w.id));
    else {
      parts.push(`${members.length} workloads in ${namespace}`);
      folded = true;
    }
  }
  if (parts.length <= 3) return { parts, folded };
  return { parts: [`${workloads.length} workloads in ${byNamespace.size} namespaces`], folded: true };
}
