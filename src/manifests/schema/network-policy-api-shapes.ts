// Shapes of the network-policy-api kinds, from kubernetes-sigs/network-policy-api: v1alpha1
// AdminNetworkPolicy and BaselineAdminNetworkPolicy as in the experimental-channel CRDs of
// 0e80470 (the last before 63b3bb3 removed them; apis/v1alpha1), v1alpha2 ClusterNetworkPolicy
// as in the experimental CRD at 0eec1b0 (apis/v1alpha2/clusternetworkpolicy_types.go). Both are
// structural CRDs without x-kubernetes-preserve-unknown-fields: the API server refuses any other field.
import { META_SHAPES } from './meta-shapes.js';
import { leaves, type Shape } from './shape.js';

const { objectMeta, labelSelector } = META_SHAPES;

const NAMESPACED_POD = { namespaceSelector: labelSelector, podSelector: labelSelector } satisfies Shape;
const SUBJECT = { namespaces: labelSelector, pods: NAMESPACED_POD } satisfies Shape;
const INGRESS_PEER = SUBJECT;
const BASELINE_EGRESS_PEER = { ...SUBJECT, nodes: labelSelector, networks: 'any' } satisfies Shape;
const EGRESS_PEER = { ...BASELINE_EGRESS_PEER, domainNames: 'any' } satisfies Shape;

/** v1alpha1 ports: portNumber, portRange or namedPort. */
const V1ALPHA1_PORT = {
  portNumber: leaves('protocol port'),
  portRange: leaves('protocol start end'),
  namedPort: 'any',
} satisfies Shape;

/** v1alpha2 writes ports per protocol: `protocols: [{tcp: {destinationPort: {number: 80}}}]`. */
const PROTOCOL_PORT = { destinationPort: { number: 'any', range: leaves('start end') } } satisfies Shape;
const V1ALPHA2_PROTOCOL = {
  tcp: PROTOCOL_PORT,
  udp: PROTOCOL_PORT,
  sctp: PROTOCOL_PORT,
  destinationNamedPort: 'any',
} satisfies Shape;

const STATUS = {
  conditions: [leaves('type status observedGeneration lastTransitionTime reason message')],
} satisfies Shape;

function policy(spec: Shape): Shape {
  return { apiVersion: 'any', kind: 'any', metadata: objectMeta, spec, status: STATUS };
}

function rules(egressPeer: Shape, ports: Readonly<Record<string, Shape>>): Readonly<Record<string, Shape>> {
  return {
    subject: SUBJECT,
    ingress: [{ name: 'any', action: 'any', from: [INGRESS_PEER], ...ports }],
    egress: [{ name: 'any', action: 'any', to: [egressPeer], ...ports }],
  };
}

export const NETWORK_POLICY_API_SHAPES: Readonly<Record<string, Shape>> = {
  AdminNetworkPolicy: policy({ priority: 'any', ...rules(EGRESS_PEER, { ports: [V1ALPHA1_PORT] }) }),
  // The baseline has no priority and no domainNames peer.
  BaselineAdminNetworkPolicy: policy(rules(BASELINE_EGRESS_PEER, { ports: [V1ALPHA1_PORT] })),
  ClusterNetworkPolicy: policy({
    tier: 'any',
    priority: 'any',
    ...rules(EGRESS_PEER, { protocols: [V1ALPHA2_PROTOCOL] }),
  }),
};
