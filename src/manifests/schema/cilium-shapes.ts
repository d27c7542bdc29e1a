// Shapes of CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy (cilium.io/v2), as in the
// CRDs of Cilium 1.18.2 (pkg/k8s/apis/cilium.io/client/crds/v2, generated from the Go types of
// pkg/policy/api: rule.go, ingress.go, egress.go, l4.go, cidr.go, …). The CRDs are structural and
// preserve no unknown fields; only L7 `l7` rules are free maps. Both kinds share one schema.
import { META_SHAPES } from './meta-shapes.js';
import { leaves, type Shape } from './shape.js';

const { objectMeta, labelSelector } = META_SHAPES;

const CIDR_RULE = { ...leaves('cidr cidrGroupRef except'), cidrGroupSelector: labelSelector } satisfies Shape;
const GROUPS = { aws: leaves('labels region securityGroupsIds securityGroupsNames') } satisfies Shape;
const ICMP_RULE = { fields: [leaves('family type')] } satisfies Shape;
const PORT_PROTOCOL = leaves('port endPort protocol');
const SECRET_REF = leaves('name namespace');
const TLS_CONTEXT = { ...leaves('certificate privateKey trustedCA'), secret: SECRET_REF } satisfies Shape;
const FQDN_SELECTOR = leaves('matchName matchPattern');

const L7_RULES = {
  http: [
    {
      ...leaves('path method host headers'),
      headerMatches: [{ ...leaves('mismatch name value'), secret: SECRET_REF }],
    },
  ],
  kafka: [leaves('role apiKey apiVersion clientID topic')],
  dns: [FQDN_SELECTOR],
  l7proto: 'any',
  l7: 'any',
} satisfies Shape;

const PORT_RULE = {
  ports: [PORT_PROTOCOL],
  terminatingTLS: TLS_CONTEXT,
  originatingTLS: TLS_CONTEXT,
  serverNames: 'any',
  listener: { envoyConfig: leaves('kind name'), ...leaves('name priority') },
  rules: L7_RULES,
} satisfies Shape;
const PORT_DENY_RULE = { ports: [PORT_PROTOCOL] } satisfies Shape;

const INGRESS_PEERS = {
  fromEndpoints: [labelSelector],
  fromRequires: [labelSelector],
  fromCIDR: 'any',
  fromCIDRSet: [CIDR_RULE],
  fromEntities: 'any',
  fromGroups: [GROUPS],
  fromNodes: [labelSelector],
  icmps: [ICMP_RULE],
} satisfies Shape;

const EGRESS_PEERS = {
  toEndpoints: [labelSelector],
  toRequires: [labelSelector],
  toCIDR: 'any',
  toCIDRSet: [CIDR_RULE],
  toEntities: 'any',
  toServices: [
    { k8sService: leaves('serviceName namespace'), k8sServiceSelector: { selector: labelSelector, namespace: 'any' } },
  ],
  toGroups: [GROUPS],
  toNodes: [labelSelector],
  icmps: [ICMP_RULE],
} satisfies Shape;

const AUTHENTICATION = leaves('mode');

const RULE = {
  endpointSelector: labelSelector,
  nodeSelector: labelSelector,
  ingress: [{ ...INGRESS_PEERS, toPorts: [PORT_RULE], authentication: AUTHENTICATION }],
  ingressDeny: [{ ...INGRESS_PEERS, toPorts: [PORT_DENY_RULE] }],
  egress: [{ ...EGRESS_PEERS, toPorts: [PORT_RULE], toFQDNs: [FQDN_SELECTOR], authentication: AUTHENTICATION }],
  egressDeny: [{ ...EGRESS_PEERS, toPorts: [PORT_DENY_RULE] }],
  labels: [leaves('key value source')],
  enableDefaultDeny: leaves('ingress egress'),
  description: 'any',
  log: leaves('value'),
} satisfies Shape;

const CILIUM_POLICY: Shape = {
  apiVersion: 'any',
  kind: 'any',
  metadata: objectMeta,
  spec: RULE,
  specs: [RULE],
  status: 'any',
};

export const CILIUM_SHAPES: Readonly<Record<string, Shape>> = {
  CiliumNetworkPolicy: CILIUM_POLICY,
  CiliumClusterwideNetworkPolicy: CILIUM_POLICY,
};
