// Compiles the cluster-wide policy APIs of sig-network-policy-api into tiered Rules
// (SEMANTICS §4): AdminNetworkPolicy and BaselineAdminNetworkPolicy (v1alpha1), and
// ClusterNetworkPolicy (v1alpha2, tiers Admin and Baseline). Rules keep their order; the engine
// applies priority and first match. Invalid objects are rejected whole, as the API would.
import type { Diagnostic, DiagnosticCode } from '../model/diagnostic.js';
import type { IpRange } from '../model/ip.js';
import type { LabelSelector } from '../model/labels.js';
import type { PortMatch, Protocol } from '../model/ports.js';
import type { Action, Direction, Peer, PodSelection, Policy, PolicyOrigin, Rule, Tier } from '../model/rule.js';
import { isRecord, ownValue } from '../manifests/is-record.js';
import type { KubeObject } from '../manifests/kubernetes-objects.js';
import { parseCidr } from '../net/cidr.js';
import { ipSetOf } from '../net/ip-set.js';
import { readLabelSelector } from './label-selector.js';
import { Rejection, rejectionDiagnostic } from './rejection.js';
import { citedAtPatch } from './patched-rule.js';

export interface CompiledAdminPolicy {
  readonly policy: Policy | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

type Path = readonly (string | number)[];

const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

interface Dialect {
  readonly tier: Tier;
  readonly priority: number | undefined;
  /** Action spellings of this API version. */
  readonly actions: Readonly<Record<string, Action>>;
  readonly ports: (raw: unknown, path: Path) => PortMatch[];
}

export function compileAdminPolicy(object: KubeObject): CompiledAdminPolicy {
  const origin: PolicyOrigin = { kind: object.kind, name: object.name, file: object.document.file, line: object.line };
  const warnings: Diagnostic[] = [];
  const at = (path: Path) => object.document.lineOf([...object.path, ...path]);
  const warn = (code: DiagnosticCode, path: Path, message: string, fix: string) =>
    warnings.push({
      code,
      severity: 'warning',
      file: origin.file,
      line: at(path),
      message: `${object.kind} ${object.name}: ${message}`,
      fix,
    });
  try {
    const spec = object.value.spec;
    if (!isRecord(spec))
      throw new Rejection(
        'INVALID_FIELD',
        ['spec'],
        'spec is missing',
        'give the policy a spec with subject and rules',
      );
    const dialect = dialectOf(object, spec);
    const subject = readSubject(spec.subject);
    const rules: Rule[] = [];
    for (const direction of ['ingress', 'egress'] as const) {
      const list = spec[direction];
      if (list === undefined || list === null) continue;
      if (!Array.isArray(list))
        throw new Rejection(
          'INVALID_FIELD',
          ['spec', direction],
          `spec.${direction} must be a list of rules`,
          `write spec.${direction} as a list`,
        );
      list.forEach((raw, index) =>
        rules.push(
          citedAtPatch(readRule(raw, direction, index, dialect, origin, at, warn), object, ['spec', direction, index]),
        ),
      );
    }
    const policy: Policy = {
      origin,
      tier: dialect.tier,
      ...(dialect.priority === undefined ? {} : { priority: dialect.priority }),
      subject,
      isolates: [],
      rules,
    };
    return { policy, diagnostics: warnings };
  } catch (error) {
    return {
      policy: undefined,
      diagnostics: [...warnings, rejectionDiagnostic(error, `${object.kind} ${object.name}`, origin.file, at)],
    };
  }
}

function dialectOf(object: KubeObject, spec: Record<string, unknown>): Dialect {
  const priority = () => {
    const p = spec.priority;
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > 1000) {
      throw new Rejection(
        'INVALID_FIELD',
        ['spec', 'priority'],
        `spec.priority ${JSON.stringify(p)} is not a whole number from 0 to 1000`,
        'set spec.priority from 0 (evaluated first) to 1000',
      );
    }
    return p;
  };
  if (object.kind === 'ClusterNetworkPolicy') {
    const tier = spec.tier;
    if (tier !== 'Admin' && tier !== 'Baseline')
      throw new Rejection(
        'INVALID_FIELD',
        ['spec', 'tier'],
        `spec.tier ${JSON.stringify(tier)} is not Admin or Baseline`,
        'set spec.tier to Admin or Baseline',
      );
    return {
      tier: tier === 'Admin' ? 'admin' : 'baseline',
      priority: priority(),
      actions: { Accept: 'allow', Deny: 'deny', Pass: 'pass' },
      ports: readProtocols,
    };
  }
  if (object.kind === 'BaselineAdminNetworkPolicy') {
    if (object.name !== 'default') {
      throw new Rejection(
        'INVALID_FIELD',
        [],
        `a BaselineAdminNetworkPolicy must be named "default", not "${object.name}"`,
        'name it default (there is one per cluster)',
      );
    }
    return { tier: 'baseline', priority: undefined, actions: { Allow: 'allow', Deny: 'deny' }, ports: readAnpPorts };
  }
  return {
    tier: 'admin',
    priority: priority(),
    actions: { Allow: 'allow', Deny: 'deny', Pass: 'pass' },
    ports: readAnpPorts,
  };
}

function selector(value: unknown, path: Path, what: string): LabelSelector {
  const s = readLabelSelector(value);
  if (typeof s === 'string') throw new Rejection('INVALID_SELECTOR', path, `${what}: ${s}`, 'fix the selector');
  return s;
}

/** `namespaces` (all pods of the selected namespaces) or `pods` (namespace AND pod selector). */
function readSelection(raw: Record<string, unknown>, path: Path): PodSelection | undefined {
  if (raw.namespaces !== undefined && raw.namespaces !== null) {
    return {
      namespaces: { kind: 'selector', selector: selector(raw.namespaces, [...path, 'namespaces'], 'namespaces') },
      pods: { requirements: [] },
    };
  }
  if (raw.pods !== undefined && raw.pods !== null) {
    const pods = raw.pods;
    if (!isRecord(pods) || pods.podSelector === undefined)
      throw new Rejection(
        'INVALID_FIELD',
        [...path, 'pods'],
        'pods needs a podSelector (and a namespaceSelector)',
        'write pods: {namespaceSelector: {}, podSelector: {…}}',
      );
    return {
      namespaces: {
        kind: 'selector',
        selector: selector(pods.namespaceSelector, [...path, 'pods', 'namespaceSelector'], 'pods.namespaceSelector'),
      },
      pods: selector(pods.podSelector, [...path, 'pods', 'podSelector'], 'pods.podSelector'),
    };
  }
  return undefined;
}

function readSubject(raw: unknown): PodSelection {
  if (!isRecord(raw) || Object.keys(raw).length !== 1) {
    throw new Rejection(
      'INVALID_FIELD',
      ['spec', 'subject'],
      'spec.subject must set exactly one of namespaces and pods',
      'write subject: {namespaces: {…}} or subject: {pods: {namespaceSelector: {…}, podSelector: {…}}}',
    );
  }
  const selection = readSelection(raw, ['spec', 'subject']);
  if (selection === undefined)
    throw new Rejection(
      'INVALID_FIELD',
      ['spec', 'subject'],
      `spec.subject has the unknown field "${Object.keys(raw)[0]}"`,
      'use namespaces or pods',
    );
  return selection;
}

type Warn = (code: DiagnosticCode, path: Path, message: string, fix: string) => void;

function readRule(
  raw: unknown,
  direction: Direction,
  index: number,
  dialect: Dialect,
  policy: PolicyOrigin,
  at: (p: Path) => number,
  warn: Warn,
): Rule {
  const path = ['spec', direction, index];
  if (!isRecord(raw))
    throw new Rejection(
      'INVALID_FIELD',
      path,
      `${direction}[${index}] must be a mapping`,
      'write each rule as a mapping with action, from/to and ports',
    );
  const action = ownValue(dialect.actions, String(raw.action));
  if (action === undefined) {
    throw new Rejection(
      'INVALID_FIELD',
      [...path, 'action'],
      `${direction}[${index}] has the action ${JSON.stringify(raw.action)}`,
      `use ${Object.keys(dialect.actions).join(', ')}`,
    );
  }
  const field = direction === 'ingress' ? 'from' : 'to';
  const rawPeers = raw[field];
  if (!Array.isArray(rawPeers) || rawPeers.length === 0)
    throw new Rejection(
      'INVALID_PEER',
      [...path, field],
      `${direction}[${index}].${field} must list at least one peer`,
      `add a peer to ${field}`,
    );
  const peers: Peer[] = [];
  let failClosed = false;
  let addressPeers = false;
  rawPeers.forEach((p, i) => {
    const peerPath = [...path, field, i];
    const peer = isRecord(p) ? p : {};
    const keys = Object.keys(peer).filter((k) => peer[k] !== undefined && peer[k] !== null);
    if (keys.length > 1)
      throw new Rejection(
        'INVALID_PEER',
        peerPath,
        `a peer sets ${keys.join(' and ')}; exactly one is allowed`,
        'split them into separate peers',
      );
    const selection = readSelection(peer, peerPath);
    if (selection !== undefined) return peers.push({ kind: 'pods', ...selection });
    if (direction === 'egress' && keys[0] === 'networks') {
      addressPeers = true;
      return peers.push(readNetworks(peer.networks, [...peerPath, 'networks']));
    }
    if (direction === 'egress' && (keys[0] === 'nodes' || keys[0] === 'domainNames')) {
      addressPeers = true;
      if (keys[0] === 'domainNames' && action !== 'allow')
        throw new Rejection(
          'INVALID_PEER',
          peerPath,
          'domainNames peers are only allowed in Allow rules',
          'use domainNames in an Allow rule, with a lower-precedence Deny',
        );
      warn(
        'UNDECIDABLE_PEER',
        peerPath,
        `${direction}[${index}] peer ${keys[0]} needs ${keys[0] === 'nodes' ? 'node addresses' : 'DNS answers'} that a static evaluation does not have; it matches nothing here`,
        'read the verdicts of this rule as unknown for those destinations',
      );
      return peers.push({ kind: 'undecidable', what: keys[0] });
    }
    // An empty or unknown peer: an API version we do not know. Fail closed (SEMANTICS §4.2).
    failClosed = true;
    warn(
      'UNKNOWN_PEER',
      peerPath,
      `${direction}[${index}] has a peer with ${keys.length === 0 ? 'no known field' : `the unknown field "${keys[0]}"`}; failing closed, the rule ${action === 'allow' ? 'matches nothing' : 'matches every peer'}`,
      'use namespaces or pods (and for egress networks, nodes or domainNames)',
    );
    return undefined;
  });
  const ports = readRulePorts(raw, dialect, path);
  if (ports !== 'all' && ports.some((p) => p.kind === 'named') && addressPeers) {
    throw new Rejection(
      'INVALID_PORT',
      path,
      'a named port cannot be used with networks, nodes or domainNames peers (they have no named ports)',
      'use port numbers for those peers',
    );
  }
  const origin = {
    policy,
    direction,
    index,
    file: policy.file,
    line: at(path),
    ...(typeof raw.name === 'string' && raw.name !== '' ? { name: raw.name } : {}),
  };
  return { origin, direction, action, peers: failClosed && action !== 'allow' ? 'all' : peers, ports };
}

function readNetworks(raw: unknown, path: Path): Peer {
  if (!Array.isArray(raw) || raw.length === 0)
    throw new Rejection(
      'INVALID_CIDR',
      path,
      'networks must list at least one CIDR',
      'write networks: [203.0.113.0/24]',
    );
  const ranges: IpRange[] = [];
  const texts: string[] = [];
  raw.forEach((text, i) => {
    const cidr = typeof text === 'string' ? parseCidr(text) : undefined;
    if (cidr === undefined)
      throw new Rejection(
        'INVALID_CIDR',
        [...path, i],
        `networks entry "${String(text)}" is not a valid CIDR`,
        'write an address and a prefix length',
      );
    ranges.push(cidr.range);
    texts.push(cidr.canonical);
  });
  return { kind: 'network', ips: ipSetOf(ranges), text: texts.join(', ') };
}

function readRulePorts(raw: Record<string, unknown>, dialect: Dialect, path: Path): Rule['ports'] {
  const key = dialect.ports === readProtocols ? 'protocols' : 'ports';
  const list = raw[key];
  if (list === undefined || list === null) return 'all';
  if (!Array.isArray(list) || list.length === 0)
    throw new Rejection(
      'INVALID_PORT',
      [...path, key],
      `${key} must list at least one entry when set`,
      `remove ${key} to match every port`,
    );
  return list.flatMap((entry, i) => dialect.ports(entry, [...path, key, i]));
}

function portNumber(value: unknown, path: Path, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535)
    throw new Rejection(
      'INVALID_PORT',
      path,
      `${what} ${JSON.stringify(value)} is not a port from 1 to 65535`,
      'use a port from 1 to 65535',
    );
  return value;
}

function protocolOf(value: unknown, path: Path): Protocol {
  const p = value ?? 'TCP';
  if (p !== 'TCP' && p !== 'UDP' && p !== 'SCTP')
    throw new Rejection(
      'INVALID_PORT',
      path,
      `protocol ${JSON.stringify(p)} is not TCP, UDP or SCTP`,
      'use TCP, UDP or SCTP',
    );
  return p;
}

/** A named port matches a container port of that name, whatever its protocol. */
function named(name: unknown, path: Path): PortMatch[] {
  if (typeof name !== 'string' || name === '')
    throw new Rejection(
      'INVALID_PORT',
      path,
      'a named port must be a non-empty string',
      'give the container port name',
    );
  return PROTOCOLS.map((protocol) => ({ kind: 'named', protocol, name }));
}

/** v1alpha1: exactly one of portNumber {protocol, port}, portRange {protocol, start, end}, namedPort. */
function readAnpPorts(raw: unknown, path: Path): PortMatch[] {
  if (!isRecord(raw) || Object.keys(raw).length !== 1)
    throw new Rejection(
      'INVALID_PORT',
      path,
      'a ports entry must set exactly one of portNumber, portRange and namedPort',
      'write {portNumber: {protocol: TCP, port: 80}}',
    );
  if (raw.namedPort !== undefined) return named(raw.namedPort, [...path, 'namedPort']);
  if (isRecord(raw.portNumber)) {
    const port = portNumber(raw.portNumber.port, [...path, 'portNumber', 'port'], 'portNumber.port');
    return [
      {
        kind: 'range',
        protocol: protocolOf(raw.portNumber.protocol, [...path, 'portNumber', 'protocol']),
        first: port,
        last: port,
      },
    ];
  }
  if (isRecord(raw.portRange)) {
    const start = portNumber(raw.portRange.start, [...path, 'portRange', 'start'], 'portRange.start');
    const end = portNumber(raw.portRange.end, [...path, 'portRange', 'end'], 'portRange.end');
    if (end < start)
      throw new Rejection(
        'INVALID_END_PORT',
        [...path, 'portRange'],
        `portRange ends (${end}) before it starts (${start})`,
        'set end at or above start',
      );
    return [
      {
        kind: 'range',
        protocol: protocolOf(raw.portRange.protocol, [...path, 'portRange', 'protocol']),
        first: start,
        last: end,
      },
    ];
  }
  throw new Rejection(
    'INVALID_PORT',
    path,
    `a ports entry has the unknown field "${Object.keys(raw)[0]}"`,
    'use portNumber, portRange or namedPort',
  );
}

/** v1alpha2: exactly one of tcp/udp/sctp {destinationPort: {number} | {range: {start, end}}} and
 * destinationNamedPort. */
function readProtocols(raw: unknown, path: Path): PortMatch[] {
  if (!isRecord(raw) || Object.keys(raw).length !== 1)
    throw new Rejection(
      'INVALID_PORT',
      path,
      'a protocols entry must set exactly one of tcp, udp, sctp and destinationNamedPort',
      'write {tcp: {destinationPort: {number: 80}}}',
    );
  if (raw.destinationNamedPort !== undefined) return named(raw.destinationNamedPort, [...path, 'destinationNamedPort']);
  const key = Object.keys(raw)[0] as string;
  const protocol = ({ tcp: 'TCP', udp: 'UDP', sctp: 'SCTP' } as const)[key as 'tcp'];
  if (protocol === undefined)
    throw new Rejection(
      'INVALID_PORT',
      path,
      `a protocols entry has the unknown field "${key}"`,
      'use tcp, udp, sctp or destinationNamedPort',
    );
  const body = raw[key];
  const port = isRecord(body) ? body.destinationPort : undefined;
  if (!isRecord(port)) return [{ kind: 'range', protocol, first: 1, last: 65535 }];
  if (port.number !== undefined) {
    const n = portNumber(port.number, [...path, key, 'destinationPort', 'number'], 'destinationPort.number');
    return [{ kind: 'range', protocol, first: n, last: n }];
  }
  if (isRecord(port.range)) {
    const start = portNumber(port.range.start, [...path, key, 'destinationPort', 'range', 'start'], 'range.start');
    const end = portNumber(port.range.end, [...path, key, 'destinationPort', 'range', 'end'], 'range.end');
    if (end <= start)
      throw new Rejection(
        'INVALID_END_PORT',
        [...path, key, 'destinationPort', 'range'],
        `range must start (${start}) below its end (${end})`,
        'set end above start',
      );
    return [{ kind: 'range', protocol, first: start, last: end }];
  }
  throw new Rejection(
    'INVALID_PORT',
    [...path, key, 'destinationPort'],
    'destinationPort must set number or range',
    'write destinationPort: {number: 80}',
  );
}
