// Compiles a Kubernetes NetworkPolicy (networking.k8s.io/v1) into a Policy, applying the API's
// defaulting (SEMANTICS §2.2, §2.4, §2.8) and rejecting what the API server would reject
// (§2.16): an invalid policy is never half-applied.
import { valueText } from '../manifests/value-text.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { IpRange } from '../model/ip.js';
import type { PortMatch } from '../model/ports.js';
import type { Direction, Peer, Policy, PolicyOrigin, Rule } from '../model/rule.js';
import { isRecord } from '../manifests/is-record.js';
import type { KubeObject } from '../manifests/kubernetes-objects.js';
import { parseCidr } from '../net/cidr.js';
import { subtractIpSets } from '../net/ip-set.js';
import { readLabelSelector } from './label-selector.js';
import { Rejection, rejectionDiagnostic } from './rejection.js';
import { citedAtPatch } from './patched-rule.js';

export interface CompiledNetworkPolicy {
  /** Undefined when the policy was rejected (see diagnostics). */
  readonly policy: Policy | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

const FIELD_BY_DIRECTION = { ingress: 'from', egress: 'to' } as const;

export function compileNetworkPolicy(object: KubeObject, defaultNamespace: string): CompiledNetworkPolicy {
  const namespace = object.namespace ?? defaultNamespace;
  const origin: PolicyOrigin = {
    kind: 'NetworkPolicy',
    namespace,
    name: object.name,
    file: object.document.file,
    line: object.line,
  };
  const warnings: Diagnostic[] = [];
  const at = (path: readonly (string | number)[]) => object.document.lineOf([...object.path, ...path]);
  try {
    const spec = object.value.spec ?? {};
    if (!isRecord(spec))
      throw new Rejection('INVALID_FIELD', ['spec'], 'spec must be a mapping', 'write spec as a mapping');
    const pods = readLabelSelector(spec.podSelector);
    if (typeof pods === 'string')
      throw new Rejection('INVALID_SELECTOR', ['spec', 'podSelector'], `spec.podSelector: ${pods}`, 'fix the selector');
    const isolates = effectivePolicyTypes(spec);
    const rules: Rule[] = [];
    for (const direction of isolates) {
      const list = spec[direction];
      if (list === undefined || list === null) continue;
      if (!Array.isArray(list))
        throw new Rejection(
          'INVALID_FIELD',
          ['spec', direction],
          `spec.${direction} must be a list of rules`,
          `write spec.${direction} as a list`,
        );
      list.forEach((raw, index) => {
        const path = ['spec', direction, index];
        const ruleOrigin = { policy: origin, direction, index, file: origin.file, line: at(path) };
        rules.push(
          citedAtPatch(
            {
              origin: ruleOrigin,
              direction,
              action: 'allow',
              ...readRule(raw, direction, namespace, path, warnings, at),
            },
            object,
            path,
          ),
        );
      });
    }
    const policy: Policy = {
      origin,
      tier: 'namespaced',
      subject: { namespaces: { kind: 'name', name: namespace }, pods },
      isolates,
      rules,
    };
    return { policy, diagnostics: warnings.map((w) => ({ ...w, file: origin.file })) };
  } catch (error) {
    const diagnostic = rejectionDiagnostic(error, `NetworkPolicy ${namespace}/${object.name}`, origin.file, at);
    return { policy: undefined, diagnostics: [...warnings.map((w) => ({ ...w, file: origin.file })), diagnostic] };
  }
}

/** SEMANTICS §2.2: absent or empty policyTypes means Ingress, plus Egress when egress rules exist. */
function effectivePolicyTypes(spec: Record<string, unknown>): Direction[] {
  const types = spec.policyTypes;
  if (types === undefined || types === null || (Array.isArray(types) && types.length === 0)) {
    return Array.isArray(spec.egress) && spec.egress.length > 0 ? ['ingress', 'egress'] : ['ingress'];
  }
  if (!Array.isArray(types))
    throw new Rejection(
      'INVALID_POLICY_TYPE',
      ['spec', 'policyTypes'],
      'spec.policyTypes must be a list',
      'write policyTypes: [Ingress], [Egress] or [Ingress, Egress]',
    );
  const out: Direction[] = [];
  types.forEach((t, i) => {
    if (t !== 'Ingress' && t !== 'Egress') {
      throw new Rejection(
        'INVALID_POLICY_TYPE',
        ['spec', 'policyTypes', i],
        `policyTypes has the value ${JSON.stringify(t)}`,
        'use Ingress or Egress (capitalised)',
      );
    }
    const d: Direction = t === 'Ingress' ? 'ingress' : 'egress';
    if (!out.includes(d)) out.push(d);
  });
  return (['ingress', 'egress'] as const).filter((d) => out.includes(d));
}

type LineAt = (path: readonly (string | number)[]) => number;

function readRule(
  raw: unknown,
  direction: Direction,
  namespace: string,
  path: readonly (string | number)[],
  warnings: Diagnostic[],
  at: LineAt,
): Pick<Rule, 'peers' | 'ports'> {
  const rule = raw ?? {};
  if (!isRecord(rule))
    throw new Rejection(
      'INVALID_FIELD',
      path,
      `${direction} rule ${path[2]} must be a mapping`,
      'write each rule as a mapping with from/to and ports',
    );
  const field = FIELD_BY_DIRECTION[direction];
  const rawPeers = rule[field];
  const rawPorts = rule.ports;
  let peers: Rule['peers'] = 'all';
  if (rawPeers !== undefined && rawPeers !== null) {
    if (!Array.isArray(rawPeers))
      throw new Rejection(
        'INVALID_FIELD',
        [...path, field],
        `${field} must be a list of peers`,
        `write ${field} as a list`,
      );
    // SEMANTICS §2.4: `from: []` matches all sources, like an absent `from`.
    if (rawPeers.length > 0) peers = rawPeers.map((p, i) => readPeer(p, namespace, [...path, field, i], warnings, at));
  }
  let ports: Rule['ports'] = 'all';
  if (rawPorts !== undefined && rawPorts !== null) {
    if (!Array.isArray(rawPorts))
      throw new Rejection('INVALID_FIELD', [...path, 'ports'], 'ports must be a list', 'write ports as a list');
    if (rawPorts.length > 0) ports = rawPorts.map((p, i) => readPort(p, [...path, 'ports', i]));
  }
  if (
    direction === 'egress' &&
    ports !== 'all' &&
    peers !== 'all' &&
    ports.some((p) => p.kind === 'named') &&
    peers.some((p) => p.kind === 'ipBlock')
  ) {
    warnings.push({
      code: 'NAMED_PORT_EXTERNAL',
      severity: 'warning',
      file: '',
      line: at(path),
      message:
        'an egress rule combines a named port with an ipBlock: named ports resolve on destination pods, so they never match an address outside the cluster',
      fix: 'use port numbers for ipBlock destinations',
    });
  }
  return { peers, ports };
}

function readPeer(
  raw: unknown,
  namespace: string,
  path: readonly (string | number)[],
  warnings: Diagnostic[],
  at: LineAt,
): Peer {
  if (!isRecord(raw))
    throw new Rejection(
      'INVALID_PEER',
      path,
      'a peer must be a mapping',
      'use podSelector, namespaceSelector or ipBlock',
    );
  const hasPods = raw.podSelector !== undefined && raw.podSelector !== null;
  const hasNamespaces = raw.namespaceSelector !== undefined && raw.namespaceSelector !== null;
  const hasIpBlock = raw.ipBlock !== undefined && raw.ipBlock !== null;
  if (hasIpBlock && (hasPods || hasNamespaces)) {
    throw new Rejection(
      'INVALID_PEER',
      path,
      'a peer has an ipBlock together with a selector',
      'put the ipBlock in a peer of its own (a separate list item)',
    );
  }
  if (!hasIpBlock && !hasPods && !hasNamespaces) {
    throw new Rejection(
      'INVALID_PEER',
      path,
      'a peer has none of podSelector, namespaceSelector and ipBlock',
      'give the peer a selector or an ipBlock; to allow everything, omit from/to instead',
    );
  }
  if (hasIpBlock) return readIpBlock(raw.ipBlock, [...path, 'ipBlock'], warnings, at);
  const pods = readLabelSelector(raw.podSelector);
  if (typeof pods === 'string')
    throw new Rejection('INVALID_SELECTOR', [...path, 'podSelector'], `podSelector: ${pods}`, 'fix the selector');
  if (!hasNamespaces) return { kind: 'pods', namespaces: { kind: 'name', name: namespace }, pods };
  const selector = readLabelSelector(raw.namespaceSelector);
  if (typeof selector === 'string')
    throw new Rejection(
      'INVALID_SELECTOR',
      [...path, 'namespaceSelector'],
      `namespaceSelector: ${selector}`,
      'fix the selector',
    );
  return { kind: 'pods', namespaces: { kind: 'selector', selector }, pods };
}

function readIpBlock(raw: unknown, path: readonly (string | number)[], warnings: Diagnostic[], at: LineAt): Peer {
  if (!isRecord(raw) || typeof raw.cidr !== 'string')
    throw new Rejection('INVALID_CIDR', path, 'ipBlock needs a cidr', 'write ipBlock: {cidr: 203.0.113.0/24}');
  const cidr = parseCidr(raw.cidr);
  if (cidr === undefined)
    throw new Rejection(
      'INVALID_CIDR',
      [...path, 'cidr'],
      `ipBlock.cidr "${raw.cidr}" is not a valid CIDR`,
      'write an address and a prefix length: 0–32 for IPv4, 0–128 for IPv6',
    );
  if (!cidr.isCanonical) warnings.push(nonCanonical(raw.cidr, cidr.canonical, at([...path, 'cidr'])));
  const excepts: IpRange[] = [];
  const exceptTexts: string[] = [];
  const rawExcept = raw.except ?? [];
  if (!Array.isArray(rawExcept))
    throw new Rejection(
      'INVALID_CIDR',
      [...path, 'except'],
      'ipBlock.except must be a list of CIDRs',
      'write except as a list',
    );
  rawExcept.forEach((text, i) => {
    const except = typeof text === 'string' ? parseCidr(text) : undefined;
    if (except === undefined)
      throw new Rejection(
        'INVALID_CIDR',
        [...path, 'except', i],
        `ipBlock.except "${String(text)}" is not a valid CIDR`,
        'write an address and a prefix length',
      );
    const inside =
      except.range.family === cidr.range.family &&
      except.range.first >= cidr.range.first &&
      except.range.last <= cidr.range.last;
    const strict = inside && (except.range.first !== cidr.range.first || except.range.last !== cidr.range.last);
    if (!strict) {
      throw new Rejection(
        'EXCEPT_OUTSIDE_CIDR',
        [...path, 'except', i],
        `ipBlock.except "${text}" is not strictly inside cidr "${valueText(raw.cidr)}"`,
        'list only ranges inside the cidr in except',
      );
    }
    if (!except.isCanonical) warnings.push(nonCanonical(text as string, except.canonical, at([...path, 'except', i])));
    excepts.push(except.range);
    exceptTexts.push(except.canonical);
  });
  const text = exceptTexts.length === 0 ? cidr.canonical : `${cidr.canonical} except ${exceptTexts.join(', ')}`;
  return { kind: 'ipBlock', ips: subtractIpSets([cidr.range], excepts), text };
}

function nonCanonical(text: string, canonical: string, line: number): Diagnostic {
  return {
    code: 'NON_CANONICAL_CIDR',
    severity: 'warning',
    file: '',
    line,
    message: `"${text}" has host bits set; it is read as ${canonical}`,
    fix: `write ${canonical}`,
  };
}

const IANA_SVC_NAME = /^(?=.*[a-z])(?!.*--)[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$/;

function readPort(raw: unknown, path: readonly (string | number)[]): PortMatch {
  if (!isRecord(raw))
    throw new Rejection('INVALID_PORT', path, 'a ports entry must be a mapping', 'write {protocol: TCP, port: 80}');
  const protocol = raw.protocol ?? 'TCP';
  if (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') {
    throw new Rejection(
      'INVALID_PORT',
      [...path, 'protocol'],
      `protocol ${JSON.stringify(protocol)} is not TCP, UDP or SCTP`,
      'use TCP, UDP or SCTP (upper case)',
    );
  }
  const { port, endPort } = raw;
  const hasEnd = endPort !== undefined && endPort !== null;
  if (port === undefined || port === null) {
    if (hasEnd)
      throw new Rejection(
        'INVALID_END_PORT',
        [...path, 'endPort'],
        'endPort is set without port',
        'set port to the first port of the range',
      );
    return { kind: 'range', protocol: protocol, first: 1, last: 65535 };
  }
  if (typeof port === 'string') {
    if (!IANA_SVC_NAME.test(port))
      throw new Rejection(
        'INVALID_PORT',
        [...path, 'port'],
        `port "${port}" is neither a number nor a valid port name`,
        'use a number from 1 to 65535 (unquoted) or a container port name',
      );
    if (hasEnd)
      throw new Rejection(
        'INVALID_END_PORT',
        [...path, 'endPort'],
        `endPort is set with the named port "${port}"`,
        'use a numeric port with endPort, or drop endPort',
      );
    return { kind: 'named', protocol: protocol, name: port };
  }
  if (!isPortNumber(port))
    throw new Rejection(
      'INVALID_PORT',
      [...path, 'port'],
      `port ${JSON.stringify(port)} is outside 1–65535`,
      'use a port from 1 to 65535',
    );
  if (!hasEnd) return { kind: 'range', protocol: protocol, first: port, last: port };
  if (!isPortNumber(endPort) || endPort < port) {
    throw new Rejection(
      'INVALID_END_PORT',
      [...path, 'endPort'],
      `endPort ${JSON.stringify(endPort)} must be a port from ${port} (port) to 65535`,
      'set endPort to the last port of the range, not below port',
    );
  }
  return { kind: 'range', protocol: protocol, first: port, last: endPort };
}

function isPortNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535;
}
