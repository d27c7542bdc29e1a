// Reads Services: which pods their selector picks (Cilium `toServices` peers name them).
import type { Diagnostic } from '../model/diagnostic.js';
import type { Labels } from '../model/labels.js';
import type { Protocol } from '../model/ports.js';
import type { Service, ServicePortSpec } from '../model/workload.js';
import { isRecord } from './is-record.js';
import type { KubeObject } from './kubernetes-objects.js';
import { readLabels } from './read-labels.js';

export function readServices(
  objects: readonly KubeObject[],
  defaultNamespace: string,
): { services: Service[]; diagnostics: Diagnostic[] } {
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
      diagnostics.push({
        code: 'INVALID_FIELD',
        severity: 'error',
        ...source,
        message: `Service ${object.name}: ${typeof labels === 'string' ? labels : (selector as string)}; the Service was skipped`,
        fix: 'quote label values',
      });
      continue;
    }
    const picked: Labels | undefined =
      selector === undefined || Object.keys(selector).length === 0 ? undefined : selector;
    services.push({
      namespace: object.namespace ?? defaultNamespace,
      name: object.name,
      labels,
      selector: picked,
      ports: servicePorts(spec.ports),
      source,
    });
  }
  return { services, diagnostics };
}

const PROTOCOLS = new Set<string>(['TCP', 'UDP', 'SCTP']);

/** `spec.ports` entries with a valid port (others say nothing about reachability and are left
 * out: the API server would refuse them, and the schema check reports unknown fields). */
function servicePorts(value: unknown): ServicePortSpec[] {
  if (!Array.isArray(value)) return [];
  const out: ServicePortSpec[] = [];
  for (const entry of value) {
    if (!isRecord(entry) || typeof entry.port !== 'number' || !Number.isInteger(entry.port)) continue;
    const protocol =
      typeof entry.protocol === 'string' && PROTOCOLS.has(entry.protocol) ? (entry.protocol as Protocol) : 'TCP';
    const target =
      typeof entry.targetPort === 'number' || typeof entry.targetPort === 'string' ? entry.targetPort : undefined;
    out.push({
      ...(typeof entry.name === 'string' ? { name: entry.name } : {}),
      port: entry.port,
      ...(target === undefined ? {} : { targetPort: target }),
      protocol,
    });
  }
  return out;
}
