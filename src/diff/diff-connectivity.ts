// Compares two revisions evaluated over one universe. Only rows that differ are looked at:
// a pair can change only if the source's egress row or the destination's ingress row changed,
// so a one-policy change costs a few rows, not every pair (DESIGN §4).
import type { Change, EndpointStatus, Reason, Restriction } from '../model/change.js';
import type { PortSet } from '../model/ports.js';
import type { LabelRequirement, LabelSelector } from '../model/labels.js';
import type { Direction, Policy, Rule } from '../model/rule.js';
import { createBitset, forEachBit, hasBit, orInto, type Bitset } from '../engine/bitset.js';
import type { ClassSets, CompiledRule, Connectivity, Row } from '../engine/evaluate.js';
import { decide } from '../engine/decide.js';
import { restrictionOf } from '../engine/restriction.js';
import { allowedPorts, directionPorts, isExternalPair, uncertainPorts } from '../engine/pair.js';
import { isEmptyPorts, portsEqual, subtractPorts, unionPorts } from '../engine/port-set.js';
import { isolationReason, ruleLabel, ruleReason } from './rule-reasons.js';

export function diffConnectivity(base: Connectivity, head: Connectivity): Change[] {
  if (base.universe !== head.universe) throw new Error('diffConnectivity needs both revisions evaluated over one universe');
  const { endpoints } = base.universe;
  const size = endpoints.length;
  const candidates = new Map<number, Bitset>(); // src -> destinations to check
  const candidate = (src: number, dst: number) => {
    let set = candidates.get(src);
    if (set === undefined) candidates.set(src, (set = createBitset(size)));
    set[dst >>> 5] = (set[dst >>> 5] as number) | (1 << (dst & 31));
  };
  for (let e = 0; e < size; e++) {
    const egress = rowDifference(base.row('egress', e), head.row('egress', e));
    if (egress !== undefined) forEachBit(egress, (dst) => candidate(e, dst));
    const ingress = rowDifference(base.row('ingress', e), head.row('ingress', e));
    if (ingress !== undefined) forEachBit(ingress, (src) => candidate(src, e));
    // Same peers and ports, but another L7 or DNS restriction: the rows cannot tell.
    const egressL7 = restrictionDifference(base, head, 'egress', e);
    if (egressL7 !== undefined) forEachBit(egressL7, (dst) => candidate(e, dst));
    const ingressL7 = restrictionDifference(base, head, 'ingress', e);
    if (ingressL7 !== undefined) forEachBit(ingressL7, (src) => candidate(src, e));
  }
  const changes: Change[] = [];
  for (const src of [...candidates.keys()].sort((a, b) => a - b)) {
    forEachBit(candidates.get(src) as Bitset, (dst) => {
      if (isExternalPair(base, src, dst)) return;
      const before = allowedPorts(base, src, dst);
      const after = allowedPorts(head, src, dst);
      const restrictionAfter = restrictionOf(head, src, dst);
      const restrictionBefore = restrictionOf(base, src, dst);
      const restrictionChanged = restrictionKey(restrictionBefore) !== restrictionKey(restrictionAfter);
      if (portsEqual(before, after) && !restrictionChanged) return;
      const opened = subtractPorts(after, before);
      const closed = subtractPorts(before, after);
      const uncertain = unionPorts(uncertainPorts(base, src, dst), uncertainPorts(head, src, dst));
      const restrictedBy = isEmptyPorts(after) ? restrictionBefore : restrictionAfter;
      changes.push({
        src: (endpoints[src] as { id: string }).id,
        dst: (endpoints[dst] as { id: string }).id,
        before,
        after,
        opened,
        closed,
        endpointStatus: { src: status(base, head, src), dst: status(base, head, dst) },
        because: explainChange(
          base,
          head,
          src,
          dst,
          opened,
          closed,
          restrictionChanged ? { ports: unionPorts(restrictionAfter?.ports ?? {}, restrictionBefore?.ports ?? {}), explains: restrictionAfter === undefined ? 'opened' : 'closed' } : undefined,
        ),
        ...(isEmptyPorts(uncertain) ? {} : { uncertain }),
        ...(restrictedBy === undefined ? {} : { restrictedBy }),
        ...(restrictionChanged && !isEmptyPorts(after) ? { restrictionBefore: restrictionBefore ?? { ports: {}, by: [] } } : {}),
      });
    });
  }
  return changes;
}

function restrictionKey(r: Restriction | undefined): string {
  return r === undefined ? '' : `${JSON.stringify(r.ports)} ${[...r.by].sort().join('; ')}`;
}

/**
 * The peers whose restricted rules (L7 rules, DNS names) differ between two revisions for one
 * endpoint: per restriction text, the peers it covers in one revision and not in the other.
 * Undefined for none. Rows hold only which peers are restricted, not by what, so a changed HTTP
 * path on an allowed port would otherwise go unseen.
 */
function restrictionDifference(base: Connectivity, head: Connectivity, direction: Direction, e: number): Bitset | undefined {
  const byText = (conn: Connectivity) => {
    const out = new Map<string, Bitset>();
    for (const r of conn.rulesFor(direction, e).namespaced) {
      if (r.rule.restriction === undefined || r.rule.action !== 'allow') continue;
      const set = out.get(r.rule.restriction);
      if (set === undefined) out.set(r.rule.restriction, r.peers.slice());
      else orInto(set, r.peers);
    }
    return out;
  };
  const before = byText(base);
  const after = byText(head);
  if (before.size === 0 && after.size === 0) return undefined;
  const size = base.universe.endpoints.length;
  const diff = createBitset(size);
  let any = false;
  for (const text of new Set([...before.keys(), ...after.keys()])) {
    const x = before.get(text) ?? createBitset(size);
    const y = after.get(text) ?? createBitset(size);
    for (let i = 0; i < diff.length; i++) {
      const d = ((x[i] as number) ^ (y[i] as number)) >>> 0;
      if (d !== 0) {
        diff[i] = (diff[i] as number) | d;
        any = true;
      }
    }
  }
  return any ? diff : undefined;
}

function status(base: Connectivity, head: Connectivity, e: number): EndpointStatus {
  const before = hasBit(base.present, e);
  const after = hasBit(head.present, e);
  return before === after ? 'unchanged' : after ? 'added' : 'removed';
}

/** The peers whose verdict in some port class differs between two rows, or undefined for none. */
function rowDifference(a: Row, b: Row): Bitset | undefined {
  if (a === b) return undefined;
  const diff = createBitset(a.all.length * 32);
  let any = false;
  const mark = (x: Bitset, y: Bitset) => {
    for (let i = 0; i < diff.length; i++) {
      const d = ((x[i] as number) ^ (y[i] as number)) >>> 0;
      if (d !== 0) {
        diff[i] = (diff[i] as number) | d;
        any = true;
      }
    }
  };
  const markSets = (x: ClassSets | undefined, y: ClassSets | undefined) => {
    const none = createBitset(a.all.length * 32);
    const xs = x ?? { all: none, byClass: new Map<number, Bitset>() };
    const ys = y ?? { all: none, byClass: new Map<number, Bitset>() };
    mark(xs.all, ys.all);
    // A class a row singles out holds its full set; other classes follow `all`.
    for (const c of new Set([...xs.byClass.keys(), ...ys.byClass.keys()])) mark(xs.byClass.get(c) ?? xs.all, ys.byClass.get(c) ?? ys.all);
  };
  markSets(a, b);
  if (a.restricted !== undefined || b.restricted !== undefined) markSets(a.restricted, b.restricted);
  return any ? diff : undefined;
}

const SUBJECT: Record<Direction, 'src' | 'dst'> = { egress: 'src', ingress: 'dst' };

function explainChange(
  base: Connectivity,
  head: Connectivity,
  src: number,
  dst: number,
  opened: PortSet,
  closed: PortSet,
  restricted?: { ports: PortSet; explains: Reason['explains'] },
): Reason[] {
  const reasons = new Map<string, Reason>();
  const add = (r: Reason) => reasons.set(`${r.explains}\u0000${r.revision}\u0000${r.rule}\u0000${r.file}\u0000${r.line}`, r);
  for (const direction of ['egress', 'ingress'] as const) {
    const subject = SUBJECT[direction] === 'src' ? src : dst;
    if (restricted !== undefined && !isEmptyPorts(restricted.ports)) {
      // The restriction changed: name the rules that allow those ports now.
      for (const r of decide(head, direction, src, dst, restricted.ports).allowedBy) {
        if (restricted.explains === 'opened' || r.rule.restriction !== undefined) add(ruleReason(r, '', 'head', restricted.explains));
      }
    }
    if (!isEmptyPorts(opened) && hasBit(head.present, subject)) {
      const now = decide(head, direction, src, dst, opened);
      for (const r of now.allowedBy) add(ruleReason(r, '', 'head', 'opened'));
      if (now.byDefault && hasBit(base.present, subject)) {
        // Allowed because nothing decides any more: name what used to deny.
        const before = decide(base, direction, src, dst, opened);
        for (const r of before.deniedBy) add(ruleReason(r, ' no longer denies', 'base', 'opened'));
        for (const p of before.isolatedBy) add(isolationReason(p, direction, 'no longer isolates', 'base', 'opened'));
      }
    }
    if (!isEmptyPorts(closed) && hasBit(head.present, subject) && hasBit(base.present, subject)) {
      if (isEmptyPorts(subtractPorts(closed, directionPorts(head, direction, src, dst)))) continue;
      const now = decide(head, direction, src, dst, closed);
      for (const r of now.deniedBy) add(ruleReason(r, '', 'head', 'closed'));
      if (now.isolatedBy.length > 0) {
        if (!base.isIsolated(direction, subject)) {
          for (const p of now.isolatedBy) add(isolationReason(p, direction, 'isolates', 'head', 'closed'));
        } else {
          // The rule that allowed: still there but no longer matching (a selector or port
          // changed), or gone.
          for (const r of decide(base, direction, src, dst, closed).allowedBy) {
            add(ruleReason(r, headRules(head).has(ruleLabel(r.rule, r.policy)) ? ` no longer matches${labelTransformerNote(r, head)}` : ' is gone', 'base', 'closed'));
          }
        }
      }
    }
  }
  return [...reasons.values()];
}

const headRuleLabels = new WeakMap<Connectivity, Set<string>>();

/** The labels of every rule of a revision (to tell a changed rule from a removed one). */
function headRules(conn: Connectivity): Set<string> {
  let labels = headRuleLabels.get(conn);
  if (labels === undefined) {
    labels = new Set(conn.model.policies.flatMap((p) => p.rules.map((r) => ruleLabel(r, p))));
    headRuleLabels.set(conn, labels);
  }
  return labels;
}

const transformedRuleLabels = new WeakMap<Connectivity, Map<string, { rule: Rule; policy: Policy }>>();

/**
 * Why a rule rendered by Kustomize no longer matches, when a label transformer ran over its head
 * policy and its selectors gained labels: `: commonLabels at overlays/prod/kustomization.yaml:10
 * adds env=prod to its podSelector` (the commonLabels trap). '' otherwise.
 */
function labelTransformerNote(r: CompiledRule, head: Connectivity): string {
  let rules = transformedRuleLabels.get(head);
  if (rules === undefined) {
    rules = new Map(head.model.policies.filter((p) => p.origin.transformedBy !== undefined).flatMap((p) => p.rules.map((rule) => [ruleLabel(rule, p), { rule, policy: p }] as const)));
    transformedRuleLabels.set(head, rules);
  }
  const now = rules.get(ruleLabel(r.rule, r.policy));
  const by = now?.policy.origin.transformedBy?.find((t) => t.what === 'commonLabels' || t.what === 'labels');
  if (now === undefined || by === undefined) return '';
  const pods = (rule: Rule) => (rule.peers === 'all' ? [] : rule.peers.map((p) => (p.kind === 'pods' ? p.pods : { requirements: [] })));
  const gained = (before: readonly LabelSelector[], after: readonly LabelSelector[]) => {
    const had = (i: number) => new Set((before[i]?.requirements ?? []).map((q) => JSON.stringify(q)));
    return [...new Set(after.flatMap((s, i) => s.requirements.filter((q) => !had(i).has(JSON.stringify(q))).map(requirementText)))];
  };
  const peers = gained(pods(r.rule), pods(now.rule));
  const subject = gained([r.policy.subject.pods], [now.policy.subject.pods]);
  const [labels, where] = peers.length > 0 ? [peers, 'its podSelector'] : [subject, "the policy's podSelector"];
  return labels.length === 0 ? '' : `: ${by.what} at ${by.file}:${by.line} adds ${labels.join(', ')} to ${where}`;
}

function requirementText(q: LabelRequirement): string {
  if (q.operator === 'In' && q.values.length === 1) return `${q.key}=${q.values[0]}`;
  return q.values.length === 0 ? `${q.key} ${q.operator}` : `${q.key} ${q.operator} (${q.values.join(', ')})`;
}
