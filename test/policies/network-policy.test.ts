// One test per rule of SEMANTICS §2 (Kubernetes NetworkPolicy), named after the rule.
import { describe, expect, it } from 'vitest';
import { deployment, namespace, pod, policy } from '../helpers/manifests.js';
import { evaluateObjects } from '../helpers/verdicts.js';

const x = namespace('x', { ns: 'x' });
const y = namespace('y', { ns: 'y' });
const web = (ns = 'x', name = 'a', labels: Record<string, string> = { pod: name }) =>
  deployment(ns, name, labels, [
    { name: 'serve-80-tcp', containerPort: 80 },
    { name: 'serve-81-udp', containerPort: 81, protocol: 'UDP' },
  ]);
const world = [x, y, web('x', 'a'), web('x', 'b'), web('y', 'a'), web('y', 'b')];

describe('§2.1 which pods a policy applies to', () => {
  it('a policy selects pods of its own namespace only', () => {
    const r = evaluateObjects([...world, policy('x', 'deny', { podSelector: {} })]);
    expect(r.ports('y/b', 'x/a')).toBe('none');
    expect(r.ports('x/b', 'y/a')).toBe('all');
  });
  it('an absent podSelector selects every pod of the namespace', () => {
    const r = evaluateObjects([...world, policy('x', 'deny', {})]);
    expect(r.ports('y/a', 'x/a')).toBe('none');
    expect(r.ports('y/a', 'x/b')).toBe('none');
  });
  it('a pod no policy selects allows everything', () => {
    const r = evaluateObjects([...world, policy('x', 'deny', { podSelector: { matchLabels: { pod: 'a' } } })]);
    expect(r.ports('y/a', 'x/b')).toBe('all');
    expect(r.ports('y/a', 'x/a')).toBe('none');
  });
  it('a policy without metadata.namespace applies to the default namespace (configurable)', () => {
    const objects = [
      deployment('default', 'a', { pod: 'a' }),
      deployment('team', 'b', { pod: 'b' }),
      { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny' }, spec: {} },
    ];
    expect(evaluateObjects(objects).ports('team/b', 'default/a')).toBe('none');
    const other = evaluateObjects(objects, { defaultNamespace: 'team' });
    expect(other.ports('team/b', 'default/a')).toBe('all');
  });
});

describe('§2.2 policyTypes defaulting', () => {
  it('policyTypes absent without an egress section isolates ingress only', () => {
    const r = evaluateObjects([...world, policy('x', 'p', { podSelector: {} })]);
    expect(r.ports('x/b', 'x/a')).toBe('none');
    expect(r.ports('x/a', 'y/a')).toBe('all');
  });
  it('policyTypes absent with an egress section isolates both directions', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'p', {
        podSelector: { matchLabels: { pod: 'a' } },
        egress: [{ to: [{ podSelector: { matchLabels: { pod: 'b' } } }] }],
      }),
    ]);
    expect(r.ports('x/a', 'x/b')).toBe('all');
    expect(r.ports('x/a', 'y/a')).toBe('none');
    expect(r.ports('y/a', 'x/a')).toBe('none');
  });
  it('policyTypes: [] is treated like an absent policyTypes', () => {
    const r = evaluateObjects([...world, policy('x', 'p', { podSelector: {}, policyTypes: [] })]);
    expect(r.ports('y/a', 'x/a')).toBe('none');
    expect(r.ports('x/a', 'y/a')).toBe('all');
  });
  it('egress: [] does not add Egress to absent policyTypes', () => {
    const r = evaluateObjects([...world, policy('x', 'p', { podSelector: {}, egress: [] })]);
    expect(r.ports('x/a', 'y/a')).toBe('all');
    expect(r.ports('y/a', 'x/a')).toBe('none');
  });
  it('explicit policyTypes [Ingress] ignores an egress section', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'p', {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [{}],
        egress: [{ to: [{ podSelector: {} }] }],
      }),
    ]);
    expect(r.ports('x/a', 'y/a')).toBe('all');
  });
  it('explicit policyTypes [Egress] ignores an ingress section', () => {
    const r = evaluateObjects([...world, policy('x', 'p', { podSelector: {}, policyTypes: ['Egress'], ingress: [] })]);
    expect(r.ports('y/a', 'x/a')).toBe('all');
    expect(r.ports('x/a', 'y/a')).toBe('none');
  });
  it('an unknown policyTypes value rejects the policy', () => {
    const r = evaluateObjects([...world, policy('x', 'p', { podSelector: {}, policyTypes: ['ingress'] })]);
    expect(r.codes()).toContain('INVALID_POLICY_TYPE');
    expect(r.ports('y/a', 'x/a')).toBe('all');
  });
});

describe('§2.3 isolation is per direction and additive', () => {
  it('a connection needs both the egress of the source and the ingress of the destination', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'allow-in', { podSelector: { matchLabels: { pod: 'a' } }, ingress: [{}] }),
      policy('y', 'deny-out', { podSelector: {}, policyTypes: ['Egress'] }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('none');
    expect(r.ports('x/b', 'x/a')).toBe('all');
  });
  it('policies selecting the same pod add up (union of their rules)', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'one', { podSelector: {}, ingress: [{ ports: [{ port: 80 }] }] }),
      policy('x', 'two', {
        podSelector: { matchLabels: { pod: 'a' } },
        ingress: [{ ports: [{ port: 81, protocol: 'UDP' }] }],
      }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('TCP 80; UDP 81');
    expect(r.ports('y/a', 'x/b')).toBe('TCP 80');
  });
  it('an egress-only policy does not isolate ingress', () => {
    const r = evaluateObjects([...world, policy('x', 'p', { podSelector: {}, policyTypes: ['Egress'] })]);
    expect(r.ports('y/a', 'x/a')).toBe('all');
    expect(r.ports('x/a', 'y/a')).toBe('none');
  });
  it('an isolated pod accepts nothing that no rule allows, also from itself', () => {
    const r = evaluateObjects([...world, policy('x', 'p', { podSelector: {} })]);
    expect(r.ports('x/a', 'x/a')).toBe('none');
  });
});

describe('§2.4 empty versus absent', () => {
  it('ingress absent with Ingress in policyTypes allows no ingress', () => {
    expect(evaluateObjects([...world, policy('x', 'p', { policyTypes: ['Ingress'] })]).ports('y/a', 'x/a')).toBe(
      'none',
    );
  });
  it('ingress: [] allows no ingress', () => {
    expect(evaluateObjects([...world, policy('x', 'p', { ingress: [] })]).ports('y/a', 'x/a')).toBe('none');
  });
  it('ingress: [{}] allows all ingress', () => {
    expect(evaluateObjects([...world, policy('x', 'p', { ingress: [{}] })]).ports('y/a', 'x/a')).toBe('all');
  });
  it('a rule without from matches all sources, in the cluster and outside', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'p', {
        ingress: [{ ports: [{ port: 80 }] }],
        egress: [{ to: [{ ipBlock: { cidr: '8.8.8.0/24' } }] }],
      }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('TCP 80');
    expect(r.ports('8.8.8.8', 'x/a')).toBe('TCP 80');
  });
  it('from: [] matches all sources, not none', () => {
    expect(evaluateObjects([...world, policy('x', 'p', { ingress: [{ from: [] }] })]).ports('y/a', 'x/a')).toBe('all');
  });
  it('ports: [] matches all ports', () => {
    expect(evaluateObjects([...world, policy('x', 'p', { ingress: [{ ports: [] }] })]).ports('y/a', 'x/a')).toBe('all');
  });
  it('from: [{podSelector: {}}] means all pods of the policy namespace only', () => {
    const r = evaluateObjects([...world, policy('x', 'p', { ingress: [{ from: [{ podSelector: {} }] }] })]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
    expect(r.ports('y/b', 'x/a')).toBe('none');
  });
  it('from: [{namespaceSelector: {}}] means all pods of all namespaces, not external addresses', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'p', { ingress: [{ from: [{ namespaceSelector: {} }] }], egress: [{}] }),
    ]);
    expect(r.ports('y/b', 'x/a')).toBe('all');
    const external = r.conn.universe.endpoints.find((e) => e.type === 'external');
    expect(external).toBeDefined();
    expect(r.ports(external?.id as string, 'x/a')).toBe('none');
  });
  it('a peer with namespaceSelector {} and podSelector {} means all pods of all namespaces', () => {
    expect(
      evaluateObjects([
        ...world,
        policy('x', 'p', { ingress: [{ from: [{ namespaceSelector: {}, podSelector: {} }] }] }),
      ]).ports('y/b', 'x/a'),
    ).toBe('all');
  });
  it('ports: [{protocol: UDP}] allows every UDP port and nothing of TCP or SCTP', () => {
    expect(
      evaluateObjects([...world, policy('x', 'p', { ingress: [{ ports: [{ protocol: 'UDP' }] }] })]).ports(
        'y/a',
        'x/a',
      ),
    ).toBe('UDP');
  });
  it('from and ports in one rule must both match', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'p', {
        ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'b' } } }], ports: [{ port: 80 }] }],
      }),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('TCP 80');
    expect(r.ports('y/b', 'x/a')).toBe('none');
  });
});

describe('§2.5 peers', () => {
  it('podSelector and namespaceSelector in one peer are ANDed', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'p', {
        ingress: [
          { from: [{ namespaceSelector: { matchLabels: { ns: 'y' } }, podSelector: { matchLabels: { pod: 'a' } } }] },
        ],
      }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('all');
    expect(r.ports('y/b', 'x/a')).toBe('none');
    expect(r.ports('x/a', 'x/b')).toBe('none');
  });
  it('podSelector and namespaceSelector in two peers are ORed', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'p', {
        ingress: [
          {
            from: [{ namespaceSelector: { matchLabels: { ns: 'y' } } }, { podSelector: { matchLabels: { pod: 'a' } } }],
          },
        ],
      }),
    ]);
    expect(r.ports('y/b', 'x/b')).toBe('all');
    expect(r.ports('x/a', 'x/b')).toBe('all');
    expect(r.ports('x/b', 'x/a')).toBe('none');
  });
  it('a peer with an ipBlock and a selector is rejected', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'p', { ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8' }, podSelector: {} }] }] }),
    ]);
    expect(r.codes()).toContain('INVALID_PEER');
    expect(r.ports('y/a', 'x/a')).toBe('all');
  });
  it('a peer with no selector and no ipBlock is rejected', () => {
    expect(evaluateObjects([...world, policy('x', 'p', { ingress: [{ from: [{}] }] })]).codes()).toContain(
      'INVALID_PEER',
    );
  });
  it('pod peers never match external addresses', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'p', {
        policyTypes: ['Egress'],
        egress: [{ to: [{ namespaceSelector: {} }] }, { to: [{ ipBlock: { cidr: '1.0.0.0/8' } }] }],
      }),
    ]);
    expect(r.ports('x/a', '8.8.8.8')).toBe('none');
    expect(r.ports('x/a', '1.1.1.1')).toBe('all');
  });
});

describe('§2.6 label selectors', () => {
  const labelled = [
    x,
    deployment('x', 'server', { app: 'server' }),
    deployment('x', 'blue', { color: 'blue' }),
    deployment('x', 'red', { color: 'red' }),
    deployment('x', 'plain', { other: 'yes' }),
  ];
  const allowFrom = (selector: object) =>
    evaluateObjects([
      ...labelled,
      policy('x', 'p', {
        podSelector: { matchLabels: { app: 'server' } },
        ingress: [{ from: [{ podSelector: selector }] }],
      }),
    ]);
  it('In needs the key with a listed value', () => {
    const r = allowFrom({ matchExpressions: [{ key: 'color', operator: 'In', values: ['blue'] }] });
    expect([r.ports('x/blue', 'x/server'), r.ports('x/red', 'x/server'), r.ports('x/plain', 'x/server')]).toEqual([
      'all',
      'none',
      'none',
    ]);
  });
  it('NotIn matches a pod that lacks the label', () => {
    const r = allowFrom({ matchExpressions: [{ key: 'color', operator: 'NotIn', values: ['blue'] }] });
    expect([r.ports('x/blue', 'x/server'), r.ports('x/red', 'x/server'), r.ports('x/plain', 'x/server')]).toEqual([
      'none',
      'all',
      'all',
    ]);
  });
  it('Exists needs the key', () => {
    const r = allowFrom({ matchExpressions: [{ key: 'color', operator: 'Exists' }] });
    expect([r.ports('x/blue', 'x/server'), r.ports('x/plain', 'x/server')]).toEqual(['all', 'none']);
  });
  it('DoesNotExist needs the key absent', () => {
    const r = allowFrom({ matchExpressions: [{ key: 'color', operator: 'DoesNotExist' }] });
    expect([r.ports('x/blue', 'x/server'), r.ports('x/plain', 'x/server')]).toEqual(['none', 'all']);
  });
  it('matchLabels and matchExpressions are ANDed', () => {
    const r = allowFrom({
      matchLabels: { color: 'red' },
      matchExpressions: [{ key: 'color', operator: 'In', values: ['red', 'blue'] }],
    });
    expect([r.ports('x/blue', 'x/server'), r.ports('x/red', 'x/server')]).toEqual(['none', 'all']);
  });
  it('In without values is rejected', () => {
    expect(allowFrom({ matchExpressions: [{ key: 'color', operator: 'In', values: [] }] }).codes()).toContain(
      'INVALID_SELECTOR',
    );
  });
  it('an unknown operator is rejected', () => {
    expect(allowFrom({ matchExpressions: [{ key: 'color', operator: 'Equals', values: ['x'] }] }).codes()).toContain(
      'INVALID_SELECTOR',
    );
  });
  it('Exists with values is rejected', () => {
    expect(allowFrom({ matchExpressions: [{ key: 'color', operator: 'Exists', values: ['x'] }] }).codes()).toContain(
      'INVALID_SELECTOR',
    );
  });
});

describe('§2.7 namespace labels', () => {
  it('every declared namespace has kubernetes.io/metadata.name', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'p', {
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'y' } } }] }],
      }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('all');
    expect(r.ports('x/b', 'x/a')).toBe('none');
  });
  it('a namespace without a manifest has kubernetes.io/metadata.name, and no warning where only that label is read (#9)', () => {
    const r = evaluateObjects([
      x,
      web('x', 'a'),
      web('z', 'c'),
      policy('x', 'p', {
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'z' } } }] }],
      }),
    ]);
    expect(r.ports('z/c', 'x/a')).toBe('all');
    expect(r.codes()).not.toContain('UNDECLARED_NAMESPACE');
  });
  it('a namespace without a manifest has no other labels, with a warning (#9)', () => {
    const r = evaluateObjects([
      x,
      web('x', 'a'),
      web('z', 'c'),
      policy('x', 'p', { ingress: [{ from: [{ namespaceSelector: { matchLabels: { ns: 'z' } } }] }] }),
    ]);
    expect(r.ports('z/c', 'x/a')).toBe('none');
    expect(r.codes()).toContain('UNDECLARED_NAMESPACE');
  });
});

describe('§2.8 ports and protocols', () => {
  it('protocol defaults to TCP', () => {
    expect(
      evaluateObjects([...world, policy('x', 'p', { ingress: [{ ports: [{ port: 80 }] }] })]).ports('y/a', 'x/a'),
    ).toBe('TCP 80');
  });
  it('an SCTP rule never admits TCP, and still isolates the pod', () => {
    expect(
      evaluateObjects([...world, policy('x', 'p', { ingress: [{ ports: [{ port: 80, protocol: 'SCTP' }] }] })]).ports(
        'y/a',
        'x/a',
      ),
    ).toBe('SCTP 80');
  });
  it('a named port on ingress resolves on the destination pod, name and protocol both matching', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'p', {
        ingress: [
          { ports: [{ port: 'serve-80-tcp' }, { port: 'serve-81-udp' }, { port: 'serve-81-udp', protocol: 'UDP' }] },
        ],
      }),
    ]);
    expect(r.ports('y/a', 'x/a')).toBe('TCP 80; UDP 81');
  });
  it('a named port on egress resolves on each destination pod', () => {
    const r = evaluateObjects([
      x,
      y,
      deployment('x', 'client', { app: 'client' }),
      deployment('y', 'one', { app: 'one' }, [{ name: 'http', containerPort: 8080 }]),
      deployment('y', 'two', { app: 'two' }, [{ name: 'http', containerPort: 9090 }]),
      deployment('y', 'none', { app: 'none' }, [{ name: 'metrics', containerPort: 8080 }]),
      policy('x', 'p', {
        podSelector: { matchLabels: { app: 'client' } },
        policyTypes: ['Egress'],
        egress: [{ ports: [{ port: 'http' }] }],
      }),
    ]);
    expect(r.ports('x/client', 'y/one')).toBe('TCP 8080');
    expect(r.ports('x/client', 'y/two')).toBe('TCP 9090');
    expect(r.ports('x/client', 'y/none')).toBe('none');
  });
  it('endPort opens the inclusive range port..endPort', () => {
    expect(
      evaluateObjects([...world, policy('x', 'p', { ingress: [{ ports: [{ port: 32000, endPort: 32768 }] }] })]).ports(
        'y/a',
        'x/a',
      ),
    ).toBe('TCP 32000-32768');
  });
  it('endPort with a named port is rejected', () => {
    expect(
      evaluateObjects([...world, policy('x', 'p', { ingress: [{ ports: [{ port: 'http', endPort: 90 }] }] })]).codes(),
    ).toContain('INVALID_END_PORT');
  });
  it('endPort below port is rejected', () => {
    expect(
      evaluateObjects([...world, policy('x', 'p', { ingress: [{ ports: [{ port: 90, endPort: 80 }] }] })]).codes(),
    ).toContain('INVALID_END_PORT');
  });
  it('a port outside 1–65535 is rejected', () => {
    expect(
      evaluateObjects([...world, policy('x', 'p', { ingress: [{ ports: [{ port: 70000 }] }] })]).codes(),
    ).toContain('INVALID_PORT');
  });
  it('a protocol other than TCP, UDP and SCTP is rejected', () => {
    expect(
      evaluateObjects([...world, policy('x', 'p', { ingress: [{ ports: [{ port: 80, protocol: 'ICMP' }] }] })]).codes(),
    ).toContain('INVALID_PORT');
  });
});

describe('§2.10 ipBlock', () => {
  const egressTo = (...to: object[]) =>
    policy('x', 'p', { podSelector: {}, policyTypes: ['Egress'], egress: [{ to }] });
  it('matches addresses inside cidr and outside every except', () => {
    const r = evaluateObjects([...world, egressTo({ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } })]);
    expect(r.ports('x/a', '10.2.3.4')).toBe('all');
    expect(r.ports('x/a', '10.1.2.3')).toBe('none');
    expect(r.ports('x/a', '11.0.0.1')).toBe('none');
  });
  it('an address excluded by one ipBlock is still allowed by another', () => {
    const r = evaluateObjects([
      ...world,
      egressTo({ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }, { ipBlock: { cidr: '10.1.2.0/24' } }),
    ]);
    expect(r.ports('x/a', '10.1.2.3')).toBe('all');
    expect(r.ports('x/a', '10.1.3.3')).toBe('none');
  });
  it('IPv6 blocks match IPv6 addresses only', () => {
    const r = evaluateObjects([...world, egressTo({ ipBlock: { cidr: '2001:db8::/32' } })]);
    expect(r.ports('x/a', '2001:db8::1')).toBe('all');
    expect(r.ports('x/a', '2001:db9::1')).toBe('none');
    expect(r.ports('x/a', '32.1.13.184')).toBe('none');
  });
  it('ipBlocks do not match pods by default', () => {
    const r = evaluateObjects([
      x,
      y,
      pod('x', 'client', { app: 'c' }, ['10.244.1.5']),
      pod('y', 'server', { app: 's' }, ['10.244.2.7']),
      policy('x', 'p', {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [{ to: [{ ipBlock: { cidr: '10.244.0.0/16' } }] }],
      }),
    ]);
    expect(r.ports('x/client', 'y/server')).toBe('none');
  });
  it('with ipblock-selects-pods, an ipBlock matches pods whose IP it covers', () => {
    const objects = [
      x,
      y,
      pod('x', 'client', { app: 'c' }, ['10.244.1.5']),
      pod('y', 'server', { app: 's' }, ['10.244.2.7']),
      pod('y', 'other', { app: 'o' }, ['10.245.0.1']),
      policy('x', 'p', {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [{ to: [{ ipBlock: { cidr: '10.244.0.0/16' } }] }],
      }),
    ];
    const r = evaluateObjects(objects, { ipBlockSelectsPods: true });
    expect(r.ports('x/client', 'y/server')).toBe('all');
    expect(r.ports('x/client', 'y/other')).toBe('none');
  });
  it('with ipblock-selects-pods, a workload without a known IP matches when the ipBlock covers every pod CIDR', () => {
    const objects = [...world, egressTo({ ipBlock: { cidr: '10.0.0.0/8' } })];
    const covered = evaluateObjects(objects, {
      ipBlockSelectsPods: true,
      podCidrs: [{ family: 4, first: 0x0af40000n, last: 0x0af4ffffn }],
    });
    expect(covered.ports('x/a', 'y/a')).toBe('all');
    const unknown = evaluateObjects(objects, { ipBlockSelectsPods: true });
    expect(unknown.ports('x/a', 'y/a')).toBe('none');
    expect(unknown.codes()).toContain('POD_IP_UNKNOWN');
  });
  it('a cidr with host bits set is masked and warned about', () => {
    const r = evaluateObjects([...world, egressTo({ ipBlock: { cidr: '10.1.2.3/8' } })]);
    expect(r.ports('x/a', '10.200.0.1')).toBe('all');
    expect(r.codes()).toContain('NON_CANONICAL_CIDR');
  });
  it('an invalid cidr is rejected', () => {
    expect(evaluateObjects([...world, egressTo({ ipBlock: { cidr: '10.0.0.0/33' } })]).codes()).toContain(
      'INVALID_CIDR',
    );
  });
  it('an except outside its cidr is rejected', () => {
    expect(
      evaluateObjects([...world, egressTo({ ipBlock: { cidr: '10.0.0.0/16', except: ['10.1.0.0/24'] } })]).codes(),
    ).toContain('EXCEPT_OUTSIDE_CIDR');
  });
  it('a named port towards an ipBlock matches nothing and is warned about', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'p', {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [{ to: [{ ipBlock: { cidr: '1.0.0.0/8' } }], ports: [{ port: 'https' }] }],
      }),
    ]);
    expect(r.ports('x/a', '1.1.1.1')).toBe('none');
    expect(r.codes()).toContain('NAMED_PORT_EXTERNAL');
  });
});

describe('§2.13 hostNetwork pods', () => {
  it('hostNetwork pods are not selected by pod selectors, as subjects or peers', () => {
    const r = evaluateObjects([
      x,
      y,
      deployment('x', 'agent', { app: 'agent' }, [], { hostNetwork: true }),
      web('x', 'a'),
      web('y', 'b'),
      policy('x', 'p', { podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] }),
    ]);
    expect(r.ports('y/b', 'x/agent')).toBe('all');
    expect(r.ports('x/agent', 'x/a')).toBe('none');
    expect(r.codes()).toContain('HOST_NETWORK');
  });
});

describe('decisions table', () => {
  it('a workload talking to itself is a pair like any other', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'p', { podSelector: {}, ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'a' } } }] }] }),
    ]);
    expect(r.ports('x/a', 'x/a')).toBe('all');
    expect(r.ports('x/b', 'x/b')).toBe('none');
  });
  it('a rejected policy is left out and the rest is evaluated', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'bad', { ingress: [{ ports: [{ port: 0 }] }] }),
      policy('y', 'good', {}),
    ]);
    expect(r.ports('x/a', 'x/b')).toBe('all');
    expect(r.ports('x/a', 'y/a')).toBe('none');
  });
  it('a Pod with a controller ownerReference belongs to its owner', () => {
    const owned = {
      ...(pod('x', 'web-7d9c-abcde', { app: 'web' }, ['10.244.0.9']) as { metadata: Record<string, unknown> }),
    };
    owned.metadata.ownerReferences = [
      { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d9c', controller: true },
    ];
    const rs = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: 'web-7d9c',
        namespace: 'x',
        ownerReferences: [{ kind: 'Deployment', name: 'web', controller: true }],
      },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'x' }] } },
      },
    };
    const r = evaluateObjects([x, deployment('x', 'web', { app: 'web' }), rs, owned]);
    const ids = r.conn.universe.endpoints.filter((e) => e.type === 'workload').map((e) => e.id);
    expect(ids).toEqual(['x/web']);
    expect(r.model.workloads[0]?.ips).toEqual(['10.244.0.9']);
  });
});
