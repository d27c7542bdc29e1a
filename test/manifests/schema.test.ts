// Unknown and misspelt fields (issue 9, item 2): kubectl's default strict field validation
// refuses them, so the cluster never gets the object; netreach refuses it too, at the field's
// line, instead of dropping the field and widening the rule. Valid objects of every kind pass.
import { describe, expect, it } from 'vitest';
import { KNOWN_KINDS, collectObjects, needsPositions } from '../../src/manifests/kubernetes-objects.js';
import { createDocumentParser } from '../../src/manifests/parse-documents.js';
import { nearestName } from '../../src/manifests/schema/nearest-name.js';
import { buildCluster } from '../../src/policies/build-cluster.js';

const parse = createDocumentParser({ keepPositions: needsPositions });

function read(text: string) {
  const model = buildCluster([{ path: 'm.yaml', text }], { parse, defaultNamespace: 'default' });
  return {
    unknown: model.diagnostics.filter((d) => d.code === 'UNKNOWN_FIELD').map((d) => d.line),
    policies: model.policies.map((p) => p.origin.name),
    workloads: model.workloads.map((w) => w.name),
  };
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('an unknown field refuses its object, at the field’s line (#9)', () => {
  it('a NetworkPolicy rule with port: instead of ports: is refused, not read as every port (#9)', () => {
    const r = read(
      lines(
        'apiVersion: networking.k8s.io/v1',
        'kind: NetworkPolicy',
        'metadata: {name: api, namespace: shop}',
        'spec:',
        '  podSelector: {}',
        '  ingress:',
        '    - from: [{podSelector: {}}]',
        '      port:',
        '        - port: 80',
        '---',
        'apiVersion: networking.k8s.io/v1',
        'kind: NetworkPolicy',
        'metadata: {name: still-evaluated, namespace: shop}',
        'spec: {podSelector: {}}',
      ),
    );
    expect(r.unknown).toEqual([8]);
    expect(r.policies).toEqual(['still-evaluated']);
  });

  it('a v1alpha2 ClusterNetworkPolicy with v1alpha1 ports: [{portNumber}] is refused (#9)', () => {
    const r = read(
      lines(
        'apiVersion: policy.networking.k8s.io/v1alpha2',
        'kind: ClusterNetworkPolicy',
        'metadata: {name: egress-tcp}',
        'spec:',
        '  tier: Admin',
        '  priority: 6',
        '  subject: {namespaces: {}}',
        '  egress:',
        '    - action: Deny',
        '      to: [{namespaces: {}}]',
        '      ports:',
        '        - portNumber: {protocol: TCP, port: 80}',
      ),
    );
    expect(r.unknown).toEqual([11]);
    expect(r.policies).toEqual([]);
  });

  it('a Cilium toPort: typo is refused (#9)', () => {
    const r = read(
      lines(
        'apiVersion: cilium.io/v2',
        'kind: CiliumNetworkPolicy',
        'metadata: {name: web, namespace: shop}',
        'spec:',
        '  endpointSelector: {matchLabels: {app: web}}',
        '  ingress:',
        '    - fromEndpoints: [{matchLabels: {app: lb}}]',
        '      toPort:',
        '        - ports: [{port: "443", protocol: TCP}]',
      ),
    );
    expect(r.unknown).toEqual([8]);
    expect(r.policies).toEqual([]);
  });

  it('hostnetwork in a Deployment’s pod spec refuses the Deployment (#9)', () => {
    const r = read(
      lines(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: web, namespace: shop}',
        'spec:',
        '  selector: {matchLabels: {app: web}}',
        '  template:',
        '    metadata: {labels: {app: web}}',
        '    spec:',
        '      hostnetwork: true',
        '      containers: [{name: web, image: nginx}]',
      ),
    );
    // A document that will be refused keeps its node positions: the field's own line.
    expect(r.unknown).toEqual([9]);
    expect(r.workloads).toEqual([]);
  });

  it('containerport in a container port refuses the workload, at the field’s line inside a List (#9)', () => {
    const r = read(
      lines(
        'apiVersion: v1',
        'kind: List',
        'items:',
        '  - apiVersion: v1',
        '    kind: Pod',
        '    metadata: {name: web, namespace: shop, labels: {app: web}}',
        '    spec:',
        '      containers:',
        '        - name: web',
        '          image: nginx',
        '          ports:',
        '            - containerport: 8080',
        '              name: http',
      ),
    );
    expect(r.unknown).toEqual([12]);
    expect(r.workloads).toEqual([]);
  });

  it('a peer field the API lacks (an old network-policy-api shape) refuses the policy (#9)', () => {
    const r = read(
      lines(
        'apiVersion: policy.networking.k8s.io/v1alpha1',
        'kind: AdminNetworkPolicy',
        'metadata: {name: anp1}',
        'spec:',
        '  priority: 10',
        '  subject: {namespaces: {}}',
        '  ingress:',
        '    - action: Deny',
        '      from:',
        '        - namespaces:',
        '            namespaceSelector: {matchLabels: {team: red}}',
      ),
    );
    expect(r.unknown).toEqual([11]);
    expect(r.policies).toEqual([]);
  });

  it('a field named like a property of every JavaScript object is unknown too (#9)', () => {
    const r = read(
      lines('apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: shop', '  constructor: x', '  __proto__: y'),
    );
    expect(r.unknown).toHaveLength(2);
  });

  it('more than five unknown fields give five diagnostics and one that counts the rest (#9)', () => {
    const extra = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'].map((f) => `  ${f}: 1`);
    const r = read(
      lines(
        'apiVersion: networking.k8s.io/v1',
        'kind: NetworkPolicy',
        'metadata: {name: p, namespace: shop}',
        'spec:',
        '  podSelector: {}',
        ...extra,
      ),
    );
    expect(r.unknown).toEqual([6, 7, 8, 9, 10, 1]);
  });

  it('every kind netreach reads is checked (#9)', () => {
    for (const [kind, versions] of Object.entries(KNOWN_KINDS)) {
      const text = JSON.stringify({
        apiVersion: versions[0],
        kind,
        metadata: { name: 'n', namespace: 'shop' },
        spek: {},
      });
      const codes = collectObjects(parse({ path: 'k.json', text }).documents).diagnostics.map((d) => d.code);
      expect([kind, codes]).toEqual([kind, ['UNKNOWN_FIELD']]);
    }
  });
});

describe('the nearest known name is suggested (#9)', () => {
  it('names the field a typo most likely meant, ignoring case (#9)', () => {
    expect(nearestName('port', ['from', 'ports'])).toBe('ports');
    expect(nearestName('toPort', ['fromEndpoints', 'toPorts', 'icmps'])).toBe('toPorts');
    expect(nearestName('hostnetwork', ['hostPID', 'hostNetwork', 'hostIPC'])).toBe('hostNetwork');
    expect(nearestName('containerport', ['name', 'hostPort', 'containerPort'])).toBe('containerPort');
    expect(nearestName('namspace', ['name', 'namespace'])).toBe('namespace');
  });
  it('suggests nothing when no known name is close (#9)', () => {
    expect(nearestName('ports', ['name', 'action', 'to', 'protocols'])).toBeUndefined();
    expect(nearestName('to', ['tcp', 'udp'])).toBeUndefined();
  });
});

/** Realistic objects of every kind, shaped after the upstream documentation and examples. */
const VALID: readonly object[] = [
  {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: 'shop', labels: { team: 'shop' }, annotations: { a: 'b' } },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'api', namespace: 'shop' },
    spec: {
      type: 'ClusterIP',
      selector: { app: 'api' },
      ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 'http', appProtocol: 'http' }],
      sessionAffinity: 'None',
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
    },
    status: { loadBalancer: {} },
  },
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'api-1',
      namespace: 'shop',
      labels: { app: 'api' },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          name: 'api-5d9',
          uid: 'u',
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
      creationTimestamp: null,
      uid: 'x',
      resourceVersion: '1',
    },
    spec: {
      containers: [
        {
          name: 'api',
          image: 'api:1',
          ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
          resources: { limits: { cpu: '1' } },
          readinessProbe: { httpGet: { path: '/', port: 'http' } },
          env: [{ name: 'A', value: 'b' }],
          securityContext: { runAsNonRoot: true },
        },
      ],
      initContainers: [{ name: 'init', image: 'busybox', command: ['true'], restartPolicy: 'Always' }],
      volumes: [{ name: 'v', emptyDir: {} }],
      serviceAccountName: 'api',
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      tolerations: [{ key: 'k', operator: 'Exists' }],
      affinity: { podAntiAffinity: {} },
      dnsPolicy: 'ClusterFirst',
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
    },
    status: { phase: 'Running', podIP: '10.0.0.5', podIPs: [{ ip: '10.0.0.5' }] },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'api', namespace: 'shop' },
    spec: {
      replicas: 2,
      revisionHistoryLimit: 3,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } },
      selector: { matchLabels: { app: 'api' } },
      template: {
        metadata: { labels: { app: 'api' }, annotations: { x: 'y' } },
        spec: { hostNetwork: false, containers: [{ name: 'api', image: 'api:1', ports: [{ containerPort: 8080 }] }] },
      },
    },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'db', namespace: 'shop' },
    spec: {
      serviceName: 'db',
      replicas: 3,
      podManagementPolicy: 'Parallel',
      selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['db'] }] },
      template: {
        metadata: { labels: { app: 'db' } },
        spec: {
          containers: [
            {
              name: 'db',
              image: 'postgres',
              ports: [{ name: 'pg', containerPort: 5432 }],
              volumeMounts: [{ name: 'data', mountPath: '/d' }],
            },
          ],
        },
      },
      volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'] } }],
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain' },
    },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'agent', namespace: 'kube-system' },
    spec: {
      selector: { matchLabels: { app: 'agent' } },
      updateStrategy: { type: 'RollingUpdate' },
      template: {
        metadata: { labels: { app: 'agent' } },
        spec: {
          hostNetwork: true,
          hostPID: true,
          priorityClassName: 'system-node-critical',
          containers: [{ name: 'a', image: 'a', ports: [{ containerPort: 9100, hostPort: 9100, name: 'metrics' }] }],
        },
      },
    },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'api-5d9', namespace: 'shop' },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'api' } },
      template: { metadata: { labels: { app: 'api' } }, spec: { containers: [{ name: 'api', image: 'api:1' }] } },
    },
  },
  {
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: { name: 'legacy', namespace: 'shop' },
    spec: {
      replicas: 1,
      selector: { app: 'legacy' },
      template: { metadata: { labels: { app: 'legacy' } }, spec: { containers: [{ name: 'l', image: 'l' }] } },
    },
  },
  {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'migrate', namespace: 'shop' },
    spec: {
      backoffLimit: 4,
      ttlSecondsAfterFinished: 100,
      template: { spec: { restartPolicy: 'Never', containers: [{ name: 'm', image: 'm', args: ['up'] }] } },
    },
  },
  {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'report', namespace: 'shop' },
    spec: {
      schedule: '0 * * * *',
      timeZone: 'Etc/UTC',
      concurrencyPolicy: 'Forbid',
      successfulJobsHistoryLimit: 1,
      jobTemplate: {
        metadata: { labels: { app: 'report' } },
        spec: {
          template: {
            metadata: { labels: { app: 'report' } },
            spec: { restartPolicy: 'OnFailure', containers: [{ name: 'r', image: 'r' }] },
          },
        },
      },
    },
  },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'test-network-policy', namespace: 'default' },
    spec: {
      podSelector: { matchLabels: { role: 'db' } },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [
        {
          from: [
            { ipBlock: { cidr: '172.17.0.0/16', except: ['172.17.1.0/24'] } },
            { namespaceSelector: { matchLabels: { project: 'myproject' } } },
            { podSelector: { matchLabels: { role: 'frontend' } } },
          ],
          ports: [{ protocol: 'TCP', port: 6379 }],
        },
      ],
      egress: [
        { to: [{ ipBlock: { cidr: '10.0.0.0/24' } }], ports: [{ protocol: 'TCP', port: 32000, endPort: 32768 }] },
      ],
    },
  },
  {
    apiVersion: 'policy.networking.k8s.io/v1alpha1',
    kind: 'AdminNetworkPolicy',
    metadata: { name: 'cluster-control' },
    spec: {
      priority: 34,
      subject: { namespaces: {} },
      ingress: [
        {
          name: 'allow-from-monitoring',
          action: 'Allow',
          from: [{ namespaces: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }],
        },
        {
          name: 'pass',
          action: 'Pass',
          from: [{ pods: { namespaceSelector: {}, podSelector: { matchLabels: { app: 'x' } } } }],
          ports: [
            { portNumber: { protocol: 'TCP', port: 80 } },
            { portRange: { protocol: 'UDP', start: 1, end: 9 } },
            { namedPort: 'dns' },
          ],
        },
      ],
      egress: [
        {
          name: 'deny-kapi',
          action: 'Deny',
          to: [{ nodes: { matchExpressions: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists' }] } }],
        },
        { name: 'allow-fqdn', action: 'Allow', to: [{ domainNames: ['*.example.com'] }, { networks: ['10.0.0.0/8'] }] },
      ],
    },
    status: {
      conditions: [
        {
          type: 'Ready',
          status: 'True',
          reason: 'r',
          message: 'm',
          lastTransitionTime: '2024-01-01T00:00:00Z',
          observedGeneration: 1,
        },
      ],
    },
  },
  {
    apiVersion: 'policy.networking.k8s.io/v1alpha1',
    kind: 'BaselineAdminNetworkPolicy',
    metadata: { name: 'default' },
    spec: {
      subject: { namespaces: {} },
      ingress: [{ name: 'default-deny', action: 'Deny', from: [{ namespaces: {} }] }],
      egress: [
        {
          action: 'Allow',
          to: [{ networks: ['0.0.0.0/0'] }, { nodes: {} }],
          ports: [{ portNumber: { protocol: 'UDP', port: 53 } }],
        },
      ],
    },
  },
  {
    apiVersion: 'policy.networking.k8s.io/v1alpha2',
    kind: 'ClusterNetworkPolicy',
    metadata: { name: 'egress-tcp' },
    spec: {
      tier: 'Admin',
      priority: 6,
      subject: { namespaces: { matchLabels: { 'kubernetes.io/metadata.name': 'gryffindor' } } },
      egress: [
        {
          name: 'deny-80',
          action: 'Deny',
          to: [{ namespaces: { matchLabels: { 'kubernetes.io/metadata.name': 'slytherin' } } }],
          protocols: [
            { tcp: { destinationPort: { number: 80 } } },
            { udp: { destinationPort: { range: { start: 1, end: 9 } } } },
            { destinationNamedPort: 'dns' },
            { sctp: {} },
          ],
        },
        {
          name: 'accept-fqdn',
          action: 'Accept',
          to: [
            { domainNames: ['example.com'] },
            { networks: ['10.0.0.0/8'] },
            { nodes: {} },
            { pods: { namespaceSelector: {}, podSelector: {} } },
          ],
        },
      ],
      ingress: [{ name: 'pass', action: 'Pass', from: [{ namespaces: {} }] }],
    },
  },
  {
    apiVersion: 'cilium.io/v2',
    kind: 'CiliumNetworkPolicy',
    metadata: { name: 'l7-rule', namespace: 'shop' },
    spec: {
      description: 'L3-L4-L7 policy',
      endpointSelector: { matchLabels: { app: 'api' } },
      enableDefaultDeny: { ingress: true, egress: false },
      labels: [{ key: 'team', value: 'shop', source: 'k8s' }],
      log: { value: 'x' },
      ingress: [
        {
          fromEndpoints: [{ matchLabels: { app: 'web' } }],
          fromRequires: [{ matchLabels: { env: 'prod' } }],
          authentication: { mode: 'required' },
          toPorts: [
            {
              ports: [{ port: '80', protocol: 'TCP' }],
              rules: {
                http: [
                  {
                    method: 'GET',
                    path: '/public',
                    headers: ['X-A: b'],
                    headerMatches: [{ name: 'X-B', value: 'c', mismatch: 'LOG' }],
                  },
                ],
              },
            },
          ],
        },
        {
          fromCIDRSet: [
            { cidr: '10.0.0.0/8', except: ['10.96.0.0/12'] },
            { cidrGroupRef: 'office' },
            { cidrGroupSelector: { matchLabels: { a: 'b' } } },
          ],
          fromCIDR: ['192.168.0.0/16'],
          fromEntities: ['cluster'],
          fromNodes: [{ matchLabels: { 'node-role': 'x' } }],
          fromGroups: [{ aws: { securityGroupsIds: ['sg-1'], region: 'us-east-1' } }],
          icmps: [{ fields: [{ type: 8, family: 'IPv4' }] }],
        },
        {
          toPorts: [
            {
              ports: [{ port: '9092', protocol: 'TCP' }],
              rules: { kafka: [{ role: 'produce', topic: 't', clientID: 'c', apiKey: 'k', apiVersion: '1' }] },
            },
            {
              ports: [{ port: '5000', endPort: 5010, protocol: 'ANY' }],
              rules: { l7proto: 'r2d2', l7: [{ cmd: 'READ' }] },
              serverNames: ['a.example'],
              terminatingTLS: { secret: { name: 's', namespace: 'n' } },
              originatingTLS: { trustedCA: 'ca', certificate: 'c', privateKey: 'k' },
            },
          ],
        },
      ],
      ingressDeny: [{ fromEntities: ['world'], toPorts: [{ ports: [{ port: '22' }] }] }],
      egress: [
        {
          toFQDNs: [{ matchName: 'api.example.com' }, { matchPattern: '*.example.com' }],
          toPorts: [
            {
              ports: [{ port: '443' }],
              listener: { envoyConfig: { kind: 'CiliumEnvoyConfig', name: 'e' }, name: 'l', priority: 1 },
            },
          ],
        },
        {
          toEndpoints: [{ matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'kube-system', 'k8s-app': 'kube-dns' } }],
          toPorts: [{ ports: [{ port: '53', protocol: 'UDP' }], rules: { dns: [{ matchPattern: '*' }] } }],
        },
        {
          toServices: [
            { k8sService: { serviceName: 'db', namespace: 'shop' } },
            { k8sServiceSelector: { selector: { matchLabels: { a: 'b' } }, namespace: 'x' } },
          ],
          toRequires: [{}],
          toNodes: [{}],
          toGroups: [{ aws: { labels: { a: 'b' }, securityGroupsNames: ['n'] } }],
          toCIDR: ['1.1.1.1/32'],
          toCIDRSet: [{ cidr: '0.0.0.0/0' }],
          toEntities: ['world'],
          icmps: [{ fields: [{ type: 'EchoRequest', family: 'IPv6' }] }],
          authentication: { mode: 'disabled' },
        },
      ],
      egressDeny: [{ toCIDRSet: [{ cidr: '169.254.169.254/32' }], toServices: [{ k8sService: { serviceName: 'x' } }] }],
    },
    status: { conditions: [{ type: 'Valid', status: 'True' }], derivativePolicies: {} },
  },
  {
    apiVersion: 'cilium.io/v2',
    kind: 'CiliumClusterwideNetworkPolicy',
    metadata: { name: 'lock-down-nodes' },
    specs: [
      {
        nodeSelector: { matchLabels: { 'node-access': 'ssh' } },
        ingress: [{ fromEntities: ['world'], toPorts: [{ ports: [{ port: '22', protocol: 'TCP' }] }] }],
      },
      { endpointSelector: {}, egressDeny: [{ toEntities: ['world'] }], ingress: [{ fromEndpoints: [{}] }] },
    ],
  },
];

describe('valid objects of every kind pass (#9)', () => {
  it('none of them has an unknown field, so no real policy is dropped (#9)', () => {
    expect(new Set(VALID.map((o) => (o as { kind: string }).kind))).toEqual(new Set(Object.keys(KNOWN_KINDS)));
    const text = VALID.map((o) => JSON.stringify(o)).join('\n---\n');
    const collected = collectObjects(parse({ path: 'valid.yaml', text }).documents);
    expect(collected.diagnostics).toEqual([]);
    expect(collected.objects).toHaveLength(VALID.length);
  });
});
