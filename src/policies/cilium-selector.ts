// Reads a Cilium endpoint selector: a Kubernetes label selector whose keys may carry a source
// prefix (`k8s:`, `any:`, `reserved:`). Pod labels are `k8s:` labels, so `k8s:` and `any:` are
// dropped; `reserved:` keys are kept and only entities carry them (SEMANTICS §5.1).
import type { LabelSelector } from '../model/labels.js';
import { readLabelSelector } from './label-selector.js';

export const NAMESPACE_KEY = 'io.kubernetes.pod.namespace';
export const NAMESPACE_LABEL_PREFIX = 'io.cilium.k8s.namespace.labels.';

export function readCiliumSelector(value: unknown): LabelSelector | string {
  const selector = readLabelSelector(value);
  if (typeof selector === 'string') return selector;
  return { requirements: selector.requirements.map((r) => ({ ...r, key: r.key.replace(/^(k8s|any):/, '') })) };
}

/** Whether the selector says which namespace (by name or labels): then a namespaced policy does
 * not confine it to its own namespace. */
export function namesNamespace(selector: LabelSelector): boolean {
  return selector.requirements.some((r) => r.key === NAMESPACE_KEY || r.key.startsWith(NAMESPACE_LABEL_PREFIX));
}

export function namesReserved(selector: LabelSelector): boolean {
  return selector.requirements.some((r) => r.key.startsWith('reserved:'));
}
