// One test per rule of SEMANTICS §4 (AdminNetworkPolicy, BaselineAdminNetworkPolicy,
// ClusterNetworkPolicy), named after the rule.
import { describe, expect, it } from 'vitest';
import { uncertainPorts } from '../../src/engine/pair.js';
import { isEmptyPorts } from '../../src/engine/port-set.js';
import { anp, banp, cnp, deployment, namespace, pod, policy } from '../helpers/manifests.js';
import { evaluateObjects } from '../helpers/verdicts.js';

const world = [
  namespace('x', { team: 'x' }),
  namespace('y', { team: 'y' }),
  namespace('restricted', { sensitive: 'true' }),
  deployment('x', 'a', { pod: 'a' }, [
    { name: 'http', containerPort: 80 },
    { name: 'dns', containerPort: 53, protocol: 'UDP' },
  ]),
  deployment('x', 'b', { pod: 'b' }, [{ name: 'http', containerPort: 8080 }]),
  deployment('y', 'a', { pod: 'a' }, [{ name: 'http', containerPort: 80 }]),
  deployment('restricted', 'db', { pod: 'db' }, [{ name: 'sql', containerPort: 5432 }]),
];
const allNs = { namespaces: {} };
const ns = (team: string) => ({ namespaces: { matchLabels: { team } } });
const pods = (namespaceSelector: object, podSelector: object) => ({ pods: { namespaceSelector, podSelector } });

describe('§4.1 subjects', () => {
  it('a namespaces subject selects every pod of the selected namespaces', () => {
    const r = evaluateObjects([
      ...world,
      anp('deny-x', 10, { subject: ns('x'), ingress: [{ action: 'Deny', from: [allNs] }] }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('none');
    expect(r.ports('y/a', 'x/b')).toBe('none');
    expect(r.ports('x/a', 'y/a')).toBe('all');
  });
  it('a pods subject selects pods by namespace AND pod selector', () => {
    const r = evaluateObjects([
      ...world,
      anp('deny-a', 10, {
        subject: pods({}, { matchLabels: { pod: 'a' } }),
        ingress: [{ action: 'Deny', from: [allNs] }],
      }),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('none');
    expect(r.ports('x/b', 'y/a')).toBe('none');
    expect(r.ports('x/a', 'x/b')).toBe('all');
  });
  it('a subject with both namespaces and pods is rejected', () => {
    const r = evaluateObjects([
      ...world,
      anp('bad', 10, { subject: { ...allNs, ...pods({}, {}) }, ingress: [{ action: 'Deny', from: [allNs] }] }),
    ]);
    expect(r.codes()).toContain('INVALID_FIELD');
    expect(r.ports('y/a', 'x/a')).toBe('all');
  });
  it('a priority outside 0–1000 is rejected', () => {
    expect(evaluateObjects([...world, anp('bad', 1001, { subject: allNs, ingress: [] })]).codes()).toContain(
      'INVALID_FIELD',
    );
  });
  it('hostNetwork pods are never subjects', () => {
    const r = evaluateObjects([
      ...world,
      deployment('x', 'agent', { pod: 'agent' }, [], { hostNetwork: true }),
      anp('deny', 10, { subject: ns('x'), ingress: [{ action: 'Deny', from: [allNs] }] }),
    ]);
    expect(r.ports('y/a', 'x/agent')).toBe('all');
  });
  it('a BaselineAdminNetworkPolicy not named default is rejected', () => {
    expect(
      evaluateObjects([
        ...world,
        banp({ subject: allNs, ingress: [{ action: 'Deny', from: [allNs] }] }, 'other'),
      ]).codes(),
    ).toContain('INVALID_FIELD');
  });
});

describe('§4.2 rules', () => {
  it('within one policy the first matching rule wins', () => {
    const r = evaluateObjects([
      ...world,
      anp('ordered', 10, {
        subject: ns('x'),
        ingress: [
          { action: 'Allow', from: [ns('y')] },
          { action: 'Deny', from: [allNs] },
        ],
      }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('all');
    expect(r.ports('x/b', 'x/a')).toBe('none');
  });
  it('absent ports match every port', () => {
    expect(
      evaluateObjects([
        ...world,
        anp('deny', 10, { subject: ns('x'), ingress: [{ action: 'Deny', from: [ns('y')] }] }),
      ]).ports('y/a', 'x/a'),
    ).toBe('none');
  });
  it('portNumber defaults to TCP, portRange is inclusive, namedPort resolves on the destination', () => {
    const r = evaluateObjects([
      ...world,
      anp('ports', 10, {
        subject: ns('x'),
        ingress: [
          {
            action: 'Deny',
            from: [ns('y')],
            ports: [{ portNumber: { port: 80 } }, { portRange: { protocol: 'UDP', start: 50, end: 60 } }],
          },
          { action: 'Deny', from: [ns('y')], ports: [{ namedPort: 'http' }] },
        ],
      }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('TCP 1-79,81-65535; UDP 1-49,61-65535; SCTP');
    expect(r.ports('y/a', 'x/b')).toBe('TCP 1-79,81-8079,8081-65535; UDP 1-49,61-65535; SCTP');
  });
  it('a rule with no peers is rejected', () => {
    expect(
      evaluateObjects([...world, anp('bad', 10, { subject: allNs, ingress: [{ action: 'Deny', from: [] }] })]).codes(),
    ).toContain('INVALID_PEER');
  });
  it('networks peers on egress match addresses outside the cluster and pods by IP', () => {
    const r = evaluateObjects([
      namespace('x'),
      namespace('y'),
      pod('x', 'client', { app: 'c' }, ['10.244.1.5']),
      pod('y', 'server', { app: 's' }, ['10.244.2.7']),
      pod('y', 'far', { app: 'f' }, ['10.9.0.1']),
      anp('deny-pods', 10, { subject: allNs, egress: [{ action: 'Deny', to: [{ networks: ['10.244.0.0/16'] }] }] }),
    ]);
    expect(r.ports('x/client', 'y/server')).toBe('none');
    expect(r.ports('x/client', 'y/far')).toBe('all');
    expect(r.ports('x/client', '10.244.9.9')).toBe('none');
    expect(r.ports('x/client', '8.8.8.8')).toBe('all');
  });
  it('networks 0.0.0.0/0 covers every pod, also without known IPs', () => {
    const r = evaluateObjects([
      ...world,
      anp('deny-all', 10, { subject: ns('x'), egress: [{ action: 'Deny', to: [{ networks: ['0.0.0.0/0'] }] }] }),
    ]);
    expect(r.ports('x/a', 'y/a')).toBe('none');
  });
  it('nodes and domainNames peers cannot be decided: they match nothing and are reported', () => {
    const r = evaluateObjects([
      ...world,
      anp('fqdn', 10, {
        subject: allNs,
        egress: [
          { action: 'Allow', to: [{ domainNames: ['*.example.com'] }] },
          { action: 'Deny', to: [{ nodes: {} }] },
        ],
      }),
    ]);
    expect(r.codes().filter((c) => c === 'UNDECIDABLE_PEER')).toHaveLength(2);
    expect(r.ports('x/a', 'y/a')).toBe('all');
  });
  // A peer field the CRD lacks never reaches the cluster (strict field validation): such an
  // object is refused as UNKNOWN_FIELD (test/manifests/schema.test.ts). An empty peer does.
  it('an empty peer fails closed: an Allow rule matches nothing, a Deny rule everything', () => {
    const r = evaluateObjects([
      ...world,
      anp('allow-unknown', 5, { subject: ns('x'), ingress: [{ action: 'Allow', from: [{}] }] }),
      anp('deny-unknown', 10, { subject: ns('y'), ingress: [{ action: 'Deny', from: [{}] }] }),
      policy('x', 'deny', { podSelector: {} }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('none');
    expect(r.ports('x/a', 'y/a')).toBe('none');
    expect(r.codes().filter((c) => c === 'UNKNOWN_PEER')).toHaveLength(2);
  });
  it('a named port with a networks peer is rejected', () => {
    expect(
      evaluateObjects([
        ...world,
        anp('bad', 10, {
          subject: allNs,
          egress: [{ action: 'Deny', to: [{ networks: ['1.0.0.0/8'] }], ports: [{ namedPort: 'http' }] }],
        }),
      ]).codes(),
    ).toContain('INVALID_PORT');
  });
});

describe('§4.3 precedence', () => {
  const isolate = policy('x', 'deny-all', { podSelector: {} });
  const allowFromY = policy('x', 'allow-y', {
    podSelector: {},
    ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'y' } } }] }],
  });
  it('an ANP Allow is final: NetworkPolicy isolation cannot block it', () => {
    const r = evaluateObjects([
      ...world,
      isolate,
      anp('allow', 10, { subject: ns('x'), ingress: [{ action: 'Allow', from: [ns('y')] }] }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('all');
    expect(r.ports('x/b', 'x/a')).toBe('none');
  });
  it('an ANP Deny beats a NetworkPolicy allow', () => {
    expect(
      evaluateObjects([
        ...world,
        allowFromY,
        anp('deny', 10, { subject: ns('x'), ingress: [{ action: 'Deny', from: [ns('y')] }] }),
      ]).ports('y/a', 'x/a'),
    ).toBe('none');
  });
  it('a lower priority number is evaluated first: a Deny at 5 beats an Allow at 10', () => {
    const r = evaluateObjects([
      ...world,
      anp('allow', 10, { subject: ns('x'), ingress: [{ action: 'Allow', from: [ns('y')] }] }),
      anp('deny', 5, { subject: ns('x'), ingress: [{ action: 'Deny', from: [ns('y')] }] }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('none');
  });
  it('Pass hands the decision to NetworkPolicy', () => {
    const r = evaluateObjects([
      ...world,
      allowFromY,
      anp('pass', 5, { subject: ns('x'), ingress: [{ action: 'Pass', from: [allNs] }] }),
      anp('deny', 10, { subject: ns('x'), ingress: [{ action: 'Deny', from: [allNs] }] }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('all');
    expect(r.ports('x/b', 'x/a')).toBe('none');
  });
  it('Pass with no NetworkPolicy goes on to the BaselineAdminNetworkPolicy', () => {
    const r = evaluateObjects([
      ...world,
      anp('pass', 5, { subject: ns('x'), ingress: [{ action: 'Pass', from: [allNs] }] }),
      banp({ subject: ns('x'), ingress: [{ action: 'Deny', from: [ns('y')] }] }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('none');
    expect(r.ports('x/b', 'x/a')).toBe('all');
  });
  it('a BANP Deny loses to a NetworkPolicy that isolates the pod and allows', () => {
    const r = evaluateObjects([
      ...world,
      allowFromY,
      banp({ subject: ns('x'), ingress: [{ action: 'Deny', from: [allNs] }] }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('all');
    expect(r.ports('x/b', 'x/a')).toBe('none');
  });
  it('a BANP decides only where no NetworkPolicy isolates the pod', () => {
    const r = evaluateObjects([
      ...world,
      banp({ subject: allNs, ingress: [{ action: 'Deny', from: [ns('y')] }] }),
      policy('x', 'only-b', { podSelector: { matchLabels: { pod: 'b' } }, ingress: [{}] }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('none');
    expect(r.ports('y/a', 'x/b')).toBe('all');
  });
  it('admin policies isolate nothing: an Allow rule does not deny the rest', () => {
    const r = evaluateObjects([
      ...world,
      anp('allow', 10, { subject: ns('x'), ingress: [{ action: 'Allow', from: [ns('y')] }] }),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
  });
  it('an egress Allow does not bypass the destination’s ingress', () => {
    const r = evaluateObjects([
      ...world,
      isolate,
      anp('allow-out', 10, { subject: ns('y'), egress: [{ action: 'Allow', to: [ns('x')] }] }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('none');
  });
  it('two policies of the same priority that disagree make the verdict uncertain and are warned about', () => {
    const r = evaluateObjects([
      ...world,
      anp('one', 10, { subject: ns('x'), ingress: [{ action: 'Allow', from: [ns('y')] }] }),
      anp('two', 10, { subject: ns('x'), ingress: [{ action: 'Deny', from: [allNs] }] }),
    ]);
    expect(r.codes()).toContain('SAME_PRIORITY');
    const src = r.conn.universe.indexById.get('y/a') as number;
    const dst = r.conn.universe.indexById.get('x/a') as number;
    expect(isEmptyPorts(uncertainPorts(r.conn, src, dst))).toBe(false);
    const other = r.conn.universe.indexById.get('x/b') as number;
    expect(isEmptyPorts(uncertainPorts(r.conn, other, dst))).toBe(true);
  });
});

describe('§4.8 ClusterNetworkPolicy v1alpha2', () => {
  it('tier Admin with Accept, Deny and Pass behaves as an AdminNetworkPolicy', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'deny-all', { podSelector: {} }),
      cnp('accept', 'Admin', 10, {
        subject: ns('x'),
        ingress: [{ action: 'Accept', from: [ns('y')], protocols: [{ tcp: { destinationPort: { number: 80 } } }] }],
      }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('TCP 80');
  });
  it('tier Baseline behaves as a baseline policy, ordered by priority', () => {
    const r = evaluateObjects([
      ...world,
      cnp('deny', 'Baseline', 20, { subject: allNs, ingress: [{ action: 'Deny', from: [allNs] }] }),
      cnp('allow-dns', 'Baseline', 10, {
        subject: allNs,
        ingress: [
          {
            action: 'Accept',
            from: [allNs],
            protocols: [{ udp: { destinationPort: { range: { start: 53, end: 54 } } } }],
          },
        ],
      }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('UDP 53-54');
  });
  it('destinationNamedPort resolves on the destination', () => {
    const r = evaluateObjects([
      ...world,
      cnp('deny-http', 'Admin', 1, {
        subject: allNs,
        ingress: [{ action: 'Deny', from: [allNs], protocols: [{ destinationNamedPort: 'http' }] }],
      }),
    ]);
    expect(r.ports('y/a', 'x/b')).toBe('TCP 1-8079,8081-65535; UDP; SCTP');
  });
  it('an unknown tier is rejected', () => {
    expect(evaluateObjects([...world, cnp('bad', 'Middle' as 'Admin', 1, { subject: allNs })]).codes()).toContain(
      'INVALID_FIELD',
    );
  });
});
