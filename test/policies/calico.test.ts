// One test per rule of docs/semantics-calico.md, named after the rule: Calico's tiers, orders,
// actions, types, selectors and rule fields, as the engine evaluates them.
import { describe, expect, it } from 'vitest';
import { restrictedPorts } from '../../src/engine/pair.js';
import { listPorts } from '../../src/report/port-text.js';
import { deployment, namespace, policy } from '../helpers/manifests.js';
import { evaluateObjects } from '../helpers/verdicts.js';

const V3 = 'projectcalico.org/v3';
const tier = (name: string, spec: object) => ({ apiVersion: V3, kind: 'Tier', metadata: { name }, spec });
const gnp = (name: string, spec: object, apiVersion = V3) => ({
  apiVersion,
  kind: 'GlobalNetworkPolicy',
  metadata: { name },
  spec,
});
const cnp = (ns: string, name: string, spec: object, kind = 'NetworkPolicy') => ({
  apiVersion: V3,
  kind,
  metadata: { name, namespace: ns },
  spec,
});
const globalSet = (name: string, labels: Record<string, string>, nets: string[]) => ({
  apiVersion: V3,
  kind: 'GlobalNetworkSet',
  metadata: { name, labels },
  spec: { nets },
});
const networkSet = (ns: string, name: string, labels: Record<string, string>, nets: string[]) => ({
  apiVersion: V3,
  kind: 'NetworkSet',
  metadata: { name, namespace: ns, labels },
  spec: { nets },
});

const world = [
  namespace('x', { team: 'blue' }),
  namespace('y', { team: 'red' }),
  deployment('x', 'a', { app: 'a' }, [{ name: 'http', containerPort: 8080 }]),
  deployment('x', 'b', { app: 'b' }),
  deployment('y', 'c', { app: 'c', role: 'client' }),
];
const toA = (ingress: object[], extra: object = {}) =>
  gnp('p', { selector: "app == 'a'", types: ['Ingress'], ingress, ...extra });

describe('§2 ordering', () => {
  it('tiers are evaluated by order, lower first', () => {
    const objects = (denyOrder: number, allowOrder: number) => [
      ...world,
      tier('deny', { order: denyOrder }),
      tier('allow', { order: allowOrder }),
      gnp('deny.p', { tier: 'deny', selector: "app == 'a'", ingress: [{ action: 'Deny' }] }),
      gnp('allow.p', { tier: 'allow', selector: "app == 'a'", ingress: [{ action: 'Allow' }] }),
    ];
    expect(evaluateObjects(objects(10, 20)).ports('x/b', 'x/a')).toBe('none');
    expect(evaluateObjects(objects(20, 10)).ports('x/b', 'x/a')).toBe('all');
  });
  it('a tier without order comes after every tier with one', () => {
    const r = evaluateObjects([
      ...world,
      tier('late', {}),
      tier('early', { order: 5000000 }),
      gnp('late.p', { tier: 'late', selector: "app == 'a'", ingress: [{ action: 'Deny' }] }),
      gnp('early.p', { tier: 'early', selector: "app == 'a'", ingress: [{ action: 'Allow' }] }),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
  });
  it('policies of a tier are evaluated by order, lower first, absent order last', () => {
    const objects = (denyOrder: number | undefined) => [
      ...world,
      gnp('deny', { order: denyOrder, selector: "app == 'a'", ingress: [{ action: 'Deny' }] }),
      gnp('allow', { order: 100, selector: "app == 'a'", ingress: [{ action: 'Allow' }] }),
    ];
    expect(evaluateObjects(objects(50)).ports('x/b', 'x/a')).toBe('none');
    expect(evaluateObjects(objects(150)).ports('x/b', 'x/a')).toBe('all');
    expect(evaluateObjects(objects(undefined)).ports('x/b', 'x/a')).toBe('all');
  });
  it('policies of the same order are evaluated by name', () => {
    const objects = (denyName: string) => [
      ...world,
      gnp(denyName, { order: 10, selector: "app == 'a'", ingress: [{ action: 'Deny' }] }),
      gnp('m-allow', { order: 10, selector: "app == 'a'", ingress: [{ action: 'Allow' }] }),
    ];
    expect(evaluateObjects(objects('a-deny')).ports('x/b', 'x/a')).toBe('none');
    expect(evaluateObjects(objects('z-deny')).ports('x/b', 'x/a')).toBe('all');
  });
  it('rules of a policy are evaluated in order: the first that matches decides', () => {
    const r = evaluateObjects([
      ...world,
      toA([{ action: 'Allow', source: { selector: "app == 'b'" } }, { action: 'Deny' }, { action: 'Allow' }]),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
    expect(r.ports('y/c', 'x/a')).toBe('none');
  });
  it('a Kubernetes NetworkPolicy is in the default tier at order 1000', () => {
    const k8s = policy('x', 'allow-b', {
      podSelector: { matchLabels: { app: 'a' } },
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'b' } } }] }],
    });
    const deny = (order: number) =>
      cnp('x', 'deny-all', { order, selector: "app == 'a'", ingress: [{ action: 'Deny' }] });
    expect(evaluateObjects([...world, k8s, deny(500)]).ports('x/b', 'x/a')).toBe('none');
    expect(evaluateObjects([...world, k8s, deny(2000)]).ports('x/b', 'x/a')).toBe('all');
    // Whatever the Kubernetes policy does not allow, the default tier's end denies.
    expect(evaluateObjects([...world, k8s, deny(2000)]).ports('y/c', 'x/a')).toBe('none');
  });
  it('a tier before the default tier decides before Kubernetes NetworkPolicies', () => {
    const r = evaluateObjects([
      ...world,
      tier('security', { order: 100 }),
      gnp('security.deny-b', {
        tier: 'security',
        selector: "app == 'a'",
        ingress: [{ action: 'Deny', source: { selector: "app == 'b'" } }, { action: 'Pass' }],
      }),
      policy('x', 'allow-all', { podSelector: {}, ingress: [{}] }),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('none');
    expect(r.ports('y/c', 'x/a')).toBe('all');
  });
});

describe('§2.5 admin network policies beside Calico tiers', () => {
  it('a Calico tier ordered below the admin tier of Calico (1000) is warned about', () => {
    const anpObject = {
      apiVersion: 'policy.networking.k8s.io/v1alpha1',
      kind: 'AdminNetworkPolicy',
      metadata: { name: 'a' },
      spec: { priority: 10, subject: { namespaces: {} }, ingress: [{ action: 'Allow', from: [{ namespaces: {} }] }] },
    };
    const objects = (order: number) => [
      ...world,
      anpObject,
      tier('early', { order }),
      gnp('early.p', { tier: 'early', selector: "app == 'a'", ingress: [{ action: 'Deny' }] }),
    ];
    expect(evaluateObjects(objects(100)).codes()).toContain('UNSUPPORTED_POLICY');
    expect(evaluateObjects(objects(2000)).codes()).not.toContain('UNSUPPORTED_POLICY');
  });
});

describe('§3 actions and the end of a tier', () => {
  it('Pass skips the rest of its tier and goes on to the next tier', () => {
    const r = evaluateObjects([
      ...world,
      tier('first', { order: 10 }),
      gnp('first.p', { tier: 'first', selector: "app == 'a'", ingress: [{ action: 'Pass' }, { action: 'Deny' }] }),
      gnp('later', { selector: "app == 'a'", ingress: [{ action: 'Allow', source: { selector: "app == 'b'" } }] }),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
    expect(r.ports('y/c', 'x/a')).toBe('none');
  });
  it('Pass in the last tier that selects the endpoint leaves it to the profile, which allows', () => {
    const r = evaluateObjects([...world, toA([{ action: 'Pass' }])]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
  });
  it('Log decides nothing: evaluation goes on with the next rule', () => {
    const r = evaluateObjects([
      ...world,
      toA([{ action: 'Log' }, { action: 'Allow', source: { selector: "app == 'b'" } }]),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
    expect(r.ports('y/c', 'x/a')).toBe('none');
  });
  it('an endpoint that a policy of a tier selects but no rule matches gets the tier default action, Deny', () => {
    const r = evaluateObjects([...world, toA([{ action: 'Allow', source: { selector: "app == 'b'" } }])]);
    expect(r.ports('y/c', 'x/a')).toBe('none');
  });
  it("a Tier's defaultAction Pass sends what no rule matched on to the next tier", () => {
    const objects = (defaultAction: string) => [
      ...world,
      tier('soft', { order: 10, defaultAction }),
      gnp('soft.p', {
        tier: 'soft',
        selector: "app == 'a'",
        ingress: [{ action: 'Deny', source: { selector: "app == 'b'" } }],
      }),
    ];
    expect(evaluateObjects(objects('Pass')).ports('y/c', 'x/a')).toBe('all');
    expect(evaluateObjects(objects('Pass')).ports('x/b', 'x/a')).toBe('none');
    expect(evaluateObjects(objects('Deny')).ports('y/c', 'x/a')).toBe('none');
  });
  it('a tier that selects the endpoint in no policy is skipped: no end-of-tier deny', () => {
    const r = evaluateObjects([
      ...world,
      tier('other', { order: 10 }),
      gnp('other.p', { tier: 'other', selector: "app == 'b'", ingress: [{ action: 'Deny' }] }),
    ]);
    expect(r.ports('y/c', 'x/a')).toBe('all');
    expect(r.ports('y/c', 'x/b')).toBe('none');
  });
  it('an endpoint no policy selects is allowed by its profile', () => {
    const r = evaluateObjects([...world, toA([{ action: 'Deny' }])]);
    expect(r.ports('x/a', 'y/c')).toBe('all');
  });
});

describe('§4 types', () => {
  it('without types, a policy with egress rules only is an egress policy', () => {
    const r = evaluateObjects([...world, gnp('p', { selector: "app == 'a'", egress: [{ action: 'Deny' }] })]);
    expect(r.ports('x/a', 'x/b')).toBe('none');
    expect(r.ports('x/b', 'x/a')).toBe('all');
  });
  it('without types and without rules, a policy selects for ingress and denies it', () => {
    const r = evaluateObjects([...world, gnp('p', { selector: "app == 'a'" })]);
    expect(r.ports('x/b', 'x/a')).toBe('none');
    expect(r.ports('x/a', 'x/b')).toBe('all');
  });
  it('without types, rules of both directions make a policy of both', () => {
    const r = evaluateObjects([
      ...world,
      gnp('p', { selector: "app == 'a'", ingress: [{ action: 'Deny' }], egress: [{ action: 'Deny' }] }),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('none');
    expect(r.ports('x/a', 'x/b')).toBe('none');
  });
  it('types: [Egress] with no egress rule denies all egress', () => {
    const r = evaluateObjects([...world, gnp('p', { selector: "app == 'a'", types: ['Egress'] })]);
    expect(r.ports('x/a', 'x/b')).toBe('none');
    expect(r.ports('x/b', 'x/a')).toBe('all');
  });
});

describe('§5 subjects', () => {
  it('a namespaced NetworkPolicy selects endpoints of its namespace only', () => {
    const r = evaluateObjects([...world, cnp('y', 'p', { selector: 'all()', ingress: [{ action: 'Deny' }] })]);
    expect(r.ports('x/a', 'y/c')).toBe('none');
    expect(r.ports('y/c', 'x/a')).toBe('all');
  });
  it('a GlobalNetworkPolicy namespaceSelector narrows the subject by namespace labels', () => {
    const r = evaluateObjects([
      ...world,
      gnp('p', { namespaceSelector: "team == 'red'", selector: 'all()', ingress: [{ action: 'Deny' }] }),
    ]);
    expect(r.ports('x/a', 'y/c')).toBe('none');
    expect(r.ports('y/c', 'x/a')).toBe('all');
  });
  it('selectors see the labels Calico adds: namespace, service account, pcns. namespace labels', () => {
    const r = evaluateObjects([
      ...world,
      gnp('p', {
        selector:
          "projectcalico.org/namespace == 'x' && pcns.team == 'blue' && projectcalico.org/serviceaccount == 'default'",
        ingress: [{ action: 'Deny' }],
      }),
    ]);
    expect(r.ports('y/c', 'x/a')).toBe('none');
    expect(r.ports('y/c', 'x/b')).toBe('none');
    expect(r.ports('x/a', 'y/c')).toBe('all');
  });
});

describe('§6 rule peers', () => {
  it('a selector in a namespaced NetworkPolicy rule is confined to the policy namespace', () => {
    const r = evaluateObjects([
      ...world,
      deployment('y', 'b', { app: 'b' }),
      cnp('x', 'p', { selector: "app == 'a'", ingress: [{ action: 'Allow', source: { selector: "app == 'b'" } }] }),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
    expect(r.ports('y/b', 'x/a')).toBe('none');
  });
  it('a namespaceSelector in a rule picks the namespaces, the selector the pods in them', () => {
    const r = evaluateObjects([
      ...world,
      cnp('x', 'p', {
        selector: "app == 'a'",
        ingress: [{ action: 'Allow', source: { namespaceSelector: "team == 'red'", selector: "role == 'client'" } }],
      }),
    ]);
    expect(r.ports('y/c', 'x/a')).toBe('all');
    expect(r.ports('x/b', 'x/a')).toBe('none');
  });
  it('a notSelector alone in a namespaced NetworkPolicy rule also stays in the policy namespace', () => {
    const r = evaluateObjects([
      ...world,
      deployment('x', 'd', { app: 'd' }),
      cnp('x', 'p', { selector: "app == 'a'", ingress: [{ action: 'Allow', source: { notSelector: "app == 'b'" } }] }),
    ]);
    expect(r.ports('x/d', 'x/a')).toBe('all');
    expect(r.ports('x/b', 'x/a')).toBe('none');
    expect(r.ports('y/c', 'x/a')).toBe('none');
    expect(r.ports('203.0.113.9', 'x/a')).toBe('none');
  });
  it('serviceAccounts in a namespaced NetworkPolicy rule stay in the policy namespace', () => {
    const r = evaluateObjects([
      ...world,
      cnp('x', 'p', {
        selector: "app == 'a'",
        ingress: [{ action: 'Allow', source: { serviceAccounts: { names: ['default'] } } }],
      }),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
    expect(r.ports('y/c', 'x/a')).toBe('none');
  });
  it('a namespaceSelector matches GlobalNetworkSets only where it holds without a namespace: global(), a negation', () => {
    const objects = (namespaceSelector: string) => [
      ...world,
      globalSet('partners', { role: 'partner' }, ['203.0.113.0/24']),
      gnp('p', { selector: "app == 'a'", ingress: [{ action: 'Allow', source: { namespaceSelector } }] }),
    ];
    expect(evaluateObjects(objects('all()')).ports('203.0.113.7', 'x/a')).toBe('none');
    expect(evaluateObjects(objects('global()')).ports('203.0.113.7', 'x/a')).toBe('all');
    expect(evaluateObjects(objects('!has(team)')).ports('203.0.113.7', 'x/a')).toBe('all');
    expect(evaluateObjects(objects("team == 'blue'")).ports('203.0.113.7', 'x/a')).toBe('none');
  });
  it('notSelector excludes the endpoints it matches', () => {
    const r = evaluateObjects([...world, toA([{ action: 'Allow', source: { notSelector: "app == 'b'" } }])]);
    expect(r.ports('x/b', 'x/a')).toBe('none');
    expect(r.ports('y/c', 'x/a')).toBe('all');
    expect(r.ports('203.0.113.9', 'x/a')).toBe('all');
  });
  it('every field of a source must hold: selector and nets together', () => {
    const r = evaluateObjects(
      [...world, toA([{ action: 'Allow', source: { selector: 'all()', nets: ['10.0.0.0/8'] } }])],
      { podCidrs: [] },
    );
    // No network set carries labels here: the selector matches no outside address.
    expect(r.ports('10.1.2.3', 'x/a')).toBe('none');
  });
  it('nets and notNets match addresses outside the cluster', () => {
    const r = evaluateObjects([
      ...world,
      gnp('p', {
        selector: "app == 'a'",
        egress: [{ action: 'Allow', destination: { nets: ['198.51.100.0/24'], notNets: ['198.51.100.128/25'] } }],
      }),
    ]);
    expect(r.ports('x/a', '198.51.100.1')).toBe('all');
    expect(r.ports('x/a', '198.51.100.200')).toBe('none');
    expect(r.ports('x/a', '203.0.113.1')).toBe('none');
  });
  it('nets match pods by IP too, and say so when pod IPs are unknown', () => {
    const r = evaluateObjects([...world, toA([{ action: 'Deny', source: { nets: ['10.0.0.0/8'] } }])]);
    expect(r.codes()).toContain('POD_IP_UNKNOWN');
    const known = evaluateObjects([...world, toA([{ action: 'Deny', source: { nets: ['10.0.0.0/8'] } }])], {
      podCidrs: [{ family: 4, first: 0x0a000000n, last: 0x0affffffn }],
    });
    expect(known.ports('x/b', 'x/a')).toBe('none');
  });
  it('a selector matches GlobalNetworkSets by their labels in a GlobalNetworkPolicy', () => {
    const r = evaluateObjects([
      ...world,
      globalSet('partners', { role: 'partner' }, ['203.0.113.0/24']),
      toA([{ action: 'Allow', source: { selector: "role == 'partner'" } }]),
    ]);
    expect(r.ports('203.0.113.7', 'x/a')).toBe('all');
    expect(r.ports('198.51.100.7', 'x/a')).toBe('none');
  });
  it('a namespaced policy reaches GlobalNetworkSets only through namespaceSelector global()', () => {
    const objects = (source: object) => [
      ...world,
      globalSet('partners', { role: 'partner' }, ['203.0.113.0/24']),
      cnp('x', 'p', { selector: "app == 'a'", ingress: [{ action: 'Allow', source }] }),
    ];
    expect(evaluateObjects(objects({ selector: "role == 'partner'" })).ports('203.0.113.7', 'x/a')).toBe('none');
    expect(
      evaluateObjects(objects({ selector: "role == 'partner'", namespaceSelector: 'global()' })).ports(
        '203.0.113.7',
        'x/a',
      ),
    ).toBe('all');
  });
  it("a namespaced policy's selector matches the NetworkSets of its namespace", () => {
    const objects = (ns: string) => [
      ...world,
      networkSet(ns, 'office', { role: 'office' }, ['192.0.2.0/24']),
      cnp('x', 'p', {
        selector: "app == 'a'",
        ingress: [{ action: 'Allow', source: { selector: "role == 'office'" } }],
      }),
    ];
    expect(evaluateObjects(objects('x')).ports('192.0.2.1', 'x/a')).toBe('all');
    expect(evaluateObjects(objects('y')).ports('192.0.2.1', 'x/a')).toBe('none');
  });
  it('serviceAccounts names match pods by their service account', () => {
    const r = evaluateObjects([
      ...world,
      toA([{ action: 'Allow', source: { serviceAccounts: { names: ['default'] } } }]),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
    expect(r.ports('203.0.113.1', 'x/a')).toBe('none');
  });
  it('services match the pods behind a Service', () => {
    const r = evaluateObjects([
      ...world,
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'b', namespace: 'x' },
        spec: { selector: { app: 'b' }, ports: [{ port: 80 }] },
      },
      gnp('p', {
        selector: "app == 'c'",
        egress: [{ action: 'Allow', destination: { services: { name: 'b', namespace: 'x' } } }],
      }),
    ]);
    expect(r.ports('y/c', 'x/b')).toBe('all');
    expect(r.ports('y/c', 'x/a')).toBe('none');
  });
});

describe('§8 protocols and ports', () => {
  it('ports need a protocol and match numbers, ranges a:b and named ports', () => {
    const r = evaluateObjects([
      ...world,
      toA([{ action: 'Allow', protocol: 'TCP', destination: { ports: [80, '9000:9010', 'http'] } }]),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('TCP 80,8080,9000-9010');
  });
  it('notPorts leaves ports out', () => {
    const r = evaluateObjects([
      ...world,
      toA([{ action: 'Allow', protocol: 'TCP', destination: { notPorts: ['1:1023'] } }]),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('TCP 1024-65535');
  });
  it('protocol without ports matches every port of the protocol; notProtocol every other', () => {
    expect(evaluateObjects([...world, toA([{ action: 'Allow', protocol: 'UDP' }])]).ports('x/b', 'x/a')).toBe('UDP');
    expect(evaluateObjects([...world, toA([{ action: 'Allow', notProtocol: 'TCP' }])]).ports('x/b', 'x/a')).toBe(
      'UDP; SCTP',
    );
    expect(evaluateObjects([...world, toA([{ action: 'Allow', protocol: 6 }])]).ports('x/b', 'x/a')).toBe('TCP');
  });
  it('ICMP rules are reported as not evaluated and decide no TCP, UDP or SCTP port', () => {
    const r = evaluateObjects([...world, toA([{ action: 'Deny', protocol: 'ICMP' }, { action: 'Allow' }])]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
    expect(r.codes()).toContain('UNSUPPORTED_POLICY');
  });
  it('ipVersion narrows the addresses a rule matches to one family', () => {
    const r = evaluateObjects([
      ...world,
      gnp('p', { selector: "app == 'a'", egress: [{ action: 'Allow', ipVersion: 6 }] }),
    ]);
    expect(r.ports('x/a', '2001:db8::1')).toBe('all');
    expect(r.ports('x/a', '203.0.113.1')).toBe('none');
  });
  it('http matches are restrictions: the ports are allowed for some requests only', () => {
    const r = evaluateObjects([
      ...world,
      toA([
        {
          action: 'Allow',
          protocol: 'TCP',
          http: { methods: ['GET'], paths: [{ prefix: '/api' }] },
          destination: { ports: [8080] },
        },
      ]),
    ]);
    const a = r.conn.universe.indexById.get('x/a') as number;
    const b = r.conn.universe.indexById.get('x/b') as number;
    expect(r.ports('x/b', 'x/a')).toBe('TCP 8080');
    expect(listPorts(restrictedPorts(r.conn, b, a))).toBe('TCP 8080');
  });
});

describe('§9 what applies to hosts is reported, not evaluated', () => {
  it('doNotTrack and preDNAT policies are not evaluated and say so', () => {
    for (const field of ['doNotTrack', 'preDNAT']) {
      const r = evaluateObjects([
        ...world,
        gnp('p', { selector: 'all()', [field]: true, ingress: [{ action: 'Deny' }] }),
      ]);
      expect(r.ports('x/b', 'x/a')).toBe('all');
      expect(r.codes()).toContain('UNSUPPORTED_POLICY');
    }
  });
  it('applyOnForward is reported; the policy still applies to pods', () => {
    const r = evaluateObjects([...world, toA([{ action: 'Deny' }], { applyOnForward: true })]);
    expect(r.ports('x/b', 'x/a')).toBe('none');
    expect(r.codes()).toContain('UNSUPPORTED_POLICY');
  });
  it('a HostEndpoint is reported as not evaluated', () => {
    const r = evaluateObjects([
      ...world,
      { apiVersion: V3, kind: 'HostEndpoint', metadata: { name: 'node1-eth0' }, spec: {} },
    ]);
    expect(r.codes()).toEqual(['UNSUPPORTED_POLICY']);
  });
});

describe('§10 staged policies are not enforced', () => {
  it('a staged policy changes no verdict of the revision it is in', () => {
    const r = evaluateObjects([
      ...world,
      cnp('x', 'p', { selector: 'all()', ingress: [{ action: 'Deny' }] }, 'StagedNetworkPolicy'),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
    expect(r.model.stagedPolicies?.map((p) => p.origin.name)).toEqual(['p']);
  });
});

describe('§11 bad input is reported with its line; the rest is evaluated', () => {
  const codesAndLines = (objects: object[]) => {
    const r = evaluateObjects(objects);
    return { r, errors: r.model.diagnostics.filter((d) => d.severity === 'error') };
  };
  it('a selector that does not parse names its column', () => {
    const { r, errors } = codesAndLines([
      ...world,
      toA([{ action: 'Allow', source: { selector: 'app = b' } }]),
      gnp('other', { selector: "app == 'b'", ingress: [{ action: 'Deny' }] }),
    ]);
    expect(errors.map((d) => d.code)).toEqual(['INVALID_SELECTOR']);
    expect(errors[0]?.message).toMatch(/column 5/);
    expect(r.ports('x/a', 'x/b')).toBe('none');
  });
  it('an unknown action, an unknown field, notPorts without protocol and a missing tier are errors', () => {
    for (const [spec, code] of [
      [{ selector: 'all()', ingress: [{ action: 'Reject' }] }, 'INVALID_FIELD'],
      [{ selector: 'all()', ingress: [{ action: 'Allow', sorce: {} }] }, 'UNKNOWN_FIELD'],
      [{ selector: 'all()', ingress: [{ action: 'Allow', destination: { notPorts: [22] } }] }, 'INVALID_PORT'],
      [{ tier: 'missing', selector: 'all()', ingress: [{ action: 'Deny' }] }, 'INVALID_FIELD'],
      [{ selectr: 'all()' }, 'UNKNOWN_FIELD'],
    ] as const) {
      const { r, errors } = codesAndLines([...world, gnp('p', spec)]);
      expect(errors.map((d) => d.code)).toEqual([code]);
      expect(r.ports('x/b', 'x/a')).toBe('all');
    }
  });
  it('the stored crd.projectcalico.org/v1 form is read like projectcalico.org/v3', () => {
    const r = evaluateObjects([
      ...world,
      gnp('p', { selector: "app == 'a'", ingress: [{ action: 'Deny' }] }, 'crd.projectcalico.org/v1'),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('none');
  });
});

describe('§6.7 a changed http match is a change', () => {
  it('the same ports, other requests: the diff reports the restriction change', async () => {
    const { compareRevisions } = await import('../../src/diff/compare-revisions.js');
    const { DEFAULT_EVALUATION_OPTIONS } = await import('../../src/engine/options.js');
    const { file } = await import('../helpers/manifests.js');
    const withPaths = (path: string) =>
      file('c.yaml', [
        ...world,
        toA([{ action: 'Allow', protocol: 'TCP', http: { paths: [{ exact: path }] }, destination: { ports: [8080] } }]),
      ]);
    const report = compareRevisions(
      { label: 'base', files: [withPaths('/a')] },
      { label: 'head', files: [withPaths('/b')] },
      DEFAULT_EVALUATION_OPTIONS,
    );
    expect(report.changes.some((c) => c.src === 'x/b' && c.dst === 'x/a')).toBe(true);
  });
});
