// Groups the changes of a diff so that a reader sees causes, not pairs: paths opened (or closed,
// or restricted differently) by the same rules, said with the same words, read as one line — a
// policy that opens a namespace to everything is one line, not hundreds. Groups are cut along the
// side with fewer members (one destination and its sources, or one source and its destinations),
// then groups whose other side is the same set are merged (seven Cilium entities that behave
// alike are one line).
import type { Change, Reason } from '../model/change.js';
import type { PortSet } from '../model/ports.js';
import { describeEndpoints, type EndpointContext } from './endpoint-sets.js';
import { changeParts, restrictionParts, type SentenceParts } from './sentences.js';
import { serviceNote } from './service-text.js';
import { reasonText } from './reason-text.js';

export type Section = 'opened' | 'closed' | 'restricted';

export interface PathGroup {
  readonly which: Section;
  /** The ports the sentence is about (opened, closed, or restricted differently). */
  readonly ports: PortSet;
  readonly reasons: readonly Reason[];
  /** The words of every pair's sentence but its names. */
  readonly parts: SentenceParts;
  /** Ordered pairs, in the order of the changes. */
  readonly pairs: readonly { readonly src: string; readonly dst: string }[];
}

type Pair = { src: string; dst: string };

export function groupChanges(changes: readonly Change[], which: Section): PathGroup[] {
  const byCause = new Map<
    string,
    { ports: PortSet; reasons: readonly Reason[]; parts: SentenceParts; pairs: Pair[] }
  >();
  for (const c of changes) {
    const parts = which === 'restricted' ? restrictionParts(c) : changeParts(c, which);
    if (parts === undefined) continue;
    const explains = which === 'restricted' ? restrictionExplains(c) : which;
    const reasons = c.because.filter((r) => r.explains === explains);
    const key = `${parts.verb}\u0001${parts.tail}\u0001${reasons.map((r) => `${r.revision} ${reasonText(r)} ${r.file}:${r.line}`).join('\u0002')}`;
    let group = byCause.get(key);
    if (group === undefined)
      byCause.set(key, (group = { ports: which === 'restricted' ? c.after : c[which], reasons, parts, pairs: [] }));
    group.pairs.push({ src: c.src, dst: c.dst });
  }
  const out: PathGroup[] = [];
  for (const group of byCause.values()) {
    for (const pairs of foldSides(group.pairs))
      out.push({ which, ports: group.ports, reasons: group.reasons, parts: group.parts, pairs });
  }
  // Largest effect first; ties in the order of the first pair.
  return out.sort((a, b) => b.pairs.length - a.pairs.length);
}

/** Which because-lines a restriction change has: the rules that restrict the ports now
 * (`closed`), or, for a restriction lifted, those that allow every request now (`opened`). */
export function restrictionExplains(c: Change): Reason['explains'] {
  return c.restrictedBy === undefined ? 'opened' : 'closed';
}

/** Cuts pairs of one cause along the side with fewer members, then merges the parts whose other
 * sides are the same set. */
function foldSides(pairs: readonly Pair[]): Pair[][] {
  const srcs = new Set(pairs.map((p) => p.src));
  const dsts = new Set(pairs.map((p) => p.dst));
  const side = dsts.size <= srcs.size ? 'dst' : 'src';
  const other = side === 'dst' ? 'src' : 'dst';
  const parts = new Map<string, Pair[]>();
  for (const pair of pairs) {
    const list = parts.get(pair[side]);
    if (list === undefined) parts.set(pair[side], [pair]);
    else list.push(pair);
  }
  const merged = new Map<string, Pair[]>();
  for (const list of parts.values()) {
    const key = list.map((p) => p[other]).join('\u0000');
    const into = merged.get(key);
    if (into === undefined) merged.set(key, [...list]);
    else into.push(...list);
  }
  return [...merged.values()];
}

/** A group's headline: its one pair's sentence, or both sides described as sets. */
export function partsSentenceFor(group: PathGroup, context: EndpointContext): string {
  const who = describeEndpoints(
    group.pairs.map((p) => p.src),
    context,
  );
  const dsts = new Set(group.pairs.map((p) => p.dst));
  const whom = describeEndpoints([...dsts], context);
  const [only] = dsts;
  const note = dsts.size === 1 && only !== undefined ? serviceNote(context.lookup(only), group.parts.ports) : '';
  return `${who} ${group.parts.verb} ${whom}${group.parts.tail}${note}`;
}
