// Compiles CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy (cilium.io/v2) into Policies
// and Rules (SEMANTICS §5): one Policy per rule of `spec`/`specs`, default deny per direction
// switched on by a non-empty ingress/ingressDeny (egress/egressDeny) section or
// `enableDefaultDeny`, L3 members united (fromEndpoints, fromEntities, fromCIDR, fromCIDRSet,
// toServices, toFQDNs), L4 `toPorts` (protocol ANY by default), L7 rules and DNS names kept as
// restrictions, deny rules that beat every allow. Host policies (`nodeSelector`) are reported,
// not evaluated.
import { valueText } from '../manifests/value-text.js';
import type { Diagnostic, DiagnosticCode } from '../model/diagnostic.js';
import type { IpRange } from '../model/ip.js';
import type { LabelSelector } from '../model/labels.js';
import type { PortMatch, Protocol } from '../model/ports.js';
import type { Action, Direction, EntityName, Peer, PodSelection, Policy, PolicyOrigin, Rule } from '../model/rule.js';
import { isRecord } from '../manifests/is-record.js';
import type { KubeObject } from '../manifests/kubernetes-objects.js';
import { parseCidr } from '../net/cidr.js';
import { ipSetOf, subtractIpSets } from '../net/ip-set.js';
import { namesNamespace, namesReserved, readCiliumSelector } from './cilium-selector.js';
import { Rejection, rejectionDiagnostic } from './rejection.js';
import { citedAtPatch } from './patched-rule.js';

export interface CompiledCiliumPolicy {
  readonly policies: readonly Policy[];
  readonly diagnostics: readonly Diagnostic[];
}

type Path = readonly (string | number)[];

const ENTITIES = new Set(['host', 'remote-node', 'kube-apiserver', 'health', 'init', 'ingress', 'unmanaged']);
const L3_FIELDS: Record<Direction, readonly string[]> = {
  ingress: ['fromEndpoints', 'fromEntities', 'fromCIDR', 'fromCIDRSet', 'fromNodes', 'fromGroups'],
  egress: ['toEndpoints', 'toEntities', 'toCIDR', 'toCIDRSet', 'toServices', 'toFQDNs', 'toNodes', 'toGroups'],
};
const DNS_RESTRICTION = 'depends on DNS at run time';

interface Context {
  readonly object: KubeObject;
  readonly origin: PolicyOrigin;
  /** The policy's namespace; undefined for a clusterwide policy. */
  readonly namespace: string | undefined;
  readonly at: (path: Path) => number;
  readonly warn: (code: DiagnosticCode, path: Path, message: string, fix: string) => void;
}

export function compileCiliumPolicy(object: KubeObject, defaultNamespace: string): CompiledCiliumPolicy {
  const clusterwide = object.kind === 'CiliumClusterwideNetworkPolicy';
  const namespace = clusterwide ? undefined : (object.namespace ?? defaultNamespace);
  const origin: PolicyOrigin = {
    kind: object.kind,
    ...(namespace === undefined ? {} : { namespace }),
    name: object.name,
    file: object.document.file,
    line: object.line,
  };
  const warnings: Diagnostic[] = [];
  const at = (path: Path) => object.document.lineOf([...object.path, ...path]);
  const label = `${object.kind} ${namespace === undefined ? '' : `${namespace}/`}${object.name}`;
  const ctx: Context = {
    object,
    origin,
    namespace,
    at,
    warn: (code, path, message, fix) =>
      warnings.push({
        code,
        severity: 'warning',
        file: origin.file,
        line: at(path),
        message: `${label}: ${message}`,
        fix,
      }),
  };
  try {
    const parts: { value: unknown; path: Path }[] = [];
    if (object.value.spec !== undefined && object.value.spec !== null)
      parts.push({ value: object.value.spec, path: ['spec'] });
    if (Array.isArray(object.value.specs))
      object.value.specs.forEach((value, i) => parts.push({ value, path: ['specs', i] }));
    else if (object.value.specs !== undefined && object.value.specs !== null)
      throw new Rejection('INVALID_FIELD', ['specs'], 'specs must be a list of rules', 'write specs as a list');
    if (parts.length === 0)
      throw new Rejection('INVALID_FIELD', [], 'the policy has neither spec nor specs', 'give it a spec');
    const policies = parts.flatMap((part) =>
      compileRule(part.value, part.path, parts.length > 1 || part.path[0] === 'specs', ctx),
    );
    return { policies, diagnostics: warnings };
  } catch (error) {
    return { policies: [], diagnostics: [...warnings, rejectionDiagnostic(error, label, origin.file, at, 'Cilium')] };
  }
}

function selector(value: unknown, path: Path, what: string): LabelSelector {
  const s = readCiliumSelector(value);
  if (typeof s === 'string') throw new Rejection('INVALID_SELECTOR', path, `${what}: ${s}`, 'fix the selector');
  return s;
}

function compileRule(raw: unknown, path: Path, named: boolean, ctx: Context): Policy[] {
  if (!isRecord(raw))
    throw new Rejection('INVALID_FIELD', path, `${path.join('.')} must be a mapping`, 'write the rule as a mapping');
  const part = named ? path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('') : undefined;
  if (raw.endpointSelector === undefined || raw.endpointSelector === null) {
    if (raw.nodeSelector !== undefined) {
      ctx.warn(
        'UNSUPPORTED_POLICY',
        [...path, 'nodeSelector'],
        'a host policy (nodeSelector) applies to nodes, not pods; it is not evaluated',
        'nothing to fix; read its effect on node traffic elsewhere',
      );
      return [];
    }
    throw new Rejection(
      'INVALID_FIELD',
      path,
      'the rule has neither endpointSelector nor nodeSelector',
      'add an endpointSelector',
    );
  }
  const pods = selector(raw.endpointSelector, [...path, 'endpointSelector'], 'endpointSelector');
  // A namespaced policy only ever selects pods of its own namespace.
  const subject: PodSelection = {
    namespaces:
      ctx.namespace === undefined
        ? { kind: 'selector', selector: { requirements: [] } }
        : { kind: 'name', name: ctx.namespace },
    pods,
    labels: 'cilium',
  };
  const defaultDeny = isRecord(raw.enableDefaultDeny) ? raw.enableDefaultDeny : {};
  const isolates: Direction[] = [];
  const rules: Rule[] = [];
  for (const direction of ['ingress', 'egress'] as const) {
    const allow = list(raw[direction], [...path, direction]);
    const deny = list(raw[`${direction}Deny`], [...path, `${direction}Deny`]);
    allow.forEach((r, i) => {
      for (const rule of compileSection(r, direction, 'allow', [...path, direction, i], i, part, ctx))
        rules.push(citedAtPatch(rule, ctx.object, [...path, direction, i]));
    });
    deny.forEach((r, i) => {
      for (const rule of compileSection(r, direction, 'deny', [...path, `${direction}Deny`, i], i, part, ctx))
        rules.push(citedAtPatch(rule, ctx.object, [...path, `${direction}Deny`, i]));
    });
    // SEMANTICS §5.2: a non-empty section turns on default deny, unless the rule opts out.
    const explicit = defaultDeny[direction];
    if (explicit === true || (explicit !== false && allow.length + deny.length > 0)) isolates.push(direction);
  }
  return [{ origin: ctx.origin, tier: 'namespaced', subject, isolates, rules }];
}

function list(value: unknown, path: Path): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw new Rejection('INVALID_FIELD', path, `${String(path[path.length - 1])} must be a list`, 'write it as a list');
  return value;
}

function compileSection(
  raw: unknown,
  direction: Direction,
  action: Action,
  path: Path,
  index: number,
  part: string | undefined,
  ctx: Context,
): Rule[] {
  if (!isRecord(raw))
    throw new Rejection('INVALID_FIELD', path, 'a rule must be a mapping', 'write the rule as a mapping');
  const section = action === 'deny' ? `${direction}Deny` : undefined;
  const origin = {
    policy: ctx.origin,
    direction,
    index,
    file: ctx.origin.file,
    line: ctx.at(path),
    ...(part === undefined ? {} : { part }),
    ...(section === undefined ? {} : { section }),
  };
  const { peers, dns } = readPeers(raw, direction, action, path, ctx);
  const portRules = readToPorts(raw, action, path, ctx);
  const empty = isEmptyRule(raw) ? { emptyRule: true as const } : {};
  return portRules.map((p) => {
    const restriction = [dns ? DNS_RESTRICTION : undefined, p.restriction]
      .filter((r): r is string => r !== undefined)
      .join('; ');
    return {
      origin,
      direction,
      action,
      peers,
      ports: p.ports,
      ...(restriction === '' ? {} : { restriction }),
      ...empty,
    };
  });
}

/** A rule with no L3 and no L4 member (`{}`): it selects no peer (SEMANTICS §5.3). */
function isEmptyRule(raw: Record<string, unknown>): boolean {
  const members = [...L3_FIELDS.ingress, ...L3_FIELDS.egress, 'toPorts', 'icmps'];
  return members.every((m) => raw[m] === undefined || raw[m] === null);
}

/**
 * The union of the rule's L3 members (SEMANTICS §5.3). With no L3 member, a rule that has L4
 * (`toPorts`, `icmps`) matches any peer on those ports ("to any layer 3 destination", Cilium
 * layer4 docs), but a rule with no member at all (`ingress: [{}]`) matches no peer: it only
 * turns on default deny (Cilium's "Ingress/Egress Default Deny" example) — the opposite of
 * NetworkPolicy's `ingress: [{}]`.
 */
function readPeers(
  raw: Record<string, unknown>,
  direction: Direction,
  action: Action,
  path: Path,
  ctx: Context,
): { peers: Rule['peers']; dns: boolean } {
  const present = L3_FIELDS[direction].filter((f) => raw[f] !== undefined && raw[f] !== null);
  for (const deprecated of ['fromRequires', 'toRequires']) {
    if (raw[deprecated] !== undefined)
      ctx.warn(
        'UNSUPPORTED_POLICY',
        [...path, deprecated],
        `${deprecated} is deprecated (removed in Cilium 1.19) and not evaluated`,
        'express the requirement in the endpoint selectors',
      );
  }
  if (present.length === 0) return { peers: isEmptyRule(raw) ? [] : 'all', dns: false };
  const peers: Peer[] = [];
  let dns = false;
  for (const field of present) {
    const items = list(raw[field], [...path, field]);
    const fieldPath = [...path, field];
    // An explicitly empty list selects nothing (Cilium 1.15+), unlike NetworkPolicy's `from: []`.
    items.forEach((item, i) => {
      const itemPath = [...fieldPath, i];
      switch (field) {
        case 'fromEndpoints':
        case 'toEndpoints': {
          const s = selector(item, itemPath, field);
          const scoped = ctx.namespace !== undefined && !namesNamespace(s) && !namesReserved(s);
          peers.push({
            kind: 'pods',
            namespaces: scoped
              ? { kind: 'name', name: ctx.namespace }
              : { kind: 'selector', selector: { requirements: [] } },
            pods: s,
            labels: 'cilium',
          });
          return;
        }
        case 'fromEntities':
        case 'toEntities': {
          const name = String(item);
          if (name === 'none') return;
          const entity = name === 'world-ipv4' || name === 'world-ipv6' ? 'world' : name;
          if (entity !== 'world' && entity !== 'cluster' && entity !== 'all' && !ENTITIES.has(entity)) {
            throw new Rejection(
              'INVALID_FIELD',
              itemPath,
              `the entity "${name}" is unknown`,
              'use world, cluster, host, remote-node, kube-apiserver, health, init, ingress, unmanaged, all or none',
            );
          }
          peers.push({ kind: 'entities', names: [entity as EntityName | 'world' | 'cluster' | 'all'] });
          return;
        }
        case 'fromCIDR':
        case 'toCIDR':
          peers.push(cidrPeer(item, [], itemPath));
          return;
        case 'fromCIDRSet':
        case 'toCIDRSet': {
          if (!isRecord(item))
            throw new Rejection(
              'INVALID_CIDR',
              itemPath,
              `${field} entries must be mappings`,
              'write {cidr: 10.0.0.0/8, except: [...]}',
            );
          if (item.cidrGroupRef !== undefined || item.cidrGroupSelector !== undefined) {
            ctx.warn(
              'UNDECIDABLE_PEER',
              itemPath,
              `${field}[${i}] refers to a CiliumCIDRGroup, which is not read; it matches nothing here`,
              'use cidr with except instead',
            );
            peers.push({ kind: 'undecidable', what: 'cidrGroupRef' });
            return;
          }
          peers.push(cidrPeer(item.cidr, list(item.except, [...itemPath, 'except']), itemPath));
          return;
        }
        case 'toServices': {
          if (!isRecord(item))
            throw new Rejection(
              'INVALID_FIELD',
              itemPath,
              'toServices entries must be mappings',
              'write {k8sService: {serviceName: x, namespace: y}}',
            );
          const service = isRecord(item.k8sService) ? item.k8sService : undefined;
          const bySelector = isRecord(item.k8sServiceSelector) ? item.k8sServiceSelector : undefined;
          const namespace = valueText((service ?? bySelector)?.namespace ?? ctx.namespace ?? 'default');
          if (service !== undefined && typeof service.serviceName === 'string') {
            peers.push({ kind: 'service', namespace, name: service.serviceName });
          } else if (bySelector !== undefined) {
            const s = readCiliumSelector(bySelector.selector);
            if (typeof s === 'string')
              throw new Rejection(
                'INVALID_SELECTOR',
                [...itemPath, 'k8sServiceSelector', 'selector'],
                `k8sServiceSelector.selector: ${s}`,
                'fix the selector',
              );
            peers.push({ kind: 'service', namespace, selector: s });
          } else {
            throw new Rejection(
              'INVALID_FIELD',
              itemPath,
              'a toServices entry needs k8sService (serviceName) or k8sServiceSelector',
              'name the Service',
            );
          }
          return;
        }
        case 'toFQDNs': {
          const pattern = isRecord(item) ? (item.matchName ?? item.matchPattern) : undefined;
          if (typeof pattern !== 'string' || pattern === '')
            throw new Rejection(
              'INVALID_FIELD',
              itemPath,
              'a toFQDNs entry needs matchName or matchPattern',
              'write {matchName: example.com}',
            );
          dns = true;
          peers.push({ kind: 'fqdn', pattern: pattern.toLowerCase() });
          return;
        }
        default:
          ctx.warn(
            'UNDECIDABLE_PEER',
            itemPath,
            `${field} needs ${field.endsWith('Nodes') ? 'node labels and addresses' : 'cloud provider data'} that a static evaluation does not have; it matches nothing here`,
            'read the verdicts of this rule as unknown for those peers',
          );
          peers.push({ kind: 'undecidable', what: field });
      }
    });
  }
  if (dns && action === 'deny')
    throw new Rejection('INVALID_FIELD', path, 'toFQDNs is not allowed in egressDeny', 'deny by CIDR instead');
  return { peers, dns };
}

function cidrPeer(cidrText: unknown, excepts: unknown[], path: Path): Peer {
  const text = String(cidrText);
  const cidr = parseCidr(text.includes('/') ? text : `${text}/${text.includes(':') ? 128 : 32}`);
  if (cidr === undefined)
    throw new Rejection('INVALID_CIDR', path, `"${text}" is not a valid CIDR`, 'write an address and a prefix length');
  const cut: IpRange[] = [];
  const cutText: string[] = [];
  excepts.forEach((e, i) => {
    const except = parseCidr(String(e));
    if (except === undefined)
      throw new Rejection(
        'INVALID_CIDR',
        [...path, 'except', i],
        `except "${String(e)}" is not a valid CIDR`,
        'write an address and a prefix length',
      );
    cut.push(except.range);
    cutText.push(except.canonical);
  });
  return {
    kind: 'cidr',
    ips: subtractIpSets([cidr.range], ipSetOf(cut)),
    text: cutText.length === 0 ? cidr.canonical : `${cidr.canonical} except ${cutText.join(', ')}`,
  };
}

const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

/** One entry per toPorts item: its ports and what its L7 rules let through. */
function readToPorts(
  raw: Record<string, unknown>,
  action: Action,
  path: Path,
  ctx: Context,
): { ports: Rule['ports']; restriction?: string }[] {
  const toPorts = raw.toPorts;
  const icmpOnly = raw.icmps !== undefined && raw.icmps !== null;
  if (toPorts === undefined || toPorts === null) {
    // ICMP rules allow no TCP, UDP or SCTP port (ICMP is not evaluated, SEMANTICS §2.14).
    return [{ ports: icmpOnly ? [] : 'all' }];
  }
  const items = list(toPorts, [...path, 'toPorts']);
  if (items.length === 0) return [{ ports: [] }];
  return items.map((item, i) => {
    const itemPath = [...path, 'toPorts', i];
    if (!isRecord(item))
      throw new Rejection(
        'INVALID_PORT',
        itemPath,
        'toPorts entries must be mappings',
        'write {ports: [{port: "80", protocol: TCP}]}',
      );
    const restriction = l7(item);
    if (restriction !== undefined && action === 'deny') {
      ctx.warn(
        'UNSUPPORTED_POLICY',
        itemPath,
        'deny rules take no L7 rules; they were ignored',
        'remove the L7 rules from the deny rule',
      );
    }
    const ports =
      item.ports === undefined || item.ports === null
        ? 'all'
        : list(item.ports, [...itemPath, 'ports']).flatMap((p, j) => readPort(p, [...itemPath, 'ports', j]));
    return action === 'deny' || restriction === undefined ? { ports } : { ports, restriction };
  });
}

function readPort(raw: unknown, path: Path): PortMatch[] {
  if (!isRecord(raw))
    throw new Rejection('INVALID_PORT', path, 'a port must be a mapping', 'write {port: "80", protocol: TCP}');
  const protocol = raw.protocol ?? 'ANY';
  if (protocol !== 'ANY' && protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') {
    throw new Rejection(
      'INVALID_PORT',
      [...path, 'protocol'],
      `protocol ${JSON.stringify(protocol)} is not TCP, UDP, SCTP or ANY`,
      'use TCP, UDP, SCTP or ANY (use icmps for ICMP)',
    );
  }
  const protocols: readonly Protocol[] = protocol === 'ANY' ? PROTOCOLS : [protocol];
  const text = raw.port === undefined || raw.port === null ? '0' : valueText(raw.port);
  if (/^\d+$/.test(text)) {
    const port = Number(text);
    // Port 0 (or none) is every port of the protocol.
    if (port === 0) return protocols.map((p) => ({ kind: 'range', protocol: p, first: 1, last: 65535 }));
    if (port > 65535)
      throw new Rejection(
        'INVALID_PORT',
        [...path, 'port'],
        `port ${text} is outside 1–65535`,
        'use a port from 1 to 65535',
      );
    let last = port;
    if (raw.endPort !== undefined && raw.endPort !== null) {
      const end = Number(raw.endPort);
      if (!Number.isInteger(end) || end < port || end > 65535)
        throw new Rejection(
          'INVALID_END_PORT',
          [...path, 'endPort'],
          `endPort ${JSON.stringify(raw.endPort)} must be from ${port} to 65535`,
          'set endPort at or above port',
        );
      last = end;
    }
    return protocols.map((p) => ({ kind: 'range', protocol: p, first: port, last }));
  }
  // A named port (endPort does not apply to it).
  return protocols.map((p) => ({ kind: 'named', protocol: p, name: text }));
}

/** What the L7 part of a toPorts entry lets through, or undefined when it has none. */
function l7(item: Record<string, unknown>): string | undefined {
  const parts: string[] = [];
  const rules = isRecord(item.rules) ? item.rules : {};
  if (Array.isArray(rules.http)) {
    const http = rules.http.map((h) => {
      const r = isRecord(h) ? h : {};
      return `HTTP ${typeof r.method === 'string' ? r.method : 'any method'} ${typeof r.path === 'string' ? r.path : 'any path'}${typeof r.host === 'string' ? ` on ${r.host}` : ''}${headersText(r)}`;
    });
    parts.push(http.length === 0 ? 'HTTP' : http.join(' or '));
  }
  if (Array.isArray(rules.kafka))
    parts.push(`Kafka ${rules.kafka.map(kafkaText).filter(Boolean).join(' or ') || 'requests'}`.trim());
  if (Array.isArray(rules.dns))
    parts.push(
      `DNS ${rules.dns.map((d) => (isRecord(d) ? [d.matchName, d.matchPattern].filter((x) => typeof x === 'string').join(' ') : '')).join(' or ')}`.trim(),
    );
  if (typeof rules.l7proto === 'string')
    parts.push(
      `${rules.l7proto} requests${Array.isArray(rules.l7) && rules.l7.length > 0 ? ` matching ${rules.l7.map((r) => JSON.stringify(r)).join(' or ')}` : ''}`,
    );
  if (Array.isArray(item.serverNames)) parts.push(`TLS SNI ${item.serverNames.join(' or ')}`);
  if (item.listener !== undefined) parts.push('an Envoy listener');
  if (item.terminatingTLS !== undefined || item.originatingTLS !== undefined) parts.push('TLS interception');
  return parts.length === 0 ? undefined : parts.join('; ');
}

/** The header conditions of an HTTP rule: ` with headers X-A: 1, X-B (not X-C: 2)`, or ''. */
function headersText(r: Record<string, unknown>): string {
  const plain = Array.isArray(r.headers) ? r.headers.map(String) : [];
  const matches = Array.isArray(r.headerMatches)
    ? r.headerMatches.filter(isRecord).map((m) => {
        const secret = isRecord(m.secret)
          ? `: the value of secret ${m.secret.namespace === undefined ? '' : `${valueText(m.secret.namespace)}/`}${valueText(m.secret.name)}`
          : '';
        return `${valueText(m.name)}${m.value === undefined ? secret : `: ${valueText(m.value)}`}${typeof m.mismatch === 'string' ? ` (on mismatch ${m.mismatch})` : ''}`;
      })
    : [];
  const all = [...plain, ...matches];
  return all.length === 0 ? '' : ` with headers ${all.join(', ')}`;
}

/** One Kafka rule: `produce topic orders`, `apiKey fetch version 1 client x topic y`. */
function kafkaText(k: unknown): string {
  if (!isRecord(k)) return '';
  const field = (name: string, label: string) =>
    k[name] === undefined || k[name] === null ? undefined : `${label}${valueText(k[name])}`;
  return [
    field('role', ''),
    field('apiKey', 'apiKey '),
    field('apiVersion', 'version '),
    field('clientID', 'client '),
    field('topic', 'topic '),
  ]
    .filter(Boolean)
    .join(' ');
}
