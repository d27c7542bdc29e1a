// Reads Services: which pods their selector picks (Cilium `toServices` peers name them).
import type { Diagnostic } from '../model/diagnostic.js';
import type { Labels } from '../model/labels.js';
import type { Service } from '../model/workload.js';
import { isRecord } from './is-record.js';
import type { KubeObject } from './kubernetes-objects.js';
import { readLabels } from './read-labels.js';

export function readServices(objects: readonly KubeObject[], defaultNamespace: string): { services: Service[]; diagnostics: Diagnostic[] } {
  const services: Service[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const object of objects) {
    if (object.kind !== 'Service') continue;
    const source = { file: object.document.file, line: object.line };
    const metadata = isRecord(object.value.metadata) ? object.value.metadata : {};
    const spec = isRecord(object.value.spec) ? object.value.spec : {};
    const labels = readLabels(metadata.labels);
    const selector = spec.selector === undefined || spec.selector === null ? undefined : readLabels(spec.selector);
    if (typeof labels === 'string' || typeof selector === 'string') {
      diagnostics.push({ code: 'INVALID_FIELD', severity: 'error', ...source, message: `Service ${object.name}: ${typeof labels === 'string' ? labels : selector}; the Service was skipped`, fix: 'quote label values' });
      continue;
    }
    const picked: Labels | undefined = selector === undefined || Object.keys(selector).length === 0 ? undefined : selector;
    services.push({ namespace: object.namespace ?? defaultNamespace, name: object.name, labels, selector: picked, source });
  }
  return { services, diagnostics };
}
