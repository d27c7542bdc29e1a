// Reads the Calico objects that policies refer to: Tiers (order, default action) and the address
// sets of NetworkSets and GlobalNetworkSets (docs/semantics-calico.md §1, §2, §6.4).
import type { CalicoNetworkSet, CalicoTier } from '../model/calico.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { IpRange } from '../model/ip.js';
import { isRecord } from '../manifests/is-record.js';
import type { KubeObject } from '../manifests/kubernetes-objects.js';
import { readLabels } from '../manifests/read-labels.js';
import { ipSetOf } from '../net/ip-set.js';
import { parseCalicoNet } from './calico-nets.js';

/** The built-in tier of policies without `tier` and of Kubernetes NetworkPolicies (§2.2). */
export const DEFAULT_TIER: CalicoTier = { name: 'default', order: 1_000_000, defaultAction: 'deny' };

export interface CalicoInputs {
  readonly tiers: ReadonlyMap<string, CalicoTier>;
  readonly networkSets: readonly CalicoNetworkSet[];
  readonly diagnostics: readonly Diagnostic[];
}

export function isCalicoObject(object: KubeObject): boolean {
  return /^(crd\.)?projectcalico\.org\//.test(object.apiVersion);
}

export function readCalicoInputs(objects: readonly KubeObject[], defaultNamespace: string): CalicoInputs {
  const tiers = new Map<string, CalicoTier>([['default', DEFAULT_TIER]]);
  const networkSets: CalicoNetworkSet[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const object of objects) {
    if (!isCalicoObject(object)) continue;
    const at = (path: readonly (string | number)[]) => object.document.lineOf([...object.path, ...path]);
    const error = (path: readonly (string | number)[], message: string, fix: string) =>
      diagnostics.push({
        code: 'INVALID_FIELD',
        severity: 'error',
        file: object.document.file,
        line: at(path),
        message: `${object.kind} ${object.name}: ${message}`,
        fix,
      });
    const spec = isRecord(object.value.spec) ? object.value.spec : {};
    if (object.kind === 'Tier') {
      const order = spec.order;
      if (order !== undefined && order !== null && typeof order !== 'number') {
        error(
          ['spec', 'order'],
          'order must be a number; the tier is read as having no order (last)',
          'write order: 100',
        );
      }
      const action = spec.defaultAction;
      if (action !== undefined && action !== 'Deny' && action !== 'Pass')
        error(
          ['spec', 'defaultAction'],
          `defaultAction ${JSON.stringify(action)} is neither Deny nor Pass; Deny is assumed`,
          'write defaultAction: Deny or Pass',
        );
      if (object.name === 'default') continue;
      tiers.set(object.name, {
        name: object.name,
        order: typeof order === 'number' ? order : Infinity,
        defaultAction: action === 'Pass' ? 'pass' : 'deny',
        source: { file: object.document.file, line: object.line },
      });
    }
    if (object.kind === 'NetworkSet' || object.kind === 'GlobalNetworkSet') {
      const labels = readLabels(isRecord(object.value.metadata) ? object.value.metadata.labels : undefined);
      if (typeof labels === 'string') {
        error(['metadata', 'labels'], `${labels}; the set was left out`, 'quote label values');
        continue;
      }
      const ranges: IpRange[] = [];
      const nets = spec.nets ?? [];
      if (!Array.isArray(nets)) {
        error(['spec', 'nets'], 'nets must be a list of CIDRs; the set was left out', 'write nets: [198.51.100.0/24]');
        continue;
      }
      nets.forEach((net, i) => {
        const range = typeof net === 'string' ? parseCalicoNet(net) : undefined;
        if (range === undefined)
          error(
            ['spec', 'nets', i],
            `${JSON.stringify(net)} is not a CIDR or IP address; it was left out of the set`,
            'write a CIDR such as 198.51.100.0/24',
          );
        else ranges.push(range);
      });
      if (isRecord(spec) && spec.allowedEgressDomains !== undefined)
        diagnostics.push({
          code: 'UNSUPPORTED_POLICY',
          severity: 'warning',
          file: object.document.file,
          line: at(['spec', 'allowedEgressDomains']),
          message: `${object.kind} ${object.name}: allowedEgressDomains (domain names) are not evaluated; only its nets are`,
          fix: 'nothing to fix; read paths to these domains as not evaluated',
        });
      networkSets.push({
        kind: object.kind,
        ...(object.kind === 'NetworkSet' ? { namespace: object.namespace ?? defaultNamespace } : {}),
        name: object.name,
        labels,
        nets: ipSetOf(ranges),
        source: { file: object.document.file, line: object.line },
      });
    }
  }
  return { tiers, networkSets, diagnostics };
}
