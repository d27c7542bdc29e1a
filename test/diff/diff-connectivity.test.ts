// The diff: what opened, what closed, which endpoints came and went, and why.
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/model/change.js';
import { compareRevisions } from '../../src/diff/compare-revisions.js';
import { DEFAULT_EVALUATION_OPTIONS } from '../../src/engine/options.js';
import { listPorts } from '../../src/report/port-text.js';
import { renderDiffText } from '../../src/report/text.js';
import { ciliumPolicy, deployment, file, namespace, policy } from '../helpers/manifests.js';
import { reasonText } from '../../src/report/reason-text.js';

const base = [
  namespace('x'),
  namespace('y'),
  deployment('x', 'a', { app: 'a' }, [{ name: 'http', containerPort: 8080 }]),
  deployment('y', 'b', { app: 'b' }),
];

function diff(before: object[], after: object[]) {
  const report = compareRevisions(
    { label: 'base', files: [file('c.yaml', before)] },
    { label: 'head', files: [file('c.yaml', after)] },
    DEFAULT_EVALUATION_OPTIONS,
  );
  const lines = report.changes.flatMap((c: Change) => [
    ...(listPorts(c.opened) !== '' || Object.keys(c.opened).length > 0
      ? [`${c.src} -> ${c.dst} opened ${listPorts(c.opened) || 'all'}`]
      : []),
    ...(Object.keys(c.closed).length > 0 ? [`${c.src} -> ${c.dst} closed ${listPorts(c.closed) || 'all'}`] : []),
  ]);
  return { report, lines };
}

describe('diff', () => {
  it('identical revisions have no changes', () => {
    expect(diff(base, base).report.changes).toEqual([]);
  });
  it('a new isolating policy closes paths, explained by the head policy that isolates', () => {
    const { report, lines } = diff(base, [
      ...base,
      policy('x', 'deny', { podSelector: {}, ingress: [{ ports: [{ port: 8080 }] }] }),
    ]);
    expect(lines).toContain('x/a -> x/a closed TCP 1-8079,8081-65535; UDP; SCTP');
    expect(lines).toContain('y/b -> x/a closed TCP 1-8079,8081-65535; UDP; SCTP');
    const change = report.changes.find((c) => c.src === 'y/b' && c.dst === 'x/a');
    expect(change?.because).toEqual([
      {
        ref: {
          type: 'isolation',
          policy: { kind: 'NetworkPolicy', namespace: 'x', name: 'deny' },
          direction: 'ingress',
        },
        revision: 'head',
        explains: 'closed',
        file: 'c.yaml',
        line: 9,
      },
    ]);
  });
  it('a removed allow rule closes paths, explained by the base rule that no longer allows', () => {
    const isolate = policy('x', 'deny', { podSelector: {} });
    const allow = policy('x', 'allow', {
      podSelector: {},
      ingress: [{ from: [{ namespaceSelector: {} }], ports: [{ port: 'http' }] }],
    });
    const { report, lines } = diff([...base, isolate, allow], [...base, isolate]);
    expect(lines).toEqual(['x/a -> x/a closed TCP 8080', 'y/b -> x/a closed TCP 8080']);
    expect(report.changes[1]?.because.map((r) => [reasonText(r), r.revision, r.explains])).toEqual([
      ['NetworkPolicy x/allow ingress[0] is gone', 'base', 'closed'],
    ]);
  });
  it('a removed isolating policy opens paths, explained by the base policy that no longer isolates', () => {
    const isolate = policy('y', 'deny-out', { podSelector: {}, policyTypes: ['Egress'] });
    const { report, lines } = diff([...base, isolate], base);
    expect(lines).toContain('y/b -> x/a opened all');
    const change = report.changes.find((c) => c.src === 'y/b' && c.dst === 'x/a');
    expect(change?.because.map((r) => [reasonText(r), r.revision, r.explains])).toEqual([
      ['NetworkPolicy y/deny-out no longer isolates egress', 'base', 'opened'],
    ]);
  });
  it('a pair both gaining and losing ports has opened and closed parts', () => {
    const p80 = policy('x', 'p', { podSelector: {}, ingress: [{ ports: [{ port: 80 }] }] });
    const p81 = policy('x', 'p', { podSelector: {}, ingress: [{ ports: [{ port: 81 }] }] });
    const { lines } = diff([...base, p80], [...base, p81]);
    expect(lines).toContain('y/b -> x/a opened TCP 81');
    expect(lines).toContain('y/b -> x/a closed TCP 80');
  });
  it('added and removed workloads are listed and their paths are changes', () => {
    const { report } = diff(base, [...base.slice(0, 3), deployment('y', 'c', { app: 'c' })]);
    expect(report.added).toEqual(['y/c']);
    expect(report.removed).toEqual(['y/b']);
    const change = report.changes.find((c) => c.src === 'y/c' && c.dst === 'x/a');
    expect(change?.endpointStatus).toEqual({ src: 'added', dst: 'unchanged' });
  });
  it('a changed ipBlock changes paths to the external parts it covers', () => {
    const egress = (cidr: string) =>
      policy('x', 'out', { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr } }] }] });
    const { report } = diff([...base, egress('10.0.0.0/8')], [...base, egress('10.0.0.0/16')]);
    const closed = report.changes.filter((c) => c.src === 'x/a' && Object.keys(c.closed).length > 0).map((c) => c.dst);
    expect(closed).toEqual([
      'ip:10.1.0.0/16,10.2.0.0/15,10.4.0.0/14,10.8.0.0/13,10.16.0.0/12,10.32.0.0/11,10.64.0.0/10,10.128.0.0/9',
    ]);
  });
  it('a label change on a namespace changes what namespace selectors select', () => {
    const allowFromTeam = policy('x', 'p', {
      podSelector: {},
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'blue' } } }] }],
    });
    const { lines } = diff(
      [...base, allowFromTeam],
      [namespace('x'), namespace('y', { team: 'blue' }), ...base.slice(2), allowFromTeam],
    );
    expect(lines).toEqual(['y/b -> x/a opened all']);
  });
});

describe('diff with admin policies', () => {
  const restricted = [
    namespace('x'),
    namespace('vault', { sensitive: 'true' }),
    deployment('x', 'a', { app: 'a' }),
    deployment('vault', 'v', { app: 'v' }),
  ];
  const anpOf = (name: string, priority: number, action: string) => ({
    apiVersion: 'policy.networking.k8s.io/v1alpha1',
    kind: 'AdminNetworkPolicy',
    metadata: { name },
    spec: {
      priority,
      subject: { namespaces: { matchLabels: { 'kubernetes.io/metadata.name': 'x' } } },
      egress: [
        { name: `${action.toLowerCase()}-vault`, action, to: [{ namespaces: { matchLabels: { sensitive: 'true' } } }] },
      ],
    },
  });
  it('a path closed by a Deny says so, naming the admin rule and its priority', () => {
    const { report } = diff(restricted, [...restricted, anpOf('guard', 10, 'Deny')]);
    const change = report.changes.find((c) => c.src === 'x/a' && c.dst === 'vault/v');
    expect(change?.because.map((r) => reasonText(r))).toEqual(['ANP guard (priority 10) egress[0] "deny-vault": Deny']);
  });
  it('a path opened because a Deny went away names the rule that no longer denies', () => {
    const { report } = diff([...restricted, anpOf('guard', 10, 'Deny')], restricted);
    const change = report.changes.find((c) => c.src === 'x/a' && c.dst === 'vault/v');
    expect(change?.because.map((r) => [reasonText(r), r.revision])).toEqual([
      ['ANP guard (priority 10) egress[0] "deny-vault": Deny no longer denies', 'base'],
    ]);
  });
  it('a path opened by an admin Allow over NetworkPolicy isolation names the Allow', () => {
    const isolate = policy('vault', 'deny', { podSelector: {} });
    const allowIn = { ...(anpOf('open', 3, 'Allow') as Record<string, unknown>) };
    allowIn.spec = {
      priority: 3,
      subject: { namespaces: { matchLabels: { sensitive: 'true' } } },
      ingress: [{ name: 'from-x', action: 'Allow', from: [{ namespaces: {} }] }],
    };
    const { report } = diff([...restricted, isolate], [...restricted, isolate, allowIn]);
    const change = report.changes.find((c) => c.src === 'x/a' && c.dst === 'vault/v');
    expect(change?.because.map((r) => reasonText(r))).toEqual(['ANP open (priority 3) ingress[0] "from-x": Allow']);
  });
});

describe('uncertain verdicts', () => {
  it('a change where admin policies of one priority disagree is marked uncertain in the sentence', () => {
    const world = [
      namespace('x'),
      namespace('y'),
      deployment('x', 'a', { app: 'a' }),
      deployment('y', 'b', { app: 'b' }),
    ];
    const admin = (name: string, action: string) => ({
      apiVersion: 'policy.networking.k8s.io/v1alpha1',
      kind: 'AdminNetworkPolicy',
      metadata: { name },
      spec: {
        priority: 7,
        subject: { namespaces: { matchLabels: { 'kubernetes.io/metadata.name': 'y' } } },
        ingress: [{ action, from: [{ namespaces: {} }] }],
      },
    });
    const { report } = diff(world, [...world, admin('one', 'Allow'), admin('two', 'Deny')]);
    const change = report.changes.find((c) => c.src === 'x/a' && c.dst === 'y/b');
    expect(change?.uncertain).toEqual({ TCP: [[1, 65535]], UDP: [[1, 65535]], SCTP: [[1, 65535]] });
    expect([...renderDiffText(report, { verbose: true })].join('')).toContain(
      'x/a can no longer reach y/b (uncertain)',
    );
    expect(report.diagnostics.map((d) => d.code)).toContain('SAME_PRIORITY');
  });
});

describe('changed L7 and DNS restrictions on ports allowed in both revisions', () => {
  const world = [
    namespace('x'),
    deployment('x', 'server', { app: 'server' }),
    deployment('x', 'client', { app: 'client' }),
  ];
  const http = (rules: object[]) =>
    ciliumPolicy('x', 'p', {
      endpointSelector: { matchLabels: { app: 'server' } },
      ingress: [
        {
          fromEndpoints: [{ matchLabels: { app: 'client' } }],
          toPorts: [{ ports: [{ port: '80', protocol: 'TCP' }], rules: { http: rules } }],
        },
      ],
    });
  const dns = (rules: object[]) =>
    ciliumPolicy('x', 'd', {
      endpointSelector: { matchLabels: { app: 'client' } },
      egress: [
        {
          toEndpoints: [{ matchLabels: { app: 'server' } }],
          toPorts: [{ ports: [{ port: '53', protocol: 'UDP' }], rules: { dns: rules } }],
        },
      ],
    });
  const change = (before: object, after: object, src = 'x/client', dst = 'x/server') =>
    diff([...world, before], [...world, after]).report.changes.find((c) => c.src === src && c.dst === dst);

  it('an HTTP rule added beside an existing one is a change, with the restriction before', () => {
    const c = change(
      http([{ method: 'GET', path: '/v1/' }]),
      http([
        { method: 'GET', path: '/v1/' },
        { method: 'PUT', path: '/v1/exhaust-port' },
      ]),
    );
    expect(c?.restrictionBefore?.by).toEqual(['HTTP GET /v1/']);
    expect(c?.restrictedBy?.by).toEqual(['HTTP GET /v1/ or HTTP PUT /v1/exhaust-port']);
    expect(c?.because.map((r) => [reasonText(r), r.revision])).toEqual([['CNP x/p ingress[0]', 'head']]);
  });
  it('an HTTP rule replaced by another on the same port is a change', () => {
    const c = change(http([{ method: 'GET', path: '/v1/' }]), http([{ method: 'POST', path: '/admin' }]));
    expect(c?.restrictionBefore?.by).toEqual(['HTTP GET /v1/']);
    expect(c?.restrictedBy?.by).toEqual(['HTTP POST /admin']);
    expect(
      [
        ...renderDiffText(
          diff(
            [...world, http([{ method: 'GET', path: '/v1/' }])],
            [...world, http([{ method: 'POST', path: '/admin' }])],
          ).report,
        ),
      ].join(''),
    ).toContain('x/client can now reach x/server:TCP 80 only for HTTP POST /admin (before: only for HTTP GET /v1/)');
  });
  it('a header condition added to an HTTP rule is a change', () => {
    const c = change(
      http([{ method: 'PUT', path: '/v1/' }]),
      http([{ method: 'PUT', path: '/v1/', headers: ['X-Has-Force: True'] }]),
    );
    expect(c?.restrictedBy?.by).toEqual(['HTTP PUT /v1/ with headers X-Has-Force: True']);
  });
  it('a widened DNS matchPattern is a change', () => {
    const c = change(dns([{ matchPattern: '*.internal.example.com' }]), dns([{ matchPattern: '*' }]));
    expect(c?.restrictionBefore?.by).toEqual(['DNS *.internal.example.com']);
    expect(c?.restrictedBy?.by).toEqual(['DNS *']);
  });
  it('the same restriction moved to other peers changes those pairs only', () => {
    const wider = [...world, deployment('x', 'other', { app: 'other' })];
    const to = (app: string) =>
      ciliumPolicy('x', 'p', {
        endpointSelector: { matchLabels: { app: 'server' } },
        ingress: [
          {
            fromEndpoints: [{ matchLabels: { app } }],
            toPorts: [{ ports: [{ port: '80', protocol: 'TCP' }], rules: { http: [{ method: 'GET' }] } }],
          },
          {
            fromEndpoints: [{ matchLabels: { app: app === 'client' ? 'other' : 'client' } }],
            toPorts: [{ ports: [{ port: '80', protocol: 'TCP' }], rules: { http: [{ method: 'POST' }] } }],
          },
        ],
      });
    const { report } = diff([...wider, to('client')], [...wider, to('other')]);
    expect(
      report.changes
        .map((c) => `${c.src} -> ${c.dst}: ${c.restrictionBefore?.by.join()} => ${c.restrictedBy?.by.join()}`)
        .sort(),
    ).toEqual([
      'x/client -> x/server: HTTP GET any path => HTTP POST any path',
      'x/other -> x/server: HTTP POST any path => HTTP GET any path',
    ]);
  });
  it('an unchanged restriction is no change', () => {
    expect(
      diff([...world, http([{ method: 'GET', path: '/v1/' }])], [...world, http([{ method: 'GET', path: '/v1/' }])])
        .report.changes,
    ).toEqual([]);
  });
});

describe('paths of new workloads (#10)', () => {
  it('carry a because-line naming the new workload and the direction no policy isolates', () => {
    const { report } = diff(base, [...base, deployment('y', 'c', { app: 'c' })]);
    const change = report.changes.find((c) => c.src === 'y/c' && c.dst === 'x/a');
    expect(change?.because.map((r) => reasonText(r))).toContain(
      'Deployment y/c is new, and no policy isolates its egress',
    );
    expect(change?.because.find((r) => reasonText(r).startsWith('Deployment y/c'))).toMatchObject({
      revision: 'head',
      explains: 'opened',
      file: 'c.yaml',
    });
  });
});
