// The endpoints each kind of peer stands for, as a bitset over the universe (DESIGN §4): pods by
// selection, address sets by the external parts they cover (and pods by IP where the API says
// so), Cilium entities and DNS names, the pods behind Services, Calico's combined peers.
import type { ClusterModel } from '../model/cluster.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Peer, Rule } from '../model/rule.js';
import { andInto, andNotInto, createBitset, hasBit, orInto, setBit, type Bitset } from './bitset.js';
import { ipSetKey } from './external-parts.js';
import type { EvaluationOptions } from './options.js';
import type { PodsByAddress } from './pods-by-address.js';
import type { PodSelector } from './select-pods.js';
import { matchesSelector } from './selector.js';
import type { Universe } from './universe.js';

export type PeerSets = (peer: Peer, rule: Rule) => Bitset;

/** Peer sets of one evaluation; `present` is what exists in it. Sets are never written once made. */
export function createPeerSets(
  universe: Universe,
  model: ClusterModel,
  options: EvaluationOptions,
  present: Bitset,
  pods: PodSelector,
  podsByAddress: PodsByAddress,
  diagnostics: Diagnostic[],
): PeerSets {
  const size = universe.endpoints.length;
  const selectPods = pods.select;
  const workloadSet = createBitset(size);
  for (let i = 0; i < universe.firstNonWorkload; i++) if (hasBit(present, i)) setBit(workloadSet, i);
  return (peer: Peer, rule: Rule): Bitset => {
    if (peer.kind === 'pods') return selectPods(peer);
    const out = createBitset(size);
    switch (peer.kind) {
      case 'ipBlock':
      case 'network':
      case 'cidr':
        for (const e of universe.externalsCovering.get(ipSetKey(peer.ips)) ?? []) setBit(out, e);
        // Only AdminNetworkPolicy networks (and ipBlocks with the switch) match pods by IP; Cilium
        // CIDR rules never do (SEMANTICS §2.10, §4.4, §5.3).
        if (peer.kind === 'network' || (peer.kind === 'ipBlock' && options.ipBlockSelectsPods))
          orInto(out, podsByAddress(peer.ips, rule.origin));
        return out;
      case 'entities':
        for (const name of peer.names) {
          if (name === 'all') orInto(out, present);
          else if (name === 'world') for (const e of universe.world) setBit(out, e);
          else if (name === 'cluster') {
            orInto(out, workloadSet);
            for (const e of universe.entityIndex.values()) setBit(out, e);
          } else {
            const e = universe.entityIndex.get(name);
            if (e !== undefined) setBit(out, e);
          }
        }
        return out;
      case 'fqdn': {
        const e = universe.dnsIndex.get(peer.pattern);
        if (e !== undefined) setBit(out, e);
        return out;
      }
      case 'service':
        for (const service of model.services) {
          if (service.namespace !== peer.namespace) continue;
          if (
            peer.name !== undefined
              ? service.name !== peer.name
              : !matchesSelector(peer.selector ?? { requirements: [] }, service.labels)
          )
            continue;
          if (service.selector === undefined) {
            diagnostics.push({
              code: 'UNDECIDABLE_PEER',
              severity: 'warning',
              ...service.source,
              message: `Service ${service.namespace}/${service.name} has no selector, so the toServices rule at ${rule.origin.file}:${rule.origin.line} cannot tell which endpoints it means; it matches nothing here`,
              fix: 'give the Service a selector, or use toCIDRSet for its external endpoints',
            });
            continue;
          }
          const requirements = Object.entries(service.selector).map(([key, value]) => ({
            key,
            operator: 'In' as const,
            values: [value],
          }));
          orInto(out, selectPods({ namespaces: { kind: 'name', name: service.namespace }, pods: { requirements } }));
        }
        return out;
      case 'calico': {
        for (const e of universe.externalsCovering.get(ipSetKey(peer.external)) ?? []) setBit(out, e);
        if (peer.pods === undefined) return out;
        // Calico nets match pods by IP too (docs/semantics-calico.md §6.2).
        const pods = selectPods(peer.pods).slice();
        if (peer.nets !== undefined) andInto(pods, podsByAddress(peer.nets, rule.origin));
        if (peer.notNets !== undefined) andNotInto(pods, podsByAddress(peer.notNets, rule.origin));
        orInto(out, pods);
        return out;
      }
      case 'undecidable':
        return out;
    }
  };
}
