// Matches Calico selectors against an endpoint's labels (docs/semantics-calico.md §7): `!=` and
// `not in` hold for an endpoint without the key; `contains`, `starts with`, `ends with` need it.
import type { CalicoSelector } from '../model/calico-selector.js';
import type { Labels } from '../model/labels.js';
import type { CalicoSelection } from '../model/rule.js';

/** `global`: whether the endpoint is not namespaced (a GlobalNetworkSet); `global()` matches those. */
export function matchesCalico(s: CalicoSelector, labels: Labels, global = false): boolean {
  switch (s.op) {
    case 'all':
      return true;
    case 'global':
      return global;
    case 'has':
      return Object.hasOwn(labels, s.key);
    case '!':
      return !matchesCalico(s.operand, labels, global);
    case '&&':
      return s.operands.every((o) => matchesCalico(o, labels, global));
    case '||':
      return s.operands.some((o) => matchesCalico(o, labels, global));
    default: {
      const value = Object.hasOwn(labels, s.key) ? labels[s.key] : undefined;
      switch (s.op) {
        case '==':
          return value === s.value;
        case '!=':
          return value !== s.value;
        case 'in':
          return value !== undefined && s.values.includes(value);
        case 'not in':
          return value === undefined || !s.values.includes(value);
        case 'contains':
          return value !== undefined && value.includes(s.value);
        case 'starts with':
          return value !== undefined && value.startsWith(s.value);
        case 'ends with':
          return value !== undefined && value.endsWith(s.value);
      }
    }
  }
}

/** The labels Calico gives a pod's endpoint: its own, `projectcalico.org/namespace`,
 * `projectcalico.org/orchestrator`, `projectcalico.org/serviceaccount`, and its namespace's labels
 * prefixed `pcns.` (docs/semantics-calico.md §5.2). */
export function calicoEndpointLabels(
  w: { readonly labels: Labels; readonly namespace: string; readonly serviceAccount: string },
  namespaceLabels: Labels,
): Labels {
  const out: Record<string, string> = { ...w.labels };
  for (const [k, v] of Object.entries(namespaceLabels)) out[`pcns.${k}`] = v;
  out['projectcalico.org/namespace'] = w.namespace;
  out['projectcalico.org/orchestrator'] = 'k8s';
  out['projectcalico.org/serviceaccount'] = w.serviceAccount;
  return out;
}

/** Whether a pod meets every selector of a Calico selection. */
export function matchesCalicoSelection(
  c: CalicoSelection,
  endpointLabels: Labels,
  w: { readonly namespace: string; readonly serviceAccount: string },
  namespaceLabels: Labels,
): boolean {
  if (c.selector !== undefined && !matchesCalico(c.selector, endpointLabels)) return false;
  if (c.notSelector !== undefined && matchesCalico(c.notSelector, endpointLabels)) return false;
  if (
    c.namespaceSelector !== undefined &&
    !matchesCalico(c.namespaceSelector, { ...namespaceLabels, 'projectcalico.org/name': w.namespace })
  )
    return false;
  return c.serviceAccountNames === undefined || c.serviceAccountNames.includes(w.serviceAccount);
}
