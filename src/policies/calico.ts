// Compiles Calico policies — NetworkPolicy and GlobalNetworkPolicy of projectcalico.org/v3 and
// crd.projectcalico.org/v1, and their Staged* forms — into Policies of the `calico` tier
// (docs/semantics-calico.md): the tier and order place them, `types` default as Calico does,
// rules keep their order and action (Log rules decide nothing and are dropped), each rule's
// remote side becomes one Peer. What applies to host endpoints only is reported, not evaluated.
import type { CalicoNetworkSet, CalicoTier } from '../model/calico.js';
import type { Diagnostic, DiagnosticCode } from '../model/diagnostic.js';
import type { Labels } from '../model/labels.js';
import type { PortMatch, Protocol } from '../model/ports.js';
import { MAX_PORT, MIN_PORT, PROTOCOLS } from '../model/ports.js';
import type { Action, CalicoSelection, Direction, PodSelection, Policy, PolicyOrigin, Rule } from '../model/rule.js';
import { isRecord } from '../manifests/is-record.js';
import type { KubeObject } from '../manifests/kubernetes-objects.js';
import { readPortEntry, readProtocol, readRemote, readSelector, type EntityScope } from './calico-entity.js';
import { DEFAULT_TIER } from './calico-inputs.js';
import { compileNetworkPolicy } from './network-policy.js';
import { Rejection, rejectionDiagnostic } from './rejection.js';

type Path = readonly (string | number)[];

export const CALICO_POLICY_KINDS = new Set([
  'NetworkPolicy',
  'GlobalNetworkPolicy',
  'StagedNetworkPolicy',
  'StagedGlobalNetworkPolicy',
  'StagedKubernetesNetworkPolicy',
]);

/** The order Calico gives a Kubernetes NetworkPolicy in the default tier (§2.4). */
export const KUBERNETES_POLICY_ORDER = 1000;

const SPEC_FIELDS = new Set([
  'tier',
  'order',
  'selector',
  'namespaceSelector',
  'serviceAccountSelector',
  'types',
  'ingress',
  'egress',
  'doNotTrack',
  'preDNAT',
  'applyOnForward',
  'performanceHints',
  'stagedAction',
]);
const RULE_FIELDS = new Set([
  'action',
  'protocol',
  'notProtocol',
  'icmp',
  'notICMP',
  'ipVersion',
  'source',
  'destination',
  'http',
  'metadata',
]);
const ACTIONS: Readonly<Record<string, Action | 'log'>> = { allow: 'allow', deny: 'deny', pass: 'pass', log: 'log' };

export interface CalicoContext {
  readonly tiers: ReadonlyMap<string, CalicoTier>;
  readonly networkSets: readonly CalicoNetworkSet[];
  readonly namespaceLabels: (name: string) => Labels | undefined;
}

export interface CompiledCalicoPolicy {
  readonly policies: readonly Policy[];
  readonly diagnostics: readonly Diagnostic[];
}

export function compileCalicoPolicy(
  object: KubeObject,
  defaultNamespace: string,
  ctx: CalicoContext,
): CompiledCalicoPolicy {
  const global = object.kind === 'GlobalNetworkPolicy' || object.kind === 'StagedGlobalNetworkPolicy';
  const namespace = global ? undefined : (object.namespace ?? defaultNamespace);
  const origin: PolicyOrigin = {
    kind: object.kind,
    ...(namespace === undefined ? {} : { namespace }),
    name: object.name,
    file: object.document.file,
    line: object.line,
  };
  const label = `${object.kind} ${namespace === undefined ? '' : `${namespace}/`}${object.name}`;
  const at = (path: Path) => object.document.lineOf([...object.path, ...path]);
  const warnings: Diagnostic[] = [];
  const warn = (code: DiagnosticCode, path: Path, message: string, fix: string) =>
    warnings.push({
      code,
      severity: 'warning',
      file: origin.file,
      line: at(path),
      message: `${label}: ${message}`,
      fix,
    });
  try {
    const spec = object.value.spec ?? {};
    if (!isRecord(spec))
      throw new Rejection('INVALID_FIELD', ['spec'], 'spec must be a mapping', 'write spec as a mapping');
    const staged = object.kind.startsWith('Staged');
    if (staged && spec.stagedAction === 'Delete') {
      warn(
        'UNSUPPORTED_POLICY',
        ['spec', 'stagedAction'],
        'a staged deletion (stagedAction: Delete) is not evaluated',
        'nothing to fix; read it as a preview netreach cannot show',
      );
      return { policies: [], diagnostics: warnings };
    }
    if (object.kind === 'StagedKubernetesNetworkPolicy') return stagedKubernetes(object, defaultNamespace, warnings);
    for (const key of Object.keys(spec))
      if (!SPEC_FIELDS.has(key))
        throw new Rejection(
          'UNKNOWN_FIELD',
          ['spec', key],
          `${key} is not a field of a Calico ${object.kind} spec`,
          'remove the field or correct its spelling',
        );
    if (spec.doNotTrack === true || spec.preDNAT === true) {
      warn(
        'UNSUPPORTED_POLICY',
        ['spec', spec.doNotTrack === true ? 'doNotTrack' : 'preDNAT'],
        `a ${spec.doNotTrack === true ? 'doNotTrack' : 'preDNAT'} policy applies to host endpoints only; it is not evaluated`,
        'nothing to fix; read host traffic as not evaluated',
      );
      return { policies: [], diagnostics: warnings };
    }
    if (spec.applyOnForward === true)
      warn(
        'UNSUPPORTED_POLICY',
        ['spec', 'applyOnForward'],
        'applyOnForward concerns traffic forwarded by host endpoints, which is not evaluated; its effect on pods is',
        'nothing to fix',
      );
    const tier = readTier(spec.tier, object.name, ctx.tiers);
    const order = readOrder(spec.order);
    const subject = readSubject(spec, namespace);
    const types = readTypes(spec);
    const scope = { namespace, networkSets: ctx.networkSets, namespaceLabels: ctx.namespaceLabels };
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
      if (!types.includes(direction)) {
        warn(
          'INVALID_FIELD',
          ['spec', direction],
          `it has ${direction} rules but types leaves ${direction} out, so Calico ignores them`,
          `add ${direction === 'ingress' ? 'Ingress' : 'Egress'} to types, or remove the rules`,
        );
        continue;
      }
      list.forEach((raw, index) => {
        const rule = readRule(
          raw,
          ['spec', direction, index],
          { policy: origin, direction, index, file: origin.file, line: at(['spec', direction, index]) },
          scope,
          warn,
        );
        if (rule !== undefined) rules.push(rule);
      });
    }
    const policy: Policy = {
      origin,
      tier: 'calico',
      calico: { tier: tier.name, tierOrder: tier.order, order, types, ...(staged ? { staged: true as const } : {}) },
      subject,
      isolates: [],
      rules,
    };
    return { policies: [policy], diagnostics: warnings };
  } catch (error) {
    return { policies: [], diagnostics: [...warnings, rejectionDiagnostic(error, label, origin.file, at, 'Calico')] };
  }
}

/** A StagedKubernetesNetworkPolicy: a Kubernetes NetworkPolicy, evaluated as if enforced. */
function stagedKubernetes(object: KubeObject, defaultNamespace: string, warnings: Diagnostic[]): CompiledCalicoPolicy {
  const compiled = compileNetworkPolicy(object, defaultNamespace);
  const policy = compiled.policy;
  if (policy === undefined) return { policies: [], diagnostics: [...warnings, ...compiled.diagnostics] };
  const origin = { ...policy.origin, kind: object.kind };
  return {
    policies: [
      {
        ...policy,
        origin,
        rules: policy.rules.map((r) => ({ ...r, origin: { ...r.origin, policy: origin } })),
        tier: 'calico',
        calico: {
          tier: DEFAULT_TIER.name,
          tierOrder: DEFAULT_TIER.order,
          order: KUBERNETES_POLICY_ORDER,
          types: policy.isolates,
          staged: true,
        },
        isolates: [],
      },
    ],
    diagnostics: [...warnings, ...compiled.diagnostics],
  };
}

function readTier(value: unknown, name: string, tiers: ReadonlyMap<string, CalicoTier>): CalicoTier {
  if (value === undefined || value === null || value === '') {
    // The stored form names a tiered policy `tier.name`; a prefix naming a known tier places it.
    const prefix = name.includes('.') ? name.slice(0, name.indexOf('.')) : undefined;
    return (prefix === undefined ? undefined : tiers.get(prefix)) ?? DEFAULT_TIER;
  }
  if (typeof value !== 'string')
    throw new Rejection('INVALID_FIELD', ['spec', 'tier'], 'tier must be a name', 'write tier: security');
  const tier = tiers.get(value);
  if (tier === undefined)
    throw new Rejection(
      'INVALID_FIELD',
      ['spec', 'tier'],
      `the tier ${value} does not exist in these manifests`,
      `add the Tier ${value} (apiVersion projectcalico.org/v3, kind Tier) to the manifests, or correct the tier name`,
    );
  return tier;
}

function readOrder(value: unknown): number {
  if (value === undefined || value === null) return Infinity;
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new Rejection('INVALID_FIELD', ['spec', 'order'], 'order must be a number', 'write order: 100');
  return value;
}

function readSubject(spec: Record<string, unknown>, namespace: string | undefined): PodSelection {
  const selector =
    spec.selector === undefined ? undefined : readSelector(spec.selector, ['spec', 'selector'], 'selector');
  const namespaceSelector =
    spec.namespaceSelector === undefined || namespace !== undefined
      ? undefined
      : readSelector(spec.namespaceSelector, ['spec', 'namespaceSelector'], 'namespaceSelector');
  if (spec.namespaceSelector !== undefined && namespace !== undefined)
    throw new Rejection(
      'UNKNOWN_FIELD',
      ['spec', 'namespaceSelector'],
      'a namespaced NetworkPolicy has no namespaceSelector (only GlobalNetworkPolicy does)',
      'remove it, or make the policy a GlobalNetworkPolicy',
    );
  if (spec.serviceAccountSelector !== undefined) {
    const sa = readSelector(spec.serviceAccountSelector, ['spec', 'serviceAccountSelector'], 'serviceAccountSelector');
    if (sa.op !== 'all')
      throw new Rejection(
        'UNSUPPORTED_POLICY',
        ['spec', 'serviceAccountSelector'],
        'serviceAccountSelector selects by service-account labels, which netreach does not read',
        "select the pods with selector: \"projectcalico.org/serviceaccount == 'name'\" instead, or read this policy's paths as not evaluated",
      );
  }
  const calico: CalicoSelection = {
    ...(selector === undefined || selector.op === 'all' ? {} : { selector }),
    ...(namespaceSelector === undefined || namespaceSelector.op === 'all' ? {} : { namespaceSelector }),
  };
  return {
    namespaces:
      namespace === undefined
        ? { kind: 'selector', selector: { requirements: [] } }
        : { kind: 'name', name: namespace },
    pods: { requirements: [] },
    ...(Object.keys(calico).length === 0 ? {} : { labels: 'calico' as const, calico }),
  };
}

/** `types` as written, or Calico's default: Egress when there are egress rules only, both when
 * there are rules of both, else Ingress (§4). */
function readTypes(spec: Record<string, unknown>): Direction[] {
  const has = (d: 'ingress' | 'egress') => Array.isArray(spec[d]) && (spec[d] as unknown[]).length > 0;
  if (spec.types === undefined || spec.types === null) {
    if (has('egress')) return has('ingress') ? ['ingress', 'egress'] : ['egress'];
    return ['ingress'];
  }
  if (!Array.isArray(spec.types))
    throw new Rejection(
      'INVALID_POLICY_TYPE',
      ['spec', 'types'],
      'types must be a list',
      'write types: [Ingress, Egress]',
    );
  return spec.types.map((t, i) => {
    if (t === 'Ingress') return 'ingress';
    if (t === 'Egress') return 'egress';
    throw new Rejection(
      'INVALID_POLICY_TYPE',
      ['spec', 'types', i],
      `${JSON.stringify(t)} is not a type (Ingress or Egress)`,
      'write Ingress or Egress',
    );
  });
}

type Warn = (code: DiagnosticCode, path: Path, message: string, fix: string) => void;

function readRule(raw: unknown, path: Path, origin: Rule['origin'], scope: EntityScope, warn: Warn): Rule | undefined {
  if (!isRecord(raw))
    throw new Rejection('INVALID_FIELD', path, 'a rule must be a mapping', 'write the rule as a mapping');
  for (const key of Object.keys(raw))
    if (!RULE_FIELDS.has(key))
      throw new Rejection(
        'UNKNOWN_FIELD',
        [...path, key],
        `${key} is not a field of a Calico rule`,
        'remove the field or correct its spelling',
      );
  const action = typeof raw.action === 'string' ? ACTIONS[raw.action.toLowerCase()] : undefined;
  if (action === undefined)
    throw new Rejection(
      'INVALID_FIELD',
      [...path, 'action'],
      `action ${JSON.stringify(raw.action)} is not one of Allow, Deny, Pass, Log`,
      'write action: Allow, Deny, Pass or Log',
    );
  if (action === 'log') return undefined;
  const direction = origin.direction;
  const ipVersion =
    raw.ipVersion === undefined ? undefined : raw.ipVersion === 4 || raw.ipVersion === 6 ? raw.ipVersion : undefined;
  if (raw.ipVersion !== undefined && ipVersion === undefined)
    throw new Rejection('INVALID_FIELD', [...path, 'ipVersion'], 'ipVersion must be 4 or 6', 'write ipVersion: 4');
  const remoteKey = direction === 'ingress' ? 'source' : 'destination';
  const localKey = direction === 'ingress' ? 'destination' : 'source';
  const local = raw[localKey];
  if (isRecord(local)) {
    for (const key of Object.keys(local)) {
      if (key === 'ports' || key === 'notPorts') {
        if (localKey === 'destination') continue;
        throw new Rejection(
          'UNSUPPORTED_POLICY',
          [...path, localKey, key],
          `source ports of an ${direction} rule are not evaluated`,
          'match on destination ports only, or read this policy as not evaluated',
        );
      }
      throw new Rejection(
        'UNSUPPORTED_POLICY',
        [...path, localKey, key],
        `${localKey}.${key} in an ${direction} rule narrows the policy's own endpoints, which netreach does not evaluate`,
        'narrow them with the policy selector instead',
      );
    }
  }
  const remote = readRemote(raw[remoteKey], [...path, remoteKey], {
    ...scope,
    ...(ipVersion === undefined ? {} : { ipVersion }),
  });
  if (
    isRecord(raw[remoteKey]) &&
    direction === 'ingress' &&
    ('ports' in raw[remoteKey] || 'notPorts' in raw[remoteKey])
  )
    throw new Rejection(
      'UNSUPPORTED_POLICY',
      [...path, 'source', 'ports'],
      'source ports of an ingress rule are not evaluated',
      'match on destination ports only, or read this policy as not evaluated',
    );
  const ports = readPorts(raw, path, warn);
  const restriction = readHttp(raw.http, [...path, 'http']);
  return {
    origin,
    direction,
    action,
    peers: remote === 'all' ? 'all' : [remote],
    ports,
    ...(restriction === undefined ? {} : { restriction }),
  };
}

/** The destination ports a rule matches, from protocol, notProtocol, ports and notPorts (§8). */
function readPorts(raw: Record<string, unknown>, path: Path, warn: Warn): 'all' | PortMatch[] {
  const destination = isRecord(raw.destination) ? raw.destination : {};
  const ports = destination.ports;
  const notPorts = destination.notPorts;
  const protocol = raw.protocol === undefined ? undefined : readProtocol(raw.protocol, [...path, 'protocol']);
  const notProtocol =
    raw.notProtocol === undefined ? undefined : readProtocol(raw.notProtocol, [...path, 'notProtocol']);
  if ((ports !== undefined || notPorts !== undefined) && (protocol === undefined || protocol === 'other'))
    throw new Rejection(
      'INVALID_PORT',
      [...path, ports !== undefined ? 'destination' : 'destination', ports !== undefined ? 'ports' : 'notPorts'],
      `${ports !== undefined ? 'ports' : 'notPorts'} need protocol TCP, UDP or SCTP on the rule`,
      'add protocol: TCP (or UDP, SCTP) to the rule',
    );
  if (raw.icmp !== undefined || raw.notICMP !== undefined || protocol === 'other')
    warn(
      'UNSUPPORTED_POLICY',
      [...path, raw.icmp !== undefined ? 'icmp' : 'protocol'],
      'ICMP and protocols other than TCP, UDP and SCTP are not evaluated; the rule is read for TCP, UDP and SCTP only',
      'nothing to fix',
    );
  if (protocol === 'other') return [];
  const protocols: Protocol[] = protocol !== undefined ? [protocol] : PROTOCOLS.filter((p) => p !== notProtocol);
  if (protocol === undefined && notProtocol === undefined) return 'all';
  const list = (value: unknown, key: string, p: Protocol): PortMatch[] => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value))
      throw new Rejection(
        'INVALID_PORT',
        [...path, 'destination', key],
        `${key} must be a list`,
        `write ${key}: [80, "8000:8080"]`,
      );
    return value.map((v, i) => readPortEntry(v, p, [...path, 'destination', key, i]));
  };
  const out: PortMatch[] = [];
  for (const p of protocols) {
    const included =
      ports === undefined
        ? [{ kind: 'range' as const, protocol: p, first: MIN_PORT, last: MAX_PORT }]
        : list(ports, 'ports', p);
    const excluded = list(notPorts, 'notPorts', p);
    if (excluded.some((e) => e.kind === 'named'))
      throw new Rejection(
        'UNSUPPORTED_POLICY',
        [...path, 'destination', 'notPorts'],
        'a named port in notPorts is not evaluated',
        'write notPorts as numbers or ranges',
      );
    for (const match of included) {
      if (match.kind === 'named') {
        if (excluded.length > 0)
          throw new Rejection(
            'UNSUPPORTED_POLICY',
            [...path, 'destination', 'ports'],
            'named ports together with notPorts are not evaluated',
            'write the ports as numbers',
          );
        out.push(match);
        continue;
      }
      out.push(...subtractRanges(match, excluded as Extract<PortMatch, { kind: 'range' }>[]));
    }
  }
  return out;
}

function subtractRanges(
  match: Extract<PortMatch, { kind: 'range' }>,
  excluded: readonly Extract<PortMatch, { kind: 'range' }>[],
): PortMatch[] {
  let pieces: [number, number][] = [[match.first, match.last]];
  for (const e of excluded) {
    pieces = pieces.flatMap(([a, b]): [number, number][] => {
      if (e.last < a || e.first > b) return [[a, b]];
      const out: [number, number][] = [];
      if (e.first > a) out.push([a, e.first - 1]);
      if (e.last < b) out.push([e.last + 1, b]);
      return out;
    });
  }
  return pieces.map(([first, last]) => ({ kind: 'range', protocol: match.protocol, first, last }));
}

/** An `http` match: the rule lets only these requests through (a restriction, like Cilium's L7). */
function readHttp(value: unknown, path: Path): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value))
    throw new Rejection('INVALID_FIELD', path, 'http must be a mapping', 'write http: {methods: [GET]}');
  const methods = Array.isArray(value.methods) ? value.methods.map(String) : [];
  const paths = Array.isArray(value.paths)
    ? value.paths.map((p) =>
        isRecord(p)
          ? typeof p.exact === 'string'
            ? p.exact
            : typeof p.prefix === 'string'
              ? `${p.prefix}*`
              : '?'
          : '?',
      )
    : [];
  return `HTTP ${methods.length === 0 ? 'any method' : methods.join('|')} ${paths.length === 0 ? 'any path' : paths.join(' ')}`;
}
