// One test per rule of SEMANTICS §5 (CiliumNetworkPolicy, CiliumClusterwideNetworkPolicy),
// named after the rule.
import { describe, expect, it } from 'vitest';
import { restrictedPorts } from '../../src/engine/pair.js';
import { listPorts } from '../../src/report/port-text.js';
import {
  ciliumClusterwidePolicy,
  ciliumPolicy,
  deployment,
  namespace,
  pod,
  policy,
  service,
} from '../helpers/manifests.js';
import { evaluateObjects } from '../helpers/verdicts.js';

const world = [
  namespace('x', { team: 'blue' }),
  namespace('y', { team: 'red' }),
  deployment('x', 'a', { app: 'a' }, [
    { name: 'http', containerPort: 8080 },
    { name: 'dns', containerPort: 53, protocol: 'UDP' },
  ]),
  deployment('x', 'b', { app: 'b' }),
  deployment('y', 'a', { app: 'a' }),
  deployment('y', 'c', { app: 'c', role: 'client' }),
];
const toA = (ingress: object[], extra: object = {}) =>
  ciliumPolicy('x', 'p', { endpointSelector: { matchLabels: { app: 'a' } }, ingress, ...extra });

describe('§5.1 subjects and selectors', () => {
  it('endpointSelector keys may carry the k8s: or any: prefix', () => {
    const r = evaluateObjects([
      ...world,
      ciliumPolicy('x', 'p', {
        endpointSelector: { matchLabels: { 'k8s:app': 'a' } },
        ingress: [{ fromEndpoints: [{ matchLabels: { 'any:app': 'b' } }] }],
      }),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
    expect(r.ports('y/c', 'x/a')).toBe('none');
  });
  it('a CiliumNetworkPolicy selects pods of its own namespace only', () => {
    const r = evaluateObjects([...world, toA([{ fromEndpoints: [{ matchLabels: { app: 'b' } }] }])]);
    expect(r.ports('y/c', 'x/a')).toBe('none');
    expect(r.ports('x/b', 'y/a')).toBe('all');
  });
  it('fromEndpoints: [{}] in a namespaced policy means the pods of its namespace', () => {
    const r = evaluateObjects([...world, toA([{ fromEndpoints: [{}] }])]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
    expect(r.ports('y/c', 'x/a')).toBe('none');
  });
  it('fromEndpoints: [{}] in a clusterwide policy means every pod of the cluster', () => {
    const r = evaluateObjects([
      ...world,
      ciliumClusterwidePolicy('p', {
        endpointSelector: { matchLabels: { app: 'a' } },
        ingress: [{ fromEndpoints: [{}] }],
      }),
    ]);
    expect(r.ports('y/c', 'x/a')).toBe('all');
    expect(r.ports('y/c', 'y/a')).toBe('all');
    expect(r.ports('8.8.8.8', 'x/a')).toBe('none');
  });
  it('the namespace label k8s:io.kubernetes.pod.namespace lifts the namespace scoping of a peer', () => {
    const r = evaluateObjects([
      ...world,
      toA([{ fromEndpoints: [{ matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'y', role: 'client' } }] }]),
    ]);
    expect(r.ports('y/c', 'x/a')).toBe('all');
    expect(r.ports('y/a', 'x/a')).toBe('none');
    expect(r.ports('x/b', 'x/a')).toBe('none');
  });
  it('namespace-label selectors (io.cilium.k8s.namespace.labels.*) select by the namespace’s labels', () => {
    const r = evaluateObjects([
      ...world,
      toA([{ fromEndpoints: [{ matchLabels: { 'io.cilium.k8s.namespace.labels.team': 'red' } }] }]),
    ]);
    expect(r.ports('y/c', 'x/a')).toBe('all');
    expect(r.ports('x/b', 'x/a')).toBe('none');
  });
});

describe('§5.2 default deny', () => {
  it('a non-empty ingress section isolates ingress only', () => {
    const r = evaluateObjects([...world, toA([{ fromEndpoints: [{ matchLabels: { app: 'b' } }] }])]);
    expect(r.ports('x/a', 'y/a')).toBe('all');
    expect(r.ports('y/c', 'x/a')).toBe('none');
  });
  it('an empty or absent section does not isolate', () => {
    const r = evaluateObjects([...world, ciliumPolicy('x', 'p', { endpointSelector: {}, ingress: [], egress: [] })]);
    expect(r.ports('y/c', 'x/a')).toBe('all');
    expect(r.ports('x/a', 'y/c')).toBe('all');
  });
  it('an ingressDeny section also isolates ingress', () => {
    const r = evaluateObjects([
      ...world,
      toA([], { ingressDeny: [{ fromEndpoints: [{ matchLabels: { app: 'b' } }] }] }),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('none');
    expect(r.ports('y/c', 'x/a')).toBe('none');
  });
  it('enableDefaultDeny: false keeps the endpoint open but for its deny rules', () => {
    const r = evaluateObjects([
      ...world,
      toA([], {
        enableDefaultDeny: { ingress: false },
        ingressDeny: [{ fromEndpoints: [{ matchLabels: { app: 'b' } }] }],
      }),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('none');
    expect(r.ports('y/c', 'x/a')).toBe('all');
  });
  it('a Kubernetes NetworkPolicy and a CiliumNetworkPolicy selecting one pod add up', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'np', {
        podSelector: { matchLabels: { app: 'a' } },
        ingress: [{ from: [{ podSelector: { matchLabels: { app: 'b' } } }] }],
      }),
      toA([
        {
          fromEndpoints: [{ matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'y' } }],
          toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }],
        },
      ]),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
    expect(r.ports('y/c', 'x/a')).toBe('TCP 8080');
  });
  it('the rules of spec and specs are united', () => {
    const r = evaluateObjects([
      ...world,
      ciliumPolicy('x', 'p', [
        {
          endpointSelector: { matchLabels: { app: 'a' } },
          ingress: [{ fromEndpoints: [{ matchLabels: { app: 'b' } }] }],
        },
        { endpointSelector: { matchLabels: { app: 'a' } }, ingress: [{ fromEntities: ['world'] }] },
      ]),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
    expect(r.ports('8.8.8.8', 'x/a')).toBe('all');
    expect(r.ports('y/c', 'x/a')).toBe('none');
  });
});

describe('§5.3 peers', () => {
  it('an empty rule (ingress: [{}]) selects no peer: default deny only, unlike NetworkPolicy (#9)', () => {
    const r = evaluateObjects([...world, toA([{}])]);
    expect(r.ports('y/c', 'x/a')).toBe('none');
    expect(r.ports('x/b', 'x/a')).toBe('none');
    expect(r.ports('8.8.8.8', 'x/a')).toBe('none');
    // The pods it does not select keep their default allow.
    expect(r.ports('y/c', 'x/b')).toBe('all');
  });
  it('an empty egress rule (egress: [{}]) on role: restricted denies all egress (#9)', () => {
    const r = evaluateObjects([
      ...world,
      ciliumPolicy('y', 'deny-egress', { endpointSelector: { matchLabels: { role: 'client' } }, egress: [{}] }),
    ]);
    expect(r.ports('y/c', 'x/a')).toBe('none');
    expect(r.ports('y/c', '8.8.8.8')).toBe('none');
    expect(r.ports('y/a', 'x/a')).toBe('all');
  });
  it('an empty rule beside an allowing rule adds nothing to it (#9)', () => {
    const r = evaluateObjects([...world, toA([{}, { fromEndpoints: [{ matchLabels: { app: 'b' } }] }])]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
    expect(r.ports('y/c', 'x/a')).toBe('none');
  });
  it('an empty deny rule (ingressDeny: [{}]) denies nothing but turns on default deny (#9)', () => {
    const r = evaluateObjects([
      ...world,
      toA([{ fromEndpoints: [{ matchLabels: { app: 'b' } }] }], { ingressDeny: [{}] }),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
    expect(r.ports('y/c', 'x/a')).toBe('none');
  });
  it('a rule with only toPorts allows any peer on those ports', () => {
    expect(
      evaluateObjects([...world, toA([{ toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }] }])]).ports(
        'y/c',
        'x/a',
      ),
    ).toBe('TCP 8080');
  });
  it('fromEndpoints: [] selects nothing, unlike NetworkPolicy from: []', () => {
    const r = evaluateObjects([...world, toA([{ fromEndpoints: [] }])]);
    expect(r.ports('x/b', 'x/a')).toBe('none');
  });
  it('the L3 members of a rule are united', () => {
    const r = evaluateObjects([
      ...world,
      toA([{ fromEndpoints: [{ matchLabels: { app: 'b' } }], fromCIDR: ['8.8.8.0/24'] }]),
    ]);
    expect(r.ports('x/b', 'x/a')).toBe('all');
    expect(r.ports('8.8.8.8', 'x/a')).toBe('all');
  });
  it('fromCIDRSet matches addresses outside the cluster, less its excepts, and never pods', () => {
    const objects = [
      namespace('x'),
      pod('x', 'a', { app: 'a' }, ['10.1.2.3']),
      pod('x', 'b', { app: 'b' }, ['10.1.9.9']),
      toA([{ fromCIDRSet: [{ cidr: '10.0.0.0/8', except: ['10.2.0.0/16'] }] }]),
    ];
    const r = evaluateObjects(objects, { ipBlockSelectsPods: true });
    expect(r.ports('10.3.0.1', 'x/a')).toBe('all');
    expect(r.ports('10.2.0.1', 'x/a')).toBe('none');
    expect(r.ports('x/b', 'x/a')).toBe('none');
  });
  it('entities: world is outside the cluster, cluster is every pod and node, all is everything', () => {
    const worldOnly = evaluateObjects([...world, toA([{ fromEntities: ['world'] }])]);
    expect([
      worldOnly.ports('8.8.8.8', 'x/a'),
      worldOnly.ports('y/c', 'x/a'),
      worldOnly.ports('entity:remote-node', 'x/a'),
    ]).toEqual(['all', 'none', 'none']);
    const cluster = evaluateObjects([...world, toA([{ fromEntities: ['cluster'] }])]);
    expect([
      cluster.ports('8.8.8.8', 'x/a'),
      cluster.ports('y/c', 'x/a'),
      cluster.ports('entity:remote-node', 'x/a'),
    ]).toEqual(['none', 'all', 'all']);
    const all = evaluateObjects([...world, toA([{ fromEntities: ['all'] }])]);
    expect([all.ports('8.8.8.8', 'x/a'), all.ports('y/c', 'x/a')]).toEqual(['all', 'all']);
  });
  it('toEntities kube-apiserver reaches the API server entity only', () => {
    const r = evaluateObjects([
      ...world,
      ciliumPolicy('x', 'p', { endpointSelector: {}, egress: [{ toEntities: ['kube-apiserver'] }] }),
    ]);
    expect(r.ports('x/a', 'entity:kube-apiserver')).toBe('all');
    expect(r.ports('x/a', 'entity:host')).toBe('none');
    expect(r.ports('x/a', 'y/a')).toBe('none');
  });
  it('the local node may always reach its pods', () => {
    expect(evaluateObjects([...world, toA([{ fromEndpoints: [] }])]).ports('entity:host', 'x/a')).toBe('all');
  });
  it('toServices reaches the pods behind the Service', () => {
    const r = evaluateObjects([
      ...world,
      service('y', 'client', { role: 'client' }),
      ciliumPolicy('x', 'p', {
        endpointSelector: {},
        egress: [{ toServices: [{ k8sService: { serviceName: 'client', namespace: 'y' } }] }],
      }),
    ]);
    expect(r.ports('x/a', 'y/c')).toBe('all');
    expect(r.ports('x/a', 'y/a')).toBe('none');
  });
  it('toServices on a Service without a selector matches nothing and is reported', () => {
    const r = evaluateObjects([
      ...world,
      service('y', 'external', undefined),
      ciliumPolicy('x', 'p', {
        endpointSelector: {},
        egress: [{ toServices: [{ k8sService: { serviceName: 'external', namespace: 'y' } }] }],
      }),
    ]);
    expect(r.codes()).toContain('UNDECIDABLE_PEER');
  });
  it('toFQDNs names an endpoint of its own, allowed depending on DNS', () => {
    const r = evaluateObjects([
      ...world,
      ciliumPolicy('x', 'p', {
        endpointSelector: {},
        egress: [{ toFQDNs: [{ matchName: 'cilium.io' }], toPorts: [{ ports: [{ port: '443', protocol: 'TCP' }] }] }],
      }),
    ]);
    expect(r.ports('x/a', 'dns:cilium.io')).toBe('TCP 443');
    const src = r.conn.universe.indexById.get('x/a') as number;
    const dst = r.conn.universe.indexById.get('dns:cilium.io') as number;
    expect(listPorts(restrictedPorts(r.conn, src, dst))).toBe('TCP 443');
    expect(r.ports('x/a', '8.8.8.8')).toBe('none');
  });
});

describe('§5.4 ports and L7', () => {
  it('a port without protocol means every protocol (ANY)', () => {
    expect(evaluateObjects([...world, toA([{ toPorts: [{ ports: [{ port: '53' }] }] }])]).ports('y/c', 'x/a')).toBe(
      'TCP 53; UDP 53; SCTP 53',
    );
  });
  it('port "0" means every port, endPort a range, a name the destination’s named port', () => {
    const r = evaluateObjects([
      ...world,
      toA([
        {
          toPorts: [
            {
              ports: [
                { port: '0', protocol: 'UDP' },
                { port: '9000', endPort: 9100, protocol: 'TCP' },
                { port: 'http', protocol: 'TCP' },
              ],
            },
          ],
        },
      ]),
    ]);
    expect(r.ports('y/c', 'x/a')).toBe('TCP 8080,9000-9100; UDP');
  });
  it('L7 rules allow the port at L4 but only for the requests they list', () => {
    const r = evaluateObjects([
      ...world,
      toA([
        {
          toPorts: [
            { ports: [{ port: '8080', protocol: 'TCP' }], rules: { http: [{ method: 'GET', path: '/metrics' }] } },
          ],
        },
      ]),
    ]);
    expect(r.ports('y/c', 'x/a')).toBe('TCP 8080');
    const src = r.conn.universe.indexById.get('y/c') as number;
    const dst = r.conn.universe.indexById.get('x/a') as number;
    expect(listPorts(restrictedPorts(r.conn, src, dst))).toBe('TCP 8080');
    expect(r.model.policies[0]?.rules[0]?.restriction).toBe('HTTP GET /metrics');
  });
  it('the restriction text tells HTTP rules apart by method, path, host and headers', () => {
    const r = evaluateObjects([
      ...world,
      toA([
        {
          toPorts: [
            {
              ports: [{ port: '8080', protocol: 'TCP' }],
              rules: {
                http: [
                  {
                    method: 'PUT',
                    path: '/v1/exhaust-port',
                    host: 'api.example.com',
                    headers: ['X-Has-Force: True'],
                    headerMatches: [{ name: 'X-Token', value: 'a', mismatch: 'LOG' }],
                  },
                  {},
                ],
              },
            },
          ],
        },
      ]),
    ]);
    expect(r.model.policies[0]?.rules[0]?.restriction).toBe(
      'HTTP PUT /v1/exhaust-port on api.example.com with headers X-Has-Force: True, X-Token: a (on mismatch LOG) or HTTP any method any path',
    );
  });
  it('a header matched against a secret is named by the secret, never by a value', () => {
    const r = evaluateObjects([
      ...world,
      toA([
        {
          toPorts: [
            {
              ports: [{ port: '8080', protocol: 'TCP' }],
              rules: {
                http: [
                  {
                    method: 'GET',
                    headerMatches: [{ name: 'Authorization', secret: { namespace: 'x', name: 'token' } }],
                  },
                ],
              },
            },
          ],
        },
      ]),
    ]);
    expect(r.model.policies[0]?.rules[0]?.restriction).toBe(
      'HTTP GET any path with headers Authorization: the value of secret x/token',
    );
  });
  it('the restriction text names DNS patterns and Kafka rules', () => {
    const r = evaluateObjects([
      ...world,
      toA([
        {
          toPorts: [
            {
              ports: [{ port: '53', protocol: 'UDP' }],
              rules: { dns: [{ matchName: 'db.example.com' }, { matchPattern: '*.internal.example.com' }] },
            },
          ],
        },
        {
          toPorts: [
            {
              ports: [{ port: '9092', protocol: 'TCP' }],
              rules: { kafka: [{ role: 'produce', topic: 'orders', clientID: 'shop' }] },
            },
          ],
        },
      ]),
    ]);
    expect(r.model.policies[0]?.rules.map((rule) => rule.restriction)).toEqual([
      'DNS db.example.com or *.internal.example.com',
      'Kafka produce client shop topic orders',
    ]);
  });
  it('an unrestricted rule on the same port lifts the restriction', () => {
    const r = evaluateObjects([
      ...world,
      toA([
        { toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }], rules: { http: [{ method: 'GET' }] } }] },
        { fromEndpoints: [{ matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'y' } }] },
      ]),
    ]);
    const src = r.conn.universe.indexById.get('y/c') as number;
    const dst = r.conn.universe.indexById.get('x/a') as number;
    expect(listPorts(restrictedPorts(r.conn, src, dst))).toBe('');
  });
});

describe('§5.5 deny rules', () => {
  it('ingressDeny beats allows of every kind', () => {
    const r = evaluateObjects([
      ...world,
      policy('x', 'np', { podSelector: {}, ingress: [{}] }),
      toA([{}], {
        ingressDeny: [
          {
            fromEndpoints: [{ matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'y' } }],
            toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }],
          },
        ],
      }),
    ]);
    expect(r.ports('y/c', 'x/a')).toBe('TCP 1-8079,8081-65535; UDP; SCTP');
    expect(r.ports('x/b', 'x/a')).toBe('all');
  });
  it('an except of a deny CIDR set is not denied (nor allowed by it)', () => {
    const r = evaluateObjects([
      ...world,
      ciliumPolicy('x', 'p', {
        endpointSelector: {},
        egress: [{ toEntities: ['world'] }],
        egressDeny: [{ toCIDRSet: [{ cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] }] }],
      }),
    ]);
    expect(r.ports('x/a', '10.2.0.1')).toBe('none');
    expect(r.ports('x/a', '10.1.0.1')).toBe('all');
  });
});

describe('out of scope', () => {
  it('a host policy (nodeSelector) is reported and not evaluated', () => {
    const r = evaluateObjects([
      ...world,
      ciliumClusterwidePolicy('host', { nodeSelector: {}, ingress: [{ fromEntities: ['cluster'] }] }),
    ]);
    expect(r.codes()).toContain('UNSUPPORTED_POLICY');
    expect(r.ports('y/c', 'x/a')).toBe('all');
  });
  it('an unknown entity is rejected', () => {
    expect(evaluateObjects([...world, toA([{ fromEntities: ['moon'] }])]).codes()).toContain('INVALID_FIELD');
  });
});
