// The bitset engine against a direct reading of SEMANTICS §2.9, on random small clusters:
// for every pair and a sample of ports, the engine must give the same verdict as evaluating
// every policy for that one flow.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { ClusterModel } from '../../src/model/cluster.js';
import type { Endpoint } from '../../src/model/endpoint.js';
import { PROTOCOLS, type Protocol } from '../../src/model/ports.js';
import type { Direction, Peer, PodSelection, Policy, Rule } from '../../src/model/rule.js';
import type { Workload } from '../../src/model/workload.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { DEFAULT_EVALUATION_OPTIONS } from '../../src/engine/options.js';
import { allowedPorts } from '../../src/engine/pair.js';
import { matchesSelector } from '../../src/engine/selector.js';
import { buildUniverse } from '../../src/engine/universe.js';
import { ipSetHas } from '../../src/net/ip-set.js';
import { needsPositions } from '../../src/manifests/kubernetes-objects.js';
import { createDocumentParser } from '../../src/manifests/parse-documents.js';
import { buildCluster } from '../../src/policies/build-cluster.js';
import { deployment, file, namespace, policy } from '../helpers/manifests.js';

const SAMPLE_PORTS = [22, 53, 80, 81, 443, 8080, 9000, 9100];
const ADDRESSES: readonly bigint[] = [0x08080808n, 0x0a000001n, 0x0a010203n, 0xc0a80001n];

type Subject = { type: 'workload'; w: Workload } | { type: 'external'; address: bigint };

function selects(selection: PodSelection, w: Workload, model: ClusterModel): boolean {
  if (w.hostNetwork) return false;
  const ns = model.namespaces.get(w.namespace);
  const nsOk =
    selection.namespaces.kind === 'name'
      ? selection.namespaces.name === w.namespace
      : ns !== undefined && matchesSelector(selection.namespaces.selector, ns.labels);
  return nsOk && matchesSelector(selection.pods, w.labels);
}

function peerMatches(peer: Peer, other: Subject, model: ClusterModel): boolean {
  if (peer.kind === 'pods') return other.type === 'workload' && selects(peer, other.w, model);
  if (peer.kind !== 'ipBlock') throw new Error(`a NetworkPolicy has no ${peer.kind} peer`);
  return other.type === 'external' && ipSetHas(peer.ips, 4, other.address);
}

function portMatches(rule: Rule, protocol: Protocol, port: number, dst: Subject): boolean {
  if (rule.ports === 'all') return true;
  return rule.ports.some((p) =>
    p.kind === 'range'
      ? p.protocol === protocol && p.first <= port && port <= p.last
      : p.protocol === protocol &&
        dst.type === 'workload' &&
        dst.w.ports.some((c) => c.name === p.name && c.protocol === protocol && c.port === port),
  );
}

function directionAllows(
  model: ClusterModel,
  direction: Direction,
  self: Subject,
  other: Subject,
  dst: Subject,
  protocol: Protocol,
  port: number,
): boolean {
  if (self.type !== 'workload') return true;
  const isolating: Policy[] = model.policies.filter(
    (p) => p.isolates.includes(direction) && selects(p.subject, self.w, model),
  );
  if (isolating.length === 0) return true;
  return isolating.some((p) =>
    p.rules.some(
      (r) =>
        r.direction === direction &&
        portMatches(r, protocol, port, dst) &&
        (r.peers === 'all' || r.peers.some((peer) => peerMatches(peer, other, model))),
    ),
  );
}

const labelValue = fc.constantFrom('a', 'b');
const labels = fc.dictionary(fc.constantFrom('app', 'tier'), labelValue, { maxKeys: 2 });
const selector = fc.record({
  matchLabels: fc.option(fc.dictionary(fc.constantFrom('app', 'tier'), labelValue, { maxKeys: 1 }), { nil: undefined }),
  matchExpressions: fc.option(
    fc.array(
      fc.oneof(
        fc.record({
          key: fc.constantFrom('app', 'tier'),
          operator: fc.constantFrom('In', 'NotIn'),
          values: fc.array(labelValue, { minLength: 1, maxLength: 2 }),
        }),
        fc.record({ key: fc.constantFrom('app', 'tier'), operator: fc.constantFrom('Exists', 'DoesNotExist') }),
      ),
      { maxLength: 2 },
    ),
    { nil: undefined },
  ),
});
const peer = fc.oneof(
  fc.record({ podSelector: selector }),
  fc.record({ namespaceSelector: selector }),
  fc.record({ namespaceSelector: selector, podSelector: selector }),
  fc.record({
    ipBlock: fc.constantFrom(
      { cidr: '10.0.0.0/8' },
      { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] },
      { cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '192.168.0.0/16'] },
    ),
  }),
);
const port = fc.oneof(
  fc.record({ port: fc.constantFrom(53, 80, 443, 8080), protocol: fc.constantFrom('TCP', 'UDP') }),
  fc
    .record({ port: fc.constantFrom(80, 9000), endPort: fc.constantFrom(9000, 9100), protocol: fc.constant('TCP') })
    .filter((p) => p.endPort >= p.port),
  fc.record({ port: fc.constantFrom('http', 'metrics', 'dns') }),
  fc.record({ protocol: fc.constantFrom('UDP', 'SCTP') }),
);
const rule = fc.record({
  peers: fc.option(fc.array(peer, { maxLength: 2 }), { nil: undefined }),
  ports: fc.option(fc.array(port, { maxLength: 2 }), { nil: undefined }),
});
const spec = fc.record({
  podSelector: selector,
  policyTypes: fc.option(fc.subarray(['Ingress', 'Egress']), { nil: undefined }),
  ingress: fc.option(fc.array(rule, { maxLength: 2 }), { nil: undefined }),
  egress: fc.option(fc.array(rule, { maxLength: 2 }), { nil: undefined }),
});
const containerPorts = fc.subarray([
  { name: 'http', containerPort: 8080 },
  { name: 'metrics', containerPort: 9100 },
  { name: 'dns', containerPort: 53, protocol: 'UDP' },
]);
const cluster = fc.record({
  nsLabels: fc.tuple(labels, labels),
  workloads: fc.array(fc.record({ ns: fc.constantFrom('n0', 'n1'), labels, ports: containerPorts }), {
    minLength: 1,
    maxLength: 5,
  }),
  policies: fc.array(fc.record({ ns: fc.constantFrom('n0', 'n1'), spec }), { maxLength: 4 }),
});

function toManifest(ruleSpec: { peers?: object[]; ports?: object[] }, field: 'from' | 'to'): object {
  return {
    ...(ruleSpec.peers === undefined ? {} : { [field]: ruleSpec.peers }),
    ...(ruleSpec.ports === undefined ? {} : { ports: ruleSpec.ports }),
  };
}

describe('engine agrees with the reference evaluation of SEMANTICS §2.9', () => {
  it('on random clusters, for every pair and sampled port', () => {
    fc.assert(
      fc.property(cluster, (c) => {
        const objects: object[] = [namespace('n0', c.nsLabels[0]), namespace('n1', c.nsLabels[1])];
        c.workloads.forEach((w, i) => objects.push(deployment(w.ns, `w${i}`, w.labels, w.ports)));
        c.policies.forEach((p, i) =>
          objects.push(
            policy(p.ns, `p${i}`, {
              podSelector: p.spec.podSelector,
              ...(p.spec.policyTypes === undefined ? {} : { policyTypes: p.spec.policyTypes }),
              ...(p.spec.ingress === undefined ? {} : { ingress: p.spec.ingress.map((r) => toManifest(r, 'from')) }),
              ...(p.spec.egress === undefined ? {} : { egress: p.spec.egress.map((r) => toManifest(r, 'to')) }),
            }),
          ),
        );
        const model = buildCluster([file('c.yaml', objects)], {
          parse: createDocumentParser({ keepPositions: needsPositions }),
          defaultNamespace: 'default',
        });
        const universe = buildUniverse([model], DEFAULT_EVALUATION_OPTIONS);
        const conn = evaluate(universe, model, DEFAULT_EVALUATION_OPTIONS);
        const subjectOf = (e: Endpoint, address: bigint): Subject =>
          e.type === 'workload'
            ? {
                type: 'workload',
                w: model.workloads.find((w) => w.namespace === e.namespace && w.name === e.name) as Workload,
              }
            : { type: 'external', address };
        const targets: { index: number; subject: Subject }[] = [];
        universe.endpoints.forEach((e, index) => {
          if (e.type === 'workload') targets.push({ index, subject: subjectOf(e, 0n) });
        });
        for (const address of ADDRESSES) {
          const index = universe.endpoints.findIndex((e) => e.type === 'external' && ipSetHas(e.ranges, 4, address));
          targets.push({ index, subject: { type: 'external', address } });
        }
        for (const src of targets) {
          for (const dst of targets) {
            if (src.subject.type === 'external' && dst.subject.type === 'external') continue;
            const engine = allowedPorts(conn, src.index, dst.index);
            for (const protocol of PROTOCOLS) {
              for (const p of SAMPLE_PORTS) {
                const expected =
                  directionAllows(model, 'egress', src.subject, dst.subject, dst.subject, protocol, p) &&
                  directionAllows(model, 'ingress', dst.subject, src.subject, dst.subject, protocol, p);
                const actual = (engine[protocol] ?? []).some(([f, l]) => f <= p && p <= l);
                if (actual !== expected) {
                  throw new Error(
                    `${universe.endpoints[src.index]?.id} -> ${universe.endpoints[dst.index]?.id} ${protocol}/${p}: engine ${actual}, reference ${expected}`,
                  );
                }
              }
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
