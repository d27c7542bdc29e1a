// "What remains" lines: for a destination that lost sources or ports, who can still reach it —
// "shop/adservice now accepts only shop/frontend on TCP 9555 (before: everyone)".
import type { AccessGroup } from '../model/change.js';
import type { DiffReport } from '../model/report.js';
import { isAllPorts } from '../engine/port-set.js';
import { describeEndpoints, type EndpointContext } from './endpoint-sets.js';
import { endpointName } from './sentences.js';
import { portsPhrase } from './port-text.js';

/** More groups than this, or a longer description, read as a count. */
const MAX_GROUPS = 2;
const MAX_WORDS = 200;

export function remainingLines(report: DiffReport, context: EndpointContext): string[] {
  // Endpoints left with the same access, from the same access, are one line.
  const byWords = new Map<string, string[]>();
  for (const r of report.remaining ?? []) {
    const only = r.now.length === 0 || r.now[0]?.everyone === true ? '' : 'only ';
    const verb = r.dst === undefined ? 'reaches' : 'accepts';
    const noun = r.dst === undefined ? 'destination' : 'source';
    const depends = r.rejected === undefined ? '' : ' (depends on input that could not be read)';
    const words = `${verb} ${only}${accessText(r.now, context, noun)} (before: ${accessText(r.before, context, noun)})${depends}`;
    const list = byWords.get(words) ?? [];
    list.push((r.dst ?? r.src) as string);
    byWords.set(words, list);
  }
  const lines = [...byWords].map(([words, ids]) =>
    ids.length === 1
      ? `${endpointName(ids[0] as string, context.lookup)} now ${words}`
      : `${describeEndpoints(ids, context)}: each now ${words}`,
  );
  const more = report.remainingNotWorkedOut ?? 0;
  return more > 0
    ? [...lines, `… and ${more} more destinations (not worked out: too large a cluster to say for each)`]
    : lines;
}

function accessText(groups: readonly AccessGroup[], context: EndpointContext, noun: string): string {
  if (groups.length === 0) return noun === 'source' ? 'no one' : 'nothing';
  const peers = groups.reduce((n, g) => n + g.peers.length, 0);
  const counted = `${peers} ${noun}${peers === 1 ? '' : 's'}${groups.length > 1 ? ` on ${groups.length} different sets of ports` : ''}`;
  if (groups.length > MAX_GROUPS) return counted;
  const words = groups
    .map(
      (g) =>
        `${peersText(g, context)}${isAllPorts(g.ports) ? (g.everyone === true ? '' : ' on every port') : ` on ${portsPhrase(g.ports)}`}`,
    )
    .join(', plus ');
  // A description too long to take in at a glance is a count; the closed paths give the detail.
  return words.length > MAX_WORDS ? counted : words;
}

function peersText(g: AccessGroup, context: EndpointContext): string {
  if (g.everyone === true) return 'everyone';
  const ids = g.peers.filter((p) => context.lookup(p) !== undefined);
  const words = g.peers.filter((p) => context.lookup(p) === undefined);
  const parts = ids.length === 0 ? [] : [describeEndpoints(ids, context)];
  // Representative pods by their description while few, else counted.
  if (words.length <= 2) parts.push(...words);
  else if (words.length > 0)
    parts.push(`${words.length} ${words.length === 1 ? 'kind' : 'kinds'} of pod not in the manifests`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
