// Builders for small clusters in tests: objects in, manifest files out (JSON is YAML).
import type { ManifestFile } from '../../src/model/manifest.js';

type Labels = Record<string, string>;

export function namespace(name: string, labels: Labels = {}): object {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } };
}

export interface PortSpec {
  name?: string;
  containerPort: number;
  protocol?: string;
}

export function deployment(
  ns: string,
  name: string,
  labels: Labels,
  ports: PortSpec[] = [],
  extra: { hostNetwork?: boolean } = {},
): object {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: ns },
    spec: {
      // A Deployment needs a non-empty selector matching its pods; with no labels, one that adds none.
      selector:
        Object.keys(labels).length > 0
          ? { matchLabels: labels }
          : { matchExpressions: [{ key: 'example.com/unlabelled', operator: 'DoesNotExist' }] },
      template: { metadata: { labels }, spec: { ...extra, containers: [{ name: 'c', image: 'x', ports }] } },
    },
  };
}

export function pod(ns: string, name: string, labels: Labels, ips: string[], ports: PortSpec[] = []): object {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: ns, labels },
    spec: { containers: [{ name: 'c', image: 'x', ports }] },
    status: { podIP: ips[0], podIPs: ips.map((ip) => ({ ip })) },
  };
}

export function policy(ns: string, name: string, spec: object): object {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace: ns }, spec };
}

/** One file holding the objects as a multi-document stream. */
export function file(path: string, objects: object[]): ManifestFile {
  return { path, text: objects.map((o) => JSON.stringify(o)).join('\n---\n') };
}

export function anp(name: string, priority: number, spec: object): object {
  return {
    apiVersion: 'policy.networking.k8s.io/v1alpha1',
    kind: 'AdminNetworkPolicy',
    metadata: { name },
    spec: { priority, ...spec },
  };
}

export function banp(spec: object, name = 'default'): object {
  return {
    apiVersion: 'policy.networking.k8s.io/v1alpha1',
    kind: 'BaselineAdminNetworkPolicy',
    metadata: { name },
    spec,
  };
}

export function cnp(name: string, tier: 'Admin' | 'Baseline', priority: number, spec: object): object {
  return {
    apiVersion: 'policy.networking.k8s.io/v1alpha2',
    kind: 'ClusterNetworkPolicy',
    metadata: { name },
    spec: { tier, priority, ...spec },
  };
}

export function ciliumPolicy(ns: string, name: string, spec: object | object[]): object {
  return {
    apiVersion: 'cilium.io/v2',
    kind: 'CiliumNetworkPolicy',
    metadata: { name, namespace: ns },
    ...(Array.isArray(spec) ? { specs: spec } : { spec }),
  };
}

export function ciliumClusterwidePolicy(name: string, spec: object): object {
  return { apiVersion: 'cilium.io/v2', kind: 'CiliumClusterwideNetworkPolicy', metadata: { name }, spec };
}

export function service(
  ns: string,
  name: string,
  selector: Record<string, string> | undefined,
  labels: Record<string, string> = {},
): object {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: ns, labels },
    spec: selector === undefined ? { ports: [{ port: 80 }] } : { selector, ports: [{ port: 80 }] },
  };
}
