// Which workloads an address set covers, for peers that match pods by IP: AdminNetworkPolicy
// `networks` always, NetworkPolicy ipBlocks with the ipblock-selects-pods switch. Pods with
// known IPs match by IP; a workload without one matches when the set covers every configured
// pod CIDR (or the whole address space), and is flagged when it covers only part of them.
import type { ClusterModel } from '../model/cluster.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { IpSet } from '../model/ip.js';
import type { RuleOrigin } from '../model/rule.js';
import { IPV4_ALL, IPV6_ALL, intersectIpSets, ipSetCovers, ipSetHas } from '../net/ip-set.js';
import { parseAddress } from '../net/parse-address.js';
import { createBitset, setBit, type Bitset } from './bitset.js';
import type { EvaluationOptions } from './options.js';
import { workloadKey, type Universe } from './universe.js';

export type PodsByAddress = (ips: IpSet, origin: RuleOrigin) => Bitset;

export function createPodsByAddress(
  universe: Universe,
  model: ClusterModel,
  options: EvaluationOptions,
  diagnostics: Diagnostic[],
): PodsByAddress {
  const size = universe.endpoints.length;
  const reported = new Set<string>();
  const addresses = model.workloads.map((w) => ({
    w,
    index: universe.indexByWorkload.get(workloadKey(w)) as number,
    ips: w.ips.map(parseAddress).filter((a) => a !== undefined),
  }));
  return (ips, origin) => {
    const out = createBitset(size);
    const coversEverything = ipSetCovers(ips, [IPV4_ALL]) || ipSetCovers(ips, [IPV6_ALL]);
    const coversAll = coversEverything || (options.podCidrs.length > 0 && ipSetCovers(ips, options.podCidrs));
    const coversSome = intersectIpSets(ips, options.podCidrs).length > 0;
    for (const { w, index, ips: known } of addresses) {
      if (w.hostNetwork) continue;
      if (known.length > 0) {
        if (known.some((a) => ipSetHas(ips, a.family, a.value))) setBit(out, index);
      } else if (coversAll) {
        setBit(out, index);
      } else if (coversSome || options.podCidrs.length === 0) {
        // Without pod CIDRs every address set is in doubt: say so once, not per rule.
        const key = options.podCidrs.length === 0 ? '' : `${origin.file}:${origin.line}`;
        if (reported.has(key)) continue;
        reported.add(key);
        diagnostics.push({
          code: 'POD_IP_UNKNOWN',
          severity: 'warning',
          file: origin.file,
          line: origin.line,
          message:
            options.podCidrs.length === 0
              ? 'an address range that matches pods by IP cannot be matched against workloads without known pod IPs, because no pod CIDR is configured; they are treated as not matched'
              : 'this address range covers only part of the pod CIDRs, so whether it matches workloads without known pod IPs depends on the IPs they get; they are treated as not matched',
          fix: 'pass the cluster pod range(s) with --pod-cidr (pod-cidrs in the action), or give Pod manifests with status.podIP',
        });
      }
    }
    return out;
  };
}
