// The shortcuts of issue #11 against the plain computation, on random pairs of revisions with
// NetworkPolicies, AdminNetworkPolicies and a BaselineAdminNetworkPolicy, where workloads and
// policies come, go or change between base and head:
// - endpoints that share a row (same rules, isolation and named ports) get the row that their
//   own rules compute, and a cell read from the rules (row-cell.ts) holds the row's verdicts;
// - the diff, which looks only at rows whose rules changed and at pairs whose class bits differ,
//   finds every pair whose allowed ports differ, and only those, in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClusterModel } from '../../src/model/cluster.js';
import type { Direction } from '../../src/model/rule.js';
import type { Bitset } from '../../src/engine/bitset.js';
import { diffConnectivity } from '../../src/diff/diff-connectivity.js';
import { evaluate } from '../../src/engine/evaluate.js';
import type { ClassSets, Connectivity, Row } from '../../src/engine/connectivity.js';
import { DEFAULT_EVALUATION_OPTIONS } from '../../src/engine/options.js';
import { allowedPorts, isExternalPair } from '../../src/engine/pair.js';
import { portsEqual } from '../../src/engine/port-set.js';
import { computeRow } from '../../src/engine/row.js';
import { rowCell } from '../../src/engine/row-cell.js';
import { buildUniverse } from '../../src/engine/universe.js';
import { needsPositions } from '../../src/manifests/kubernetes-objects.js';
import { createDocumentParser } from '../../src/manifests/parse-documents.js';
import { buildCluster } from '../../src/policies/build-cluster.js';
import { anp, banp, deployment, file, namespace, policy } from '../helpers/manifests.js';

const value = fc.constantFrom('a', 'b');
const labels = fc.dictionary(fc.constantFrom('app', 'tier'), value, { maxKeys: 2 });
const selector = fc.record({ matchLabels: fc.dictionary(fc.constantFrom('app', 'tier'), value, { maxKeys: 1 }) });
const containerPorts = fc.subarray([
  { name: 'http', containerPort: 8080 },
  { name: 'metrics', containerPort: 9100 },
  { name: 'dns', containerPort: 53, protocol: 'UDP' },
]);
const npPort = fc.oneof(
  fc.record({ port: fc.constantFrom(53, 80, 8080), protocol: fc.constantFrom('TCP', 'UDP') }),
  fc.record({ port: fc.constantFrom('http', 'metrics', 'dns') }),
);
const npPeer = fc.oneof(
  fc.record({ podSelector: selector }),
  fc.record({ namespaceSelector: selector }),
  fc.record({ ipBlock: fc.constant({ cidr: '10.0.0.0/8' }) }),
);
const npRule = fc.record({
  peers: fc.option(fc.array(npPeer, { minLength: 1, maxLength: 2 }), { nil: undefined }),
  ports: fc.option(fc.array(npPort, { minLength: 1, maxLength: 2 }), { nil: undefined }),
});
const np = fc.record({
  ns: fc.constantFrom('n0', 'n1'),
  podSelector: selector,
  types: fc.subarray(['Ingress', 'Egress'], { minLength: 1 }),
  ingress: fc.array(npRule, { maxLength: 2 }),
  egress: fc.array(npRule, { maxLength: 2 }),
});
const adminPeer = fc.oneof(
  fc.record({ namespaces: selector }),
  fc.record({ pods: fc.record({ namespaceSelector: selector, podSelector: selector }) }),
);
const adminPorts = fc.option(
  fc.array(
    fc.oneof(
      fc.record({
        portNumber: fc.record({ port: fc.constantFrom(53, 8080), protocol: fc.constantFrom('TCP', 'UDP') }),
      }),
      fc.record({ namedPort: fc.constantFrom('http', 'dns') }),
    ),
    { minLength: 1, maxLength: 2 },
  ),
  { nil: undefined },
);
const adminRule = (actions: string[]) =>
  fc.record({
    action: fc.constantFrom(...actions),
    peers: fc.array(adminPeer, { minLength: 1, maxLength: 2 }),
    ports: adminPorts,
  });
const admin = fc.record({
  priority: fc.constantFrom(1, 2),
  subject: adminPeer,
  ingress: fc.array(adminRule(['Allow', 'Deny', 'Pass']), { maxLength: 2 }),
  egress: fc.array(adminRule(['Allow', 'Deny', 'Pass']), { maxLength: 2 }),
});
const baseline = fc.record({
  subject: adminPeer,
  ingress: fc.array(adminRule(['Allow', 'Deny']), { maxLength: 2 }),
  egress: fc.array(adminRule(['Allow', 'Deny']), { maxLength: 2 }),
});
/** A change in head to one object in three or so: most objects stay as they are, as in a real
 * change, so that rows agree but for a few peers. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary, weight: 1 });
/** Where an object is: in both revisions (most often, as in a real change), or in one only. */
const revisions = fc.constantFrom('both', 'both', 'both', 'base', 'head');

const world = fc.record({
  nsLabels: fc.tuple(labels, labels),
  headNsLabels: fc.option(labels, { nil: undefined }),
  workloads: fc.array(
    fc.record({
      ns: fc.constantFrom('n0', 'n1'),
      labels,
      ports: containerPorts,
      in: revisions,
      headLabels: rarely(labels),
      headPorts: rarely(containerPorts),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  nps: fc.array(fc.record({ spec: np, in: revisions, head: fc.option(np, { freq: 3, nil: undefined }) }), {
    maxLength: 5,
  }),
  anps: fc.array(fc.record({ spec: admin, in: revisions }), { maxLength: 2 }),
  banp: fc.option(fc.record({ spec: baseline, in: revisions }), { nil: undefined }),
});
type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

const toRules = (
  list: readonly { peers?: object[] | undefined; ports?: object[] | undefined }[],
  field: 'from' | 'to',
) =>
  list.map((r) => ({
    ...(r.peers === undefined ? {} : { [field]: r.peers }),
    ...(r.ports === undefined ? {} : { ports: r.ports }),
  }));
const adminRules = (
  list: readonly { action: string; peers: object[]; ports?: object[] | undefined }[],
  field: 'from' | 'to',
) => list.map((r) => ({ action: r.action, [field]: r.peers, ...(r.ports === undefined ? {} : { ports: r.ports }) }));

function objectsOf(w: World, revision: 'base' | 'head'): object[] {
  const here = (where: string) => where === 'both' || where === revision;
  const objects: object[] = [
    namespace('n0', w.nsLabels[0]),
    namespace('n1', revision === 'head' ? (w.headNsLabels ?? w.nsLabels[1]) : w.nsLabels[1]),
  ];
  w.workloads.forEach((x, i) => {
    if (!here(x.in)) return;
    const head = revision === 'head';
    objects.push(
      deployment(
        x.ns,
        `w${i}`,
        head ? (x.headLabels ?? x.labels) : x.labels,
        head ? (x.headPorts ?? x.ports) : x.ports,
      ),
    );
  });
  w.nps.forEach((p, i) => {
    if (!here(p.in)) return;
    const s = revision === 'head' ? (p.head ?? p.spec) : p.spec;
    objects.push(
      policy(s.ns, `np${i}`, {
        podSelector: s.podSelector,
        policyTypes: s.types,
        ingress: toRules(s.ingress, 'from'),
        egress: toRules(s.egress, 'to'),
      }),
    );
  });
  w.anps.forEach((a, i) => {
    if (here(a.in))
      objects.push(
        anp(`anp${i}`, a.spec.priority, {
          subject: a.spec.subject,
          ingress: adminRules(a.spec.ingress, 'from'),
          egress: adminRules(a.spec.egress, 'to'),
        }),
      );
  });
  if (w.banp !== undefined && here(w.banp.in))
    objects.push(
      banp({
        subject: w.banp.spec.subject,
        ingress: adminRules(w.banp.spec.ingress, 'from'),
        egress: adminRules(w.banp.spec.egress, 'to'),
      }),
    );
  return objects;
}

function evaluateBoth(w: World): { base: Connectivity; head: Connectivity; models: ClusterModel[] } {
  const parse = createDocumentParser({ keepPositions: needsPositions });
  const models = (['base', 'head'] as const).map((r) =>
    buildCluster([file('c.yaml', objectsOf(w, r))], { parse, defaultNamespace: 'default' }),
  );
  for (const model of models) {
    const errors = model.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) throw new Error(`generated invalid input: ${errors.map((d) => d.message).join('; ')}`);
  }
  const universe = buildUniverse(models, DEFAULT_EVALUATION_OPTIONS);
  const [base, head] = models.map((m) => evaluate(universe, m, DEFAULT_EVALUATION_OPTIONS)) as [
    Connectivity,
    Connectivity,
  ];
  return { base, head, models };
}

/** One endpoint's row computed from its own rules alone, as before rows were shared. */
function ownRow(conn: Connectivity, direction: Direction, e: number): Row | 'open' | 'empty' {
  if (conn.workloadAt(e) === undefined) return e < conn.universe.firstNonWorkload ? 'empty' : 'open';
  const rules = conn.rulesFor(direction, e);
  const isolated = conn.isIsolated(direction, e);
  if (!isolated && rules.admin.length + rules.namespaced.length + rules.baseline.length === 0) return 'open';
  const context = {
    size: conn.universe.endpoints.length,
    present: conn.present,
    portClasses: conn.universe.portClasses,
    namedTargets: conn.namedTargets,
  };
  return computeRow(context, direction, conn.workloadAt(e), rules, isolated);
}

const bits = (set: Bitset) => [...set].join(',');
const setsText = (s: ClassSets | undefined) =>
  s === undefined
    ? '-'
    : `${bits(s.all)} ${[...s.byClass]
        .sort(([a], [b]) => a - b)
        .map(([c, set]) => `${c}:${bits(set)}`)
        .join(' ')}`;
const rowText = (r: Row) => `${setsText(r)} | ${setsText(r.uncertain)} | ${setsText(r.restricted)}`;

describe('shared rows and the change-sized diff agree with the plain computation (#11)', () => {
  it('an endpoint that shares its row gets the row its own rules compute, and each cell read from its rules agrees', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { base, head } = evaluateBoth(w);
        for (const conn of [base, head]) {
          const size = conn.universe.endpoints.length;
          for (const direction of ['ingress', 'egress'] as const) {
            for (let e = 0; e < size; e++) {
              const own = ownRow(conn, direction, e);
              const shared = conn.row(direction, e);
              if (own === 'open') expect(bits(shared.all)).toBe(bits(conn.present));
              else if (own === 'empty') expect(bits(shared.all)).toBe(bits(new Uint32Array(shared.all.length)));
              else expect(rowText(shared)).toBe(rowText(own));
              // A cell read from the rules, where there is one, holds the row's verdicts.
              for (let peer = 0; peer < size; peer++) {
                const cell = rowCell(conn, direction, e, peer);
                if (cell === undefined) continue;
                for (let c = 0; c < conn.universe.portClasses.classes.length; c++) {
                  const fromRow = (((shared.byClass.get(c) ?? shared.all)[peer >>> 5] as number) >>> (peer & 31)) & 1;
                  expect(cell.all || cell.classes.includes(c) ? 1 : 0).toBe(fromRow);
                }
              }
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a workload that leaves a selection closes what the selection allowed it', () => {
    const allow = policy('n0', 'p', {
      podSelector: { matchLabels: { app: 'a' } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: { matchLabels: { tier: 'a' } } }] }],
    });
    const revision = (tier: string) => [
      file('c.yaml', [namespace('n0'), deployment('n0', 'w0', { app: 'a' }), deployment('n0', 'w1', { tier }), allow]),
    ];
    const parse = createDocumentParser({ keepPositions: needsPositions });
    const [before, after] = [revision('a'), revision('b')].map((files) =>
      buildCluster(files, { parse, defaultNamespace: 'default' }),
    ) as [ClusterModel, ClusterModel];
    const universe = buildUniverse([before, after], DEFAULT_EVALUATION_OPTIONS);
    const changes = diffConnectivity(
      evaluate(universe, before, DEFAULT_EVALUATION_OPTIONS),
      evaluate(universe, after, DEFAULT_EVALUATION_OPTIONS),
    );
    expect(changes.map((c) => `${c.src} -> ${c.dst}`)).toEqual(['n0/w1 -> n0/w0']);
    const back = diffConnectivity(
      evaluate(universe, after, DEFAULT_EVALUATION_OPTIONS),
      evaluate(universe, before, DEFAULT_EVALUATION_OPTIONS),
    );
    expect(back.map((c) => `${c.src} -> ${c.dst}`)).toEqual(['n0/w1 -> n0/w0']);
  });

  it('the diff reports exactly the pairs whose allowed ports differ, in order', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { base, head } = evaluateBoth(w);
        const { endpoints } = base.universe;
        const expected: string[] = [];
        for (let src = 0; src < endpoints.length; src++) {
          for (let dst = 0; dst < endpoints.length; dst++) {
            if (isExternalPair(base, src, dst)) continue;
            const before = allowedPorts(base, src, dst);
            const after = allowedPorts(head, src, dst);
            if (!portsEqual(before, after))
              expected.push(
                `${endpoints[src]?.id} -> ${endpoints[dst]?.id} ${JSON.stringify(before)} ${JSON.stringify(after)}`,
              );
          }
        }
        const actual = diffConnectivity(base, head).map(
          (c) => `${c.src} -> ${c.dst} ${JSON.stringify(c.before)} ${JSON.stringify(c.after)}`,
        );
        expect(actual).toEqual(expected);
      }),
      { numRuns: 600 },
    );
  });
});
