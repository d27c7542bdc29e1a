// The exposure section's lines, riskiest first: "default/frontend is now reachable from anywhere
// outside the cluster on TCP 8080", "team-one/pod-1 can now reach a new pod in team-two on every
// port". Workloads exposed the same way, for the same rules, read as one line.
import type { Exposure, Reason } from '../model/change.js';
import type { DiffReport } from '../model/report.js';
import { isEmptyPorts } from '../engine/port-set.js';
import { describeEndpoints, type EndpointContext } from './endpoint-sets.js';
import { portsPhrase } from './port-text.js';
import { reasonText } from './reason-text.js';

export interface ExposureLine {
  readonly text: string;
  readonly reasons: readonly Reason[];
  /** Rules left out of `reasons` (the paths below name them). */
  readonly moreReasons: number;
  /** Some of it exists only because input could not be read. */
  readonly dependsOnUnreadable: boolean;
}

const NEW_POD = 'a new pod in ';

/** Workloads exposed the same way (scope, side, ports, peers) are one line; their rules are
 * united, the first few named. */
const MAX_REASONS = 4;

export function exposureLines(report: DiffReport, context: EndpointContext): ExposureLine[] {
  const groups = new Map<
    string,
    {
      first: Exposure;
      which: 'opened' | 'closed';
      endpoints: string[];
      reasons: Map<string, Reason>;
      rejected: boolean;
    }
  >();
  for (const e of report.exposure ?? []) {
    for (const which of ['opened', 'closed'] as const) {
      if (isEmptyPorts(e[which])) continue;
      const key = [
        e.scope,
        e.dst === undefined ? 'egress' : 'ingress',
        which,
        portsPhrase(e[which]),
        peersText(e, context),
      ].join('\u0000');
      const group = groups.get(key) ?? {
        first: e,
        which,
        endpoints: [],
        reasons: new Map<string, Reason>(),
        rejected: false,
      };
      group.endpoints.push((e.dst ?? e.src) as string);
      for (const r of e.because)
        if (r.explains === which) group.reasons.set(`${r.revision} ${reasonText(r)} ${r.file}:${r.line}`, r);
      group.rejected ||= e.rejected !== undefined;
      groups.set(key, group);
    }
  }
  // Then the scopes of the same workloads, side and ports are one line: "… from anywhere outside
  // the cluster or a new pod in shop on every port".
  const lines = new Map<
    string,
    {
      first: Exposure;
      which: 'opened' | 'closed';
      endpoints: string[];
      peers: string[];
      reasons: Map<string, Reason>;
      rejected: boolean;
    }
  >();
  for (const g of groups.values()) {
    const key = [
      g.first.dst === undefined ? 'egress' : 'ingress',
      g.which,
      portsPhrase(g.first[g.which]),
      ...g.endpoints,
    ].join('\u0000');
    const line = lines.get(key) ?? { ...g, peers: [], reasons: new Map<string, Reason>() };
    line.peers.push(peersText(g.first, context));
    for (const [k, r] of g.reasons) line.reasons.set(k, r);
    line.rejected ||= g.rejected;
    lines.set(key, line);
  }
  return [...lines.values()].map((l) => {
    const reasons = [...l.reasons.values()];
    const shown = reasons.length > MAX_REASONS + 1 ? reasons.slice(0, MAX_REASONS) : reasons;
    return {
      text: sentence(l.first, l.which, l.endpoints, orList(l.peers), context),
      reasons: shown,
      moreReasons: reasons.length - shown.length,
      dependsOnUnreadable: l.rejected,
    };
  });
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function sentence(
  e: Exposure,
  which: 'opened' | 'closed',
  endpoints: readonly string[],
  peers: string,
  context: EndpointContext,
): string {
  const who = describeEndpoints(endpoints, context);
  const ports = portsPhrase(e[which]);
  const on = ` on ${ports}`;
  if (e.dst !== undefined) {
    const verb = which === 'opened' ? 'can now be reached from' : 'can no longer be reached from';
    return `${who} ${verb} ${peers}${on}`;
  }
  return `${who} ${which === 'opened' ? 'can now reach' : 'can no longer reach'} ${peers}${on}`;
}

/** Who the peers are, in words: addresses named, new pods of several namespaces folded. */
function peersText(e: Exposure, context: EndpointContext): string {
  if (e.scope === 'outside-cluster') return describeEndpoints(e.peers, context);
  const namespaces = e.peers.filter((p) => p.startsWith(NEW_POD)).map((p) => p.slice(NEW_POD.length));
  const others = e.peers.filter((p) => !p.startsWith(NEW_POD));
  const parts = [...others];
  if (namespaces.length === 1) parts.unshift(`${NEW_POD}${namespaces[0]}`);
  if (namespaces.length > 1 && namespaces.length <= 3)
    parts.unshift(`${NEW_POD}${namespaces.slice(0, -1).join(', ')} or ${namespaces[namespaces.length - 1]}`);
  if (namespaces.length > 3)
    parts.unshift(`a new pod in any of ${namespaces.length} namespaces (${namespaces.slice(0, 2).join(', ')}, …)`);
  if (parts.length <= 3) return orList(parts);
  return `${parts.slice(0, 2).join(', ')} or ${parts.length - 2} more kinds of pod not in the manifests`;
}
