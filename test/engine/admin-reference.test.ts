// The tiered engine against a direct reading of SEMANTICS §4.3 on random clusters with
// AdminNetworkPolicies, NetworkPolicies and a BaselineAdminNetworkPolicy: for every pair and a
// sample of ports, the same verdict, and "uncertain" exactly where same-priority policies
// disagree.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { ClusterModel } from '../../src/model/cluster.js';
import { PROTOCOLS, type Protocol } from '../../src/model/ports.js';
import type { Action, Direction, Peer, PodSelection, Policy, Rule } from '../../src/model/rule.js';
import type { Workload } from '../../src/model/workload.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { DEFAULT_EVALUATION_OPTIONS } from '../../src/engine/options.js';
import { allowedPorts, uncertainPorts } from '../../src/engine/pair.js';
import { matchesSelector } from '../../src/engine/selector.js';
import { buildUniverse } from '../../src/engine/universe.js';
import { needsPositions } from '../../src/manifests/kubernetes-objects.js';
import { createDocumentParser } from '../../src/manifests/parse-documents.js';
import { buildCluster } from '../../src/policies/build-cluster.js';
import { anp, banp, deployment, file, namespace, policy } from '../helpers/manifests.js';

const SAMPLE_PORTS = [53, 80, 443, 8080];

function selects(selection: PodSelection, w: Workload, model: ClusterModel): boolean {
  const ns = model.namespaces.get(w.namespace);
  const nsOk =
    selection.namespaces.kind === 'name'
      ? selection.namespaces.name === w.namespace
      : ns !== undefined && matchesSelector(selection.namespaces.selector, ns.labels);
  return nsOk && matchesSelector(selection.pods, w.labels);
}
const peerMatches = (peer: Peer, w: Workload, model: ClusterModel) => peer.kind === 'pods' && selects(peer, w, model);
function ruleMatches(
  r: Rule,
  peer: Workload,
  dst: Workload,
  protocol: Protocol,
  port: number,
  model: ClusterModel,
): boolean {
  const portOk =
    r.ports === 'all' ||
    r.ports.some((p) =>
      p.kind === 'range'
        ? p.protocol === protocol && p.first <= port && port <= p.last
        : p.protocol === protocol &&
          dst.ports.some((c) => c.name === p.name && c.protocol === protocol && c.port === port),
    );
  return portOk && (r.peers === 'all' || r.peers.some((p) => peerMatches(p, peer, model)));
}

/** SEMANTICS §4.3 for one direction: the verdict, and whether same-priority policies disagreed. */
function direction(
  model: ClusterModel,
  dir: Direction,
  self: Workload,
  peer: Workload,
  dst: Workload,
  protocol: Protocol,
  port: number,
): { allowed: boolean; uncertain: boolean } {
  let uncertain = false;
  const ordered = (tier: Policy['tier']) =>
    model.policies
      .filter((p) => p.tier === tier && selects(p.subject, self, model))
      .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
  const firstMatch = (tier: Policy['tier']): Action | undefined => {
    const policies = ordered(tier);
    const priorities = [...new Set(policies.map((p) => p.priority ?? 0))];
    for (const priority of priorities) {
      const actions = policies
        .filter((p) => (p.priority ?? 0) === priority)
        .map(
          (p) => p.rules.find((r) => r.direction === dir && ruleMatches(r, peer, dst, protocol, port, model))?.action,
        )
        .filter((a): a is Action => a !== undefined);
      if (actions.length === 0) continue;
      if (new Set(actions).size > 1) uncertain = true;
      return actions.includes('deny') ? 'deny' : actions.includes('pass') ? 'pass' : 'allow';
    }
    return undefined;
  };
  const admin = firstMatch('admin');
  if (admin === 'allow' || admin === 'deny') return { allowed: admin === 'allow', uncertain };
  const isolating = model.policies.filter(
    (p) => p.tier === 'namespaced' && p.isolates.includes(dir) && selects(p.subject, self, model),
  );
  if (isolating.length > 0)
    return {
      allowed: isolating.some((p) =>
        p.rules.some((r) => r.direction === dir && ruleMatches(r, peer, dst, protocol, port, model)),
      ),
      uncertain,
    };
  const baseline = firstMatch('baseline');
  return { allowed: baseline !== 'deny', uncertain };
}

const value = fc.constantFrom('a', 'b');
const labels = fc.dictionary(fc.constantFrom('app', 'tier'), value, { maxKeys: 2 });
const selector = fc.record({ matchLabels: fc.dictionary(fc.constantFrom('app', 'tier'), value, { maxKeys: 1 }) });
const peer = fc.oneof(
  fc.record({ namespaces: selector }),
  fc.record({ pods: fc.record({ namespaceSelector: selector, podSelector: selector }) }),
);
const ports = fc.option(
  fc.array(
    fc.oneof(
      fc.record({
        portNumber: fc.record({ port: fc.constantFrom(53, 80, 8080), protocol: fc.constantFrom('TCP', 'UDP') }),
      }),
      fc.record({ namedPort: fc.constantFrom('http', 'dns') }),
      fc.record({
        portRange: fc.record({ protocol: fc.constant('TCP'), start: fc.constant(80), end: fc.constantFrom(443, 8080) }),
      }),
    ),
    { minLength: 1, maxLength: 2 },
  ),
  { nil: undefined },
);
const adminRule = (actions: string[]) =>
  fc.record({ action: fc.constantFrom(...actions), peers: fc.array(peer, { minLength: 1, maxLength: 2 }), ports });
const subject = fc.oneof(
  fc.record({ namespaces: selector }),
  fc.record({ pods: fc.record({ namespaceSelector: selector, podSelector: selector }) }),
);
const cluster = fc.record({
  nsLabels: fc.tuple(labels, labels),
  workloads: fc.array(
    fc.record({
      ns: fc.constantFrom('n0', 'n1'),
      labels,
      ports: fc.subarray([
        { name: 'http', containerPort: 8080 },
        { name: 'dns', containerPort: 53, protocol: 'UDP' },
      ]),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  anps: fc.array(
    fc.record({
      priority: fc.constantFrom(1, 2, 3),
      subject,
      ingress: fc.array(adminRule(['Allow', 'Deny', 'Pass']), { maxLength: 2 }),
      egress: fc.array(adminRule(['Allow', 'Deny', 'Pass']), { maxLength: 2 }),
    }),
    { maxLength: 3 },
  ),
  banp: fc.option(
    fc.record({
      subject,
      ingress: fc.array(adminRule(['Allow', 'Deny']), { maxLength: 2 }),
      egress: fc.array(adminRule(['Allow', 'Deny']), { maxLength: 2 }),
    }),
    { nil: undefined },
  ),
  nps: fc.array(
    fc.record({
      ns: fc.constantFrom('n0', 'n1'),
      podSelector: selector,
      types: fc.subarray(['Ingress', 'Egress'], { minLength: 1 }),
      allow: fc.array(fc.record({ podSelector: selector }), { maxLength: 1 }),
    }),
    { maxLength: 2 },
  ),
});

const rules = (list: { action: string; peers: object[]; ports?: object[] | undefined }[], field: 'from' | 'to') =>
  list.map((r) => ({ action: r.action, [field]: r.peers, ...(r.ports === undefined ? {} : { ports: r.ports }) }));

describe('tiered engine agrees with the reference evaluation of SEMANTICS §4.3', () => {
  it('on random clusters, for every pair and sampled port, verdict and uncertainty', () => {
    fc.assert(
      fc.property(cluster, (c) => {
        const objects: object[] = [namespace('n0', c.nsLabels[0]), namespace('n1', c.nsLabels[1])];
        c.workloads.forEach((w, i) => objects.push(deployment(w.ns, `w${i}`, w.labels, w.ports)));
        c.anps.forEach((a, i) =>
          objects.push(
            anp(`anp${i}`, a.priority, {
              subject: a.subject,
              ingress: rules(a.ingress, 'from'),
              egress: rules(a.egress, 'to'),
            }),
          ),
        );
        if (c.banp)
          objects.push(
            banp({
              subject: c.banp.subject,
              ingress: rules(c.banp.ingress, 'from'),
              egress: rules(c.banp.egress, 'to'),
            }),
          );
        c.nps.forEach((n, i) =>
          objects.push(
            policy(n.ns, `np${i}`, {
              podSelector: n.podSelector,
              policyTypes: n.types,
              ingress: [{ from: n.allow }],
              egress: [{ to: n.allow }],
            }),
          ),
        );
        const model = buildCluster([file('c.yaml', objects)], {
          parse: createDocumentParser({ keepPositions: needsPositions }),
          defaultNamespace: 'default',
        });
        const errors = model.diagnostics.filter((d) => d.severity === 'error');
        if (errors.length > 0) throw new Error(`generated invalid input: ${errors.map((d) => d.message).join('; ')}`);
        const universe = buildUniverse([model], DEFAULT_EVALUATION_OPTIONS);
        const conn = evaluate(universe, model, DEFAULT_EVALUATION_OPTIONS);
        for (const src of model.workloads) {
          for (const dst of model.workloads) {
            const s = universe.indexById.get(`${src.namespace}/${src.name}`) as number;
            const d = universe.indexById.get(`${dst.namespace}/${dst.name}`) as number;
            const allowed = allowedPorts(conn, s, d);
            const uncertain = uncertainPorts(conn, s, d);
            for (const protocol of PROTOCOLS) {
              for (const port of SAMPLE_PORTS) {
                const eg = direction(model, 'egress', src, dst, dst, protocol, port);
                const ing = direction(model, 'ingress', dst, src, dst, protocol, port);
                const has = (set: typeof allowed) => (set[protocol] ?? []).some(([f, l]) => f <= port && port <= l);
                const where = `${src.namespace}/${src.name} -> ${dst.namespace}/${dst.name} ${protocol}/${port}`;
                if (has(allowed) !== (eg.allowed && ing.allowed))
                  throw new Error(`${where}: engine ${has(allowed)}, reference ${eg.allowed && ing.allowed}`);
                if (has(uncertain) !== (eg.uncertain || ing.uncertain))
                  throw new Error(
                    `${where}: engine uncertain ${has(uncertain)}, reference ${eg.uncertain || ing.uncertain}`,
                  );
              }
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
