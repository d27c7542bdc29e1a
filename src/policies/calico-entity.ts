// Compiles the `source`/`destination` of a Calico rule (docs/semantics-calico.md §6): every field
// given must hold (AND), `not*` fields negate. The remote side becomes one Peer; ports come from
// the destination. Network sets matched by the selectors become address sets outside the cluster.
import type { CalicoNetworkSet } from '../model/calico.js';
import type { CalicoSelector } from '../model/calico-selector.js';
import type { IpRange, IpSet } from '../model/ip.js';
import type { PortMatch, Protocol } from '../model/ports.js';
import type { CalicoSelection, Peer, PodSelection } from '../model/rule.js';
import type { Labels } from '../model/labels.js';
import { isRecord } from '../manifests/is-record.js';
import { IPV4_ALL, IPV6_ALL, intersectIpSets, ipSetOf, subtractIpSets, unionIpSets } from '../net/ip-set.js';
import { matchesCalico } from './calico-match.js';
import { parseCalicoNet } from './calico-nets.js';
import { formatCalicoSelector, isSelectorError, parseCalicoSelector } from './calico-selector.js';
import { Rejection } from './rejection.js';

type Path = readonly (string | number)[];

export const CALICO_NAMESPACE_KEY = 'projectcalico.org/namespace';
export const CALICO_NAME_KEY = 'projectcalico.org/name';

const ENTITY_FIELDS = new Set([
  'nets',
  'notNets',
  'selector',
  'notSelector',
  'namespaceSelector',
  'ports',
  'notPorts',
  'serviceAccounts',
  'services',
]);

export interface EntityScope {
  /** The policy's namespace; undefined for a GlobalNetworkPolicy. */
  readonly namespace: string | undefined;
  readonly networkSets: readonly CalicoNetworkSet[];
  readonly namespaceLabels: (name: string) => Labels | undefined;
  /** `4` or `6` when the rule says `ipVersion`. */
  readonly ipVersion?: 4 | 6;
}

export function readSelector(value: unknown, path: Path, what: string): CalicoSelector {
  if (typeof value !== 'string')
    throw new Rejection('INVALID_SELECTOR', path, `${what} must be a string`, `write ${what}: "app == 'web'"`);
  const parsed = parseCalicoSelector(value);
  if (isSelectorError(parsed))
    throw new Rejection(
      'INVALID_SELECTOR',
      path,
      `${what} ${JSON.stringify(value)} does not parse at column ${parsed.column}: ${parsed.message}`,
      "fix the selector (Calico's syntax: app == 'web' && has(tier), k in {'a', 'b'})",
    );
  return parsed;
}

/** Rejects a field the EntityRule does not have. */
export function checkEntityFields(raw: Record<string, unknown>, path: Path): void {
  for (const key of Object.keys(raw))
    if (!ENTITY_FIELDS.has(key))
      throw new Rejection(
        'UNKNOWN_FIELD',
        [...path, key],
        `${key} is not a field of a Calico rule's ${String(path[path.length - 1])} (${[...ENTITY_FIELDS].join(', ')})`,
        'remove the field or correct its spelling',
      );
}

function readNets(value: unknown, path: Path): IpSet {
  if (!Array.isArray(value))
    throw new Rejection('INVALID_CIDR', path, 'nets must be a list of CIDRs', 'write nets: [198.51.100.0/24]');
  const ranges: IpRange[] = value.map((net, i) => {
    const range = typeof net === 'string' ? parseCalicoNet(net) : undefined;
    if (range === undefined)
      throw new Rejection(
        'INVALID_CIDR',
        [...path, i],
        `${JSON.stringify(net)} is not a CIDR`,
        'write a CIDR such as 198.51.100.0/24',
      );
    return range;
  });
  return ipSetOf(ranges);
}

const ALL_ADDRESSES: IpSet = [IPV4_ALL, IPV6_ALL];

/** The remote side of a rule as one Peer; `'all'` when the entity says nothing about it. */
export function readRemote(raw: unknown, path: Path, scope: EntityScope): 'all' | Peer {
  if (raw === undefined || raw === null) return scope.ipVersion === undefined ? 'all' : familyOnly(scope.ipVersion);
  if (!isRecord(raw))
    throw new Rejection(
      'INVALID_FIELD',
      path,
      `${String(path[path.length - 1])} must be a mapping`,
      'write it as a mapping',
    );
  checkEntityFields(raw, path);
  if (raw.services !== undefined && raw.services !== null) return readServices(raw, path, scope);
  const selector =
    raw.selector === undefined ? undefined : readSelector(raw.selector, [...path, 'selector'], 'selector');
  const notSelector =
    raw.notSelector === undefined ? undefined : readSelector(raw.notSelector, [...path, 'notSelector'], 'notSelector');
  const namespaceSelector =
    raw.namespaceSelector === undefined
      ? undefined
      : readSelector(raw.namespaceSelector, [...path, 'namespaceSelector'], 'namespaceSelector');
  const serviceAccountNames = readServiceAccounts(raw.serviceAccounts, [...path, 'serviceAccounts']);
  const nets = raw.nets === undefined ? undefined : readNets(raw.nets, [...path, 'nets']);
  const notNets = raw.notNets === undefined ? undefined : readNets(raw.notNets, [...path, 'notNets']);
  // A namespaced policy confines the rule to its namespace unless a namespaceSelector says which,
  // whenever a selector, notSelector or serviceAccounts is given; the notSelector itself then
  // excludes within that (§6.3; libcalico-go updateprocessors/rules.go).
  const confined =
    scope.namespace !== undefined &&
    namespaceSelector === undefined &&
    (selector !== undefined || notSelector !== undefined || serviceAccountNames !== undefined);
  const positive =
    selector !== undefined || namespaceSelector !== undefined || serviceAccountNames !== undefined || confined;
  if (
    !positive &&
    notSelector === undefined &&
    nets === undefined &&
    notNets === undefined &&
    scope.ipVersion === undefined
  )
    return 'all';

  const calico: CalicoSelection = {
    ...(selector === undefined ? {} : { selector }),
    ...(notSelector === undefined ? {} : { notSelector }),
    ...(namespaceSelector === undefined ? {} : { namespaceSelector }),
    ...(serviceAccountNames === undefined ? {} : { serviceAccountNames }),
  };
  const pods: PodSelection = {
    namespaces: confined
      ? { kind: 'name', name: scope.namespace }
      : { kind: 'selector', selector: { requirements: [] } },
    pods: { requirements: [] },
    ...(Object.keys(calico).length === 0 ? {} : { labels: 'calico' as const, calico }),
  };

  let external = ALL_ADDRESSES;
  if (positive) {
    const matching =
      serviceAccountNames !== undefined
        ? []
        : scope.networkSets.filter((set) => setMatches(set, selector, namespaceSelector, confined, scope));
    external = matching.reduce<IpSet>((acc, set) => unionIpSets(acc, set.nets), []);
  }
  if (notSelector !== undefined)
    for (const set of scope.networkSets)
      if (matchesCalico(notSelector, setLabels(set, scope), set.namespace === undefined))
        external = subtractIpSets(external, set.nets);
  if (nets !== undefined) external = intersectIpSets(external, nets);
  if (notNets !== undefined) external = subtractIpSets(external, notNets);
  if (scope.ipVersion !== undefined)
    external = intersectIpSets(external, [scope.ipVersion === 4 ? IPV4_ALL : IPV6_ALL]);

  const text = describe(raw, { selector, notSelector, namespaceSelector });
  return {
    kind: 'calico',
    // global() alone selects no namespace: only GlobalNetworkSets.
    ...(namespaceSelector?.op === 'global' ? {} : { pods }),
    ...(nets === undefined ? {} : { nets }),
    ...(notNets === undefined ? {} : { notNets }),
    external,
    text,
  };
}

function familyOnly(version: 4 | 6): Peer {
  return {
    kind: 'calico',
    pods: { namespaces: { kind: 'selector', selector: { requirements: [] } }, pods: { requirements: [] } },
    external: [version === 4 ? IPV4_ALL : IPV6_ALL],
    text: `ipVersion ${version}`,
  };
}

/** Labels a selector sees on a network set: its own, plus its namespace's for a NetworkSet (§5.2). */
function setLabels(set: CalicoNetworkSet, scope: EntityScope): Labels {
  if (set.namespace === undefined) return set.labels;
  const out: Record<string, string> = { ...set.labels, [CALICO_NAMESPACE_KEY]: set.namespace };
  for (const [k, v] of Object.entries(scope.namespaceLabels(set.namespace) ?? {})) out[`pcns.${k}`] = v;
  return out;
}

function setMatches(
  set: CalicoNetworkSet,
  selector: CalicoSelector | undefined,
  namespaceSelector: CalicoSelector | undefined,
  confined: boolean,
  scope: EntityScope,
): boolean {
  const global = set.namespace === undefined;
  if (namespaceSelector !== undefined) {
    const nsLabels = global
      ? undefined
      : { ...(scope.namespaceLabels(set.namespace) ?? {}), [CALICO_NAME_KEY]: set.namespace };
    if (!matchesNamespaceSelector(namespaceSelector, nsLabels)) return false;
  } else if (confined && set.namespace !== scope.namespace) return false;
  return selector === undefined || matchesCalico(selector, setLabels(set, scope), global);
}

/** A namespaceSelector on an endpoint: over its namespace's labels; `all()` means "in some
 * namespace" and `global()` "in none", as Calico rewrites them (§6.4). `labels` undefined: an
 * endpoint without a namespace (a GlobalNetworkSet). */
export function matchesNamespaceSelector(s: CalicoSelector, labels: Labels | undefined): boolean {
  const NAMESPACED = '\u0000namespaced';
  const rewrite = (x: CalicoSelector): CalicoSelector => {
    switch (x.op) {
      case 'all':
        return { op: 'has', key: NAMESPACED };
      case '!':
        return { op: '!', operand: rewrite(x.operand) };
      case '&&':
      case '||':
        return { op: x.op, operands: x.operands.map(rewrite) };
      default:
        return x;
    }
  };
  return matchesCalico(rewrite(s), labels === undefined ? {} : { ...labels, [NAMESPACED]: '' }, labels === undefined);
}

function readServiceAccounts(value: unknown, path: Path): readonly string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value))
    throw new Rejection(
      'INVALID_FIELD',
      path,
      'serviceAccounts must be a mapping',
      'write serviceAccounts: {names: [api]}',
    );
  if (value.selector !== undefined)
    throw new Rejection(
      'UNSUPPORTED_POLICY',
      [...path, 'selector'],
      'serviceAccounts.selector selects service accounts by their labels, which netreach does not read',
      'select the service accounts by names instead, or read paths of this policy as not evaluated',
    );
  const names = value.names;
  if (!Array.isArray(names) || names.some((n) => typeof n !== 'string'))
    throw new Rejection(
      'INVALID_FIELD',
      [...path, 'names'],
      'serviceAccounts.names must be a list of names',
      'write names: [api]',
    );
  return names as string[];
}

function readServices(raw: Record<string, unknown>, path: Path, scope: EntityScope): Peer {
  const services = raw.services;
  if (!isRecord(services) || typeof services.name !== 'string')
    throw new Rejection(
      'INVALID_FIELD',
      [...path, 'services'],
      'services needs a name',
      'write services: {name: api, namespace: prod}',
    );
  for (const key of ['selector', 'notSelector', 'namespaceSelector', 'nets', 'notNets', 'serviceAccounts'])
    if (raw[key] !== undefined)
      throw new Rejection(
        'INVALID_FIELD',
        [...path, key],
        `services cannot be combined with ${key}`,
        `remove ${key} or services`,
      );
  const namespace = typeof services.namespace === 'string' ? services.namespace : scope.namespace;
  if (namespace === undefined)
    throw new Rejection(
      'INVALID_FIELD',
      [...path, 'services'],
      'services in a GlobalNetworkPolicy needs a namespace',
      'add namespace to services',
    );
  return { kind: 'service', namespace, name: services.name };
}

function describe(
  raw: Record<string, unknown>,
  s: { selector?: CalicoSelector; notSelector?: CalicoSelector; namespaceSelector?: CalicoSelector },
): string {
  const parts: string[] = [];
  if (s.selector !== undefined) parts.push(`selector ${formatCalicoSelector(s.selector)}`);
  if (s.notSelector !== undefined) parts.push(`notSelector ${formatCalicoSelector(s.notSelector)}`);
  if (s.namespaceSelector !== undefined) parts.push(`namespaceSelector ${formatCalicoSelector(s.namespaceSelector)}`);
  for (const key of ['nets', 'notNets'] as const)
    if (Array.isArray(raw[key])) parts.push(`${key} ${(raw[key] as unknown[]).join(', ')}`);
  if (isRecord(raw.serviceAccounts)) parts.push(`serviceAccounts ${String(raw.serviceAccounts.names)}`);
  return parts.join('; ');
}

const PROTOCOL_NUMBERS: Readonly<Record<string, Protocol>> = { '6': 'TCP', '17': 'UDP', '132': 'SCTP' };
const OTHER_PROTOCOLS = new Set(['ICMP', 'ICMPV6', 'UDPLITE']);

/** A protocol as netreach models it (TCP, UDP, SCTP), `other` for ICMP and the like. */
export function readProtocol(value: unknown, path: Path): Protocol | 'other' {
  const text = String(value).toUpperCase();
  if (text === 'TCP' || text === 'UDP' || text === 'SCTP') return text;
  const numbered = PROTOCOL_NUMBERS[text];
  if (numbered !== undefined) return numbered;
  if (OTHER_PROTOCOLS.has(text) || (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 255)) return 'other';
  throw new Rejection(
    'INVALID_PORT',
    path,
    `protocol ${JSON.stringify(value)} is not one Calico knows`,
    'write TCP, UDP, SCTP, ICMP, ICMPv6, UDPLite or a number 1-255',
  );
}

/** One `ports`/`notPorts` entry: a number, a range "a:b", or a named port. */
export function readPortEntry(value: unknown, protocol: Protocol, path: Path): PortMatch {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535)
    return { kind: 'range', protocol, first: value, last: value };
  if (typeof value === 'string') {
    const range = /^(\d+):(\d+)$/.exec(value);
    if (range !== null) {
      const [first, last] = [Number(range[1]), Number(range[2])];
      if (first >= 1 && last <= 65535 && first <= last) return { kind: 'range', protocol, first, last };
    } else if (/^\d+$/.test(value)) {
      const port = Number(value);
      if (port >= 1 && port <= 65535) return { kind: 'range', protocol, first: port, last: port };
    } else if (/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(value) && value.length <= 15) {
      return { kind: 'named', protocol, name: value };
    }
  }
  throw new Rejection(
    'INVALID_PORT',
    path,
    `${JSON.stringify(value)} is not a port, a range "first:last" or a port name`,
    'write 80, "8000:8080" or a port name',
  );
}
