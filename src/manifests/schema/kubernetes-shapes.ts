// Shapes of the built-in kinds netreach reads, from k8s.io/api v0.36.3 (core/v1, apps/v1,
// batch/v1, networking/v1 types.go; PodSpec also has evictionResponders from master). Every level
// on the way to what netreach reads lists all its real fields, so that a typo is caught; subtrees
// netreach never reads (resources, volumes, affinity, probes, status…) are 'any'.
import { META_SHAPES } from './meta-shapes.js';
import { leaves, type Shape } from './shape.js';

const { objectMeta, labelSelector } = META_SHAPES;

const CONTAINER_PORT = leaves('name hostPort containerPort protocol hostIP');

const CONTAINER = {
  ...leaves(`name image command args workingDir envFrom env resources resizePolicy restartPolicy
    restartPolicyRules volumeMounts volumeDevices livenessProbe readinessProbe startupProbe lifecycle
    terminationMessagePath terminationMessagePolicy imagePullPolicy securityContext stdin stdinOnce tty`),
  ports: [CONTAINER_PORT],
} satisfies Shape;

const POD_SPEC = {
  ...leaves(`volumes restartPolicy terminationGracePeriodSeconds activeDeadlineSeconds dnsPolicy
    nodeSelector serviceAccountName serviceAccount automountServiceAccountToken nodeName hostNetwork
    hostPID hostIPC shareProcessNamespace securityContext imagePullSecrets hostname subdomain affinity
    schedulerName tolerations hostAliases priorityClassName priority dnsConfig readinessGates
    runtimeClassName enableServiceLinks preemptionPolicy overhead topologySpreadConstraints
    setHostnameAsFQDN os hostUsers schedulingGates resourceClaims resources hostnameOverride
    schedulingGroup evictionResponders`),
  initContainers: [CONTAINER],
  containers: [CONTAINER],
  ephemeralContainers: [{ ...CONTAINER, targetContainerName: 'any' }],
} satisfies Shape;

const POD_TEMPLATE = { metadata: objectMeta, spec: POD_SPEC } satisfies Shape;

/** TypeMeta, ObjectMeta, the given spec and a status that is never read. */
function object(spec: Shape): Shape {
  return { apiVersion: 'any', kind: 'any', metadata: objectMeta, spec, status: 'any' };
}

const JOB_SPEC = {
  ...leaves(`parallelism completions activeDeadlineSeconds podFailurePolicy successPolicy backoffLimit
    backoffLimitPerIndex maxFailedIndexes manualSelector ttlSecondsAfterFinished completionMode suspend
    podReplacementPolicy managedBy`),
  selector: labelSelector,
  template: POD_TEMPLATE,
} satisfies Shape;

const NETWORK_POLICY_PEER = {
  podSelector: labelSelector,
  namespaceSelector: labelSelector,
  ipBlock: leaves('cidr except'),
} satisfies Shape;
const NETWORK_POLICY_PORT = leaves('protocol port endPort');

export const KUBERNETES_SHAPES: Readonly<Record<string, Shape>> = {
  Namespace: object(leaves('finalizers')),
  Service: object({
    ...leaves(`selector clusterIP clusterIPs type externalIPs sessionAffinity loadBalancerIP
      loadBalancerSourceRanges externalName externalTrafficPolicy healthCheckNodePort
      publishNotReadyAddresses sessionAffinityConfig ipFamilies ipFamilyPolicy
      allocateLoadBalancerNodePorts loadBalancerClass internalTrafficPolicy trafficDistribution`),
    ports: [leaves('name protocol appProtocol port targetPort nodePort')],
  }),
  Pod: object(POD_SPEC),
  ReplicationController: object({ ...leaves('replicas minReadySeconds selector'), template: POD_TEMPLATE }),
  Deployment: object({
    ...leaves('replicas strategy minReadySeconds revisionHistoryLimit paused progressDeadlineSeconds'),
    selector: labelSelector,
    template: POD_TEMPLATE,
  }),
  StatefulSet: object({
    ...leaves(`replicas volumeClaimTemplates serviceName podManagementPolicy updateStrategy
      revisionHistoryLimit minReadySeconds persistentVolumeClaimRetentionPolicy ordinals`),
    selector: labelSelector,
    template: POD_TEMPLATE,
  }),
  DaemonSet: object({
    ...leaves('updateStrategy minReadySeconds revisionHistoryLimit'),
    selector: labelSelector,
    template: POD_TEMPLATE,
  }),
  ReplicaSet: object({ ...leaves('replicas minReadySeconds'), selector: labelSelector, template: POD_TEMPLATE }),
  Job: object(JOB_SPEC),
  CronJob: object({
    ...leaves(
      'schedule timeZone startingDeadlineSeconds concurrencyPolicy suspend successfulJobsHistoryLimit failedJobsHistoryLimit',
    ),
    jobTemplate: { metadata: objectMeta, spec: JOB_SPEC },
  }),
  // networking/v1 NetworkPolicy has had no status since Kubernetes 1.28, but 1.24–1.27 accepted
  // one: a manifest exported from such a cluster may carry it, and it changes nothing.
  NetworkPolicy: object({
    podSelector: labelSelector,
    policyTypes: 'any',
    ingress: [{ from: [NETWORK_POLICY_PEER], ports: [NETWORK_POLICY_PORT] }],
    egress: [{ to: [NETWORK_POLICY_PEER], ports: [NETWORK_POLICY_PORT] }],
  }),
};
