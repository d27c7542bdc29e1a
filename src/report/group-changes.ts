// Groups the changes of a diff so that a reader sees causes, not pairs: paths opened (or
// closed) by the same rules on the same ports, towards one destination (or from one source),
// read as one line — a policy that opens a namespace to everything is one line, not hundreds.
import type { Change, Reason } from '../model/change.js';
import type { PortSet } from '../model/ports.js';
import { intersectPorts, isEmptyPorts } from '../engine/port-set.js';
import { formatPorts } from './port-text.js';
import { restrictionSentence, restrictionText, type EndpointLookup } from './sentences.js';

export interface PathGroup {
  readonly which: 'opened' | 'closed';
  readonly ports: PortSet;
  readonly reasons: readonly Reason[];
  /** Whether some of the ports are uncertain for the pairs (admin policies of one priority disagree). */
  readonly uncertain: boolean;
  /** What restricts the ports (L7 rules, DNS names), as a sentence suffix; '' for nothing. */
  readonly restriction: string;
  /** The whole line, when the group is not a plain sentence (a changed restriction). */
  readonly text?: string;
  /** Ordered pairs; either every pair has the same dst, or every pair the same src. */
  readonly pairs: readonly { readonly src: string; readonly dst: string }[];
}

export function groupChanges(changes: readonly Change[], which: 'opened' | 'closed', lookup: EndpointLookup): PathGroup[] {
  const out: PathGroup[] = [];
  const byCause = new Map<string, { ports: PortSet; reasons: Reason[]; uncertain: boolean; restriction: string; pairs: { src: string; dst: string }[] }>();
  for (const c of changes) {
    const changedRestriction = restrictionSentence(c, lookup);
    if (changedRestriction !== undefined && changedRestriction.which === which) {
      // Same ports, other L7 rules: a line of its own.
      const reasons = c.because.filter((r) => r.explains === which);
      out.push({ which, ports: c.after, reasons, uncertain: false, restriction: '', pairs: [{ src: c.src, dst: c.dst }], text: changedRestriction.text });
    }
    const ports = c[which];
    if (isEmptyPorts(ports)) continue;
    const reasons = c.because.filter((r) => r.explains === which);
    const uncertain = c.uncertain !== undefined && !isEmptyPorts(intersectPorts(ports, c.uncertain));
    const restriction = which === 'opened' ? restrictionText(ports, c.restrictedBy) : '';
    const key = `${formatPorts(ports)}\u0001${uncertain}\u0001${restriction}\u0001${reasons.map((r) => `${r.revision} ${r.rule} ${r.file}:${r.line}`).join('\u0002')}`;
    let group = byCause.get(key);
    if (group === undefined) byCause.set(key, (group = { ports, reasons, uncertain, restriction, pairs: [] }));
    group.pairs.push({ src: c.src, dst: c.dst });
  }
  for (const group of byCause.values()) {
    const srcs = new Set(group.pairs.map((p) => p.src));
    const dsts = new Set(group.pairs.map((p) => p.dst));
    // Split along the side with fewer members, so each group is one end against many.
    const bySide = dsts.size <= srcs.size ? 'dst' : 'src';
    const parts = new Map<string, { src: string; dst: string }[]>();
    for (const pair of group.pairs) {
      const k = pair[bySide];
      const list = parts.get(k);
      if (list === undefined) parts.set(k, [pair]);
      else list.push(pair);
    }
    for (const pairs of parts.values()) out.push({ which, ports: group.ports, reasons: group.reasons, uncertain: group.uncertain, restriction: group.restriction, pairs });
  }
  // Largest effect first; ties in the order of the first pair.
  return out.sort((a, b) => b.pairs.length - a.pairs.length);
}
