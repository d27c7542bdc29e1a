// The engine against a direct reading of docs/semantics-calico.md §2–§6 on random clusters with
// Calico tiers, GlobalNetworkPolicies, NetworkPolicies and Kubernetes NetworkPolicies: for every
// pair of workloads and a sample of ports, the same verdict. The reference reads the generated
// manifests themselves, not the compiled policies.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { Direction } from '../../src/model/rule.js';
import { matchesCalico } from '../../src/policies/calico-match.js';
import { isSelectorError, parseCalicoSelector } from '../../src/policies/calico-selector.js';
import { deployment, namespace, policy } from '../helpers/manifests.js';
import { evaluateObjects } from '../helpers/verdicts.js';
import { allowedPorts } from '../../src/engine/pair.js';
import { hasBit } from '../../src/engine/bitset.js';
import { rowCell } from '../../src/engine/row-cell.js';

type Labels = Record<string, string>;
interface RawRule {
  action: 'Allow' | 'Deny' | 'Pass' | 'Log';
  peer?: { selector?: string; namespaceSelector?: string; notSelector?: string };
  port?: number;
}
interface RawPolicy {
  name: string;
  global: boolean;
  ns: string;
  tier: string;
  order?: number;
  selector: string;
  namespaceSelector?: string;
  types?: ('Ingress' | 'Egress')[];
  ingress: RawRule[];
  egress: RawRule[];
}
interface RawTier {
  name: string;
  order?: number;
  defaultAction: 'Deny' | 'Pass';
}
interface World {
  nsLabels: Record<string, Labels>;
  workloads: { ns: string; name: string; labels: Labels }[];
  tiers: RawTier[];
  policies: RawPolicy[];
  k8s: { ns: string; app: string; from: string; types: ('Ingress' | 'Egress')[] }[];
}

const SAMPLE_PORTS = [80, 443];
const sel = (text: string, labels: Labels, global = false) => {
  const s = parseCalicoSelector(text);
  if (isSelectorError(s)) throw new Error(text);
  return matchesCalico(s, labels, global);
};
const endpointLabels = (w: World['workloads'][number], world: World): Labels => {
  const out: Labels = {
    ...w.labels,
    'projectcalico.org/namespace': w.ns,
    'projectcalico.org/serviceaccount': 'default',
  };
  for (const [k, v] of Object.entries(world.nsLabels[w.ns] ?? {})) out[`pcns.${k}`] = v;
  return out;
};
const nsLabels = (ns: string, world: World): Labels => ({
  ...(world.nsLabels[ns] ?? {}),
  'projectcalico.org/name': ns,
});

function typesOf(p: RawPolicy): Direction[] {
  if (p.types !== undefined) return p.types.map((t) => (t === 'Ingress' ? 'ingress' : 'egress'));
  if (p.egress.length > 0) return p.ingress.length > 0 ? ['ingress', 'egress'] : ['egress'];
  return ['ingress'];
}

function peerMatches(p: RawPolicy, r: RawRule, other: World['workloads'][number], world: World): boolean {
  const peer = r.peer;
  if (peer === undefined) return true;
  const labels = endpointLabels(other, world);
  if (peer.namespaceSelector !== undefined && !sel(peer.namespaceSelector, nsLabels(other.ns, world))) return false;
  // A namespaced policy's rule stays in its namespace unless a namespaceSelector is given, once
  // it has a selector or a notSelector.
  const confined =
    !p.global &&
    peer.namespaceSelector === undefined &&
    (peer.selector !== undefined || peer.notSelector !== undefined);
  if (confined && other.ns !== p.ns) return false;
  if (peer.selector !== undefined && !sel(peer.selector, labels)) return false;
  return peer.notSelector === undefined || !sel(peer.notSelector, labels);
}

/** One direction, read from the manifests: tiers by order then name, policies by order then name,
 * first matching rule decides, Pass leaves the tier, a tier's end applies its default action. */
function reference(
  world: World,
  dir: Direction,
  self: World['workloads'][number],
  other: World['workloads'][number],
  port: number,
): boolean {
  const tiers = [{ name: 'default', order: 1_000_000, defaultAction: 'Deny' as const }, ...world.tiers].sort(
    (a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const selfLabels = endpointLabels(self, world);
  type Entry = { order: number; name: string; decide: () => boolean | 'pass' | undefined };
  for (const tier of tiers) {
    const entries: Entry[] = [];
    for (const p of world.policies) {
      if (p.tier !== tier.name || !typesOf(p).includes(dir)) continue;
      if (!p.global && p.ns !== self.ns) continue;
      if (p.global && p.namespaceSelector !== undefined && !sel(p.namespaceSelector, nsLabels(self.ns, world)))
        continue;
      if (!sel(p.selector, selfLabels)) continue;
      entries.push({
        order: p.order ?? Infinity,
        name: p.name,
        decide: () => {
          for (const r of dir === 'ingress' ? p.ingress : p.egress) {
            if (r.action === 'Log') continue;
            if (r.port !== undefined && r.port !== port) continue;
            if (!peerMatches(p, r, other, world)) continue;
            return r.action === 'Pass' ? 'pass' : r.action === 'Allow';
          }
          return undefined;
        },
      });
    }
    if (tier.name === 'default') {
      for (const [i, k] of world.k8s.entries()) {
        if (k.ns !== self.ns || self.labels.app !== k.app || !k.types.map((t) => t.toLowerCase()).includes(dir))
          continue;
        entries.push({
          order: 1000,
          name: `k8s${i}`,
          decide: () => (other.ns === k.ns && other.labels.app === k.from ? true : undefined),
        });
      }
    }
    if (entries.length === 0) continue;
    entries.sort((a, b) => a.order - b.order || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let passed = false;
    for (const e of entries) {
      const d = e.decide();
      if (d === 'pass') {
        passed = true;
        break;
      }
      if (d !== undefined) return d;
    }
    if (!passed && tier.defaultAction === 'Deny') return false;
  }
  return true;
}

const names = ['p0', 'p1', 'p2', 'p3'];
const value = fc.constantFrom('a', 'b');
const labels = fc.dictionary(fc.constantFrom('app', 'tier'), value, { maxKeys: 2 });
const selectorText = fc.constantFrom(
  'all()',
  "app == 'a'",
  "app != 'a'",
  "tier in {'a', 'b'}",
  "has(tier) && app == 'b'",
  "!has(app) || tier == 'a'",
  "app not in {'b'}",
  "projectcalico.org/namespace == 'n1'",
  "pcns.team == 'a'",
);
const nsSelectorText = fc.constantFrom('all()', "team == 'a'", "projectcalico.org/name == 'n0'", '!has(team)');
const rule = fc.record({
  action: fc.constantFrom<RawRule['action']>('Allow', 'Deny', 'Pass', 'Log'),
  peer: fc.option(
    fc.record(
      { selector: selectorText, namespaceSelector: nsSelectorText, notSelector: selectorText },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  ),
  port: fc.option(fc.constantFrom(80, 443), { nil: undefined }),
});
const world: fc.Arbitrary<World> = fc
  .record({
    nsLabels: fc.tuple(
      fc.dictionary(fc.constant('team'), value, { maxKeys: 1 }),
      fc.dictionary(fc.constant('team'), value, { maxKeys: 1 }),
    ),
    workloads: fc.array(fc.record({ ns: fc.constantFrom('n0', 'n1'), labels }), { minLength: 1, maxLength: 4 }),
    tiers: fc.uniqueArray(
      fc.record({
        name: fc.constantFrom('t1', 't2'),
        order: fc.option(fc.constantFrom(10, 20, 2_000_000), { nil: undefined }),
        defaultAction: fc.constantFrom<'Deny' | 'Pass'>('Deny', 'Pass'),
      }),
      { selector: (t) => t.name, maxLength: 2 },
    ),
    policies: fc.array(
      fc.record({
        global: fc.boolean(),
        ns: fc.constantFrom('n0', 'n1'),
        tier: fc.constantFrom('default', 't1', 't2'),
        order: fc.option(fc.constantFrom(5, 1000, 1500), { nil: undefined }),
        selector: selectorText,
        namespaceSelector: fc.option(nsSelectorText, { nil: undefined }),
        types: fc.option(fc.subarray(['Ingress', 'Egress'] as ('Ingress' | 'Egress')[]), { nil: undefined }),
        ingress: fc.array(rule, { maxLength: 2 }),
        egress: fc.array(rule, { maxLength: 2 }),
      }),
      { maxLength: 4 },
    ),
    k8s: fc.array(
      fc.record({
        ns: fc.constantFrom('n0', 'n1'),
        app: value,
        from: value,
        types: fc.subarray(['Ingress', 'Egress'] as ('Ingress' | 'Egress')[], { minLength: 1 }),
      }),
      { maxLength: 2 },
    ),
  })
  .map((w) => ({
    nsLabels: { n0: w.nsLabels[0], n1: w.nsLabels[1] },
    workloads: w.workloads.map((x, i) => ({ ...x, name: `w${i}` })),
    // Policies of a tier that is not declared would be refused; keep them in declared tiers.
    tiers: w.tiers,
    policies: w.policies
      .map((p, i) => ({
        ...p,
        name: names[i] as string,
        tier: p.tier === 'default' || w.tiers.some((t) => t.name === p.tier) ? p.tier : 'default',
        ...(p.global ? {} : { namespaceSelector: undefined }),
      }))
      .map((p) => (p.namespaceSelector === undefined ? (({ namespaceSelector: _, ...rest }) => rest)(p) : p)),
    k8s: w.k8s,
  }));

function manifests(w: World): object[] {
  const out: object[] = [namespace('n0', w.nsLabels.n0), namespace('n1', w.nsLabels.n1)];
  for (const x of w.workloads) out.push(deployment(x.ns, x.name, x.labels));
  for (const t of w.tiers)
    out.push({
      apiVersion: 'projectcalico.org/v3',
      kind: 'Tier',
      metadata: { name: t.name },
      spec: { ...(t.order === undefined ? {} : { order: t.order }), defaultAction: t.defaultAction },
    });
  const ruleOf = (r: RawRule, dir: Direction) => ({
    action: r.action,
    ...(r.port === undefined ? {} : { protocol: 'TCP', destination: { ports: [r.port] } }),
    ...(r.peer === undefined
      ? {}
      : dir === 'ingress'
        ? { source: r.peer }
        : { destination: { ...r.peer, ...(r.port === undefined ? {} : { ports: [r.port] }) } }),
  });
  for (const p of w.policies) {
    const spec = {
      ...(p.tier === 'default' ? {} : { tier: p.tier }),
      ...(p.order === undefined ? {} : { order: p.order }),
      selector: p.selector,
      ...(p.namespaceSelector === undefined ? {} : { namespaceSelector: p.namespaceSelector }),
      ...(p.types === undefined ? {} : { types: p.types }),
      ...(p.ingress.length === 0 ? {} : { ingress: p.ingress.map((r) => ruleOf(r, 'ingress')) }),
      ...(p.egress.length === 0 ? {} : { egress: p.egress.map((r) => ruleOf(r, 'egress')) }),
    };
    out.push({
      apiVersion: 'projectcalico.org/v3',
      kind: p.global ? 'GlobalNetworkPolicy' : 'NetworkPolicy',
      metadata: { name: p.name, ...(p.global ? {} : { namespace: p.ns }) },
      spec,
    });
  }
  w.k8s.forEach((k, i) =>
    out.push(
      policy(k.ns, `k8s${i}`, {
        podSelector: { matchLabels: { app: k.app } },
        policyTypes: k.types,
        ingress: [{ from: [{ podSelector: { matchLabels: { app: k.from } } }] }],
        egress: [{ to: [{ podSelector: { matchLabels: { app: k.from } } }] }],
      }),
    ),
  );
  return out;
}

describe('the engine agrees with the reference reading of docs/semantics-calico.md', () => {
  it('on random Calico clusters, for every pair of workloads and sampled TCP port', () => {
    fc.assert(
      fc.property(world, (w) => {
        const r = evaluateObjects(manifests(w));
        if (r.model.diagnostics.some((d) => d.severity === 'error'))
          throw new Error(r.model.diagnostics.map((d) => d.message).join('\n'));
        for (const src of w.workloads) {
          for (const dst of w.workloads) {
            const index = (x: { ns: string; name: string }) =>
              r.conn.universe.indexById.get(`${x.ns}/${x.name}`) as number;
            const tcp = allowedPorts(r.conn, index(src), index(dst)).TCP ?? [];
            const got = r.ports(`${src.ns}/${src.name}`, `${dst.ns}/${dst.name}`);
            for (const port of SAMPLE_PORTS) {
              const want = reference(w, 'egress', src, dst, port) && reference(w, 'ingress', dst, src, port);
              const allowed = tcp.some(([first, last]) => first <= port && port <= last);
              // The one-cell reading of a row (row-cell.ts) agrees with the row, both directions.
              for (const [dir, self, peer] of [
                ['egress', index(src), index(dst)],
                ['ingress', index(dst), index(src)],
              ] as const) {
                const cell = rowCell(r.conn, dir, self, peer);
                if (cell === undefined) continue;
                const c = r.conn.universe.portClasses.classOf('TCP', port);
                const row = r.conn.row(dir, self);
                const inRow = hasBit(row.byClass.get(c) ?? row.all, peer);
                if ((cell.all || cell.classes.includes(c)) !== inRow)
                  throw new Error(
                    `${dir} cell of ${self} at ${peer} TCP ${port}: ${JSON.stringify(cell)}, row ${inRow}`,
                  );
              }
              if (allowed !== want)
                throw new Error(
                  `${src.ns}/${src.name} -> ${dst.ns}/${dst.name} TCP ${port}: engine ${got}, reference ${want}`,
                );
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
