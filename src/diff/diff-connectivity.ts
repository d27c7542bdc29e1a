// Compares two revisions evaluated over one universe. Only rows that differ are looked at:
// a pair can change only if the source's egress row or the destination's ingress row changed,
// so a one-policy change costs a few rows, not every pair (DESIGN §4).
import type { Change, EndpointStatus, Reason, Restriction } from '../model/change.js';
import type { PortSet } from '../model/ports.js';
import type { LabelRequirement, LabelSelector } from '../model/labels.js';
import type { Direction, Policy, Rule } from '../model/rule.js';
import { createBitset, forEachBit, hasBit, setBit, type Bitset } from '../engine/bitset.js';
import type { ClassSets, CompiledRule, Connectivity, Row } from '../engine/evaluate.js';
import { decide } from '../engine/decide.js';
import { restrictionOf } from '../engine/restriction.js';
import { rowCell, type Cell } from '../engine/row-cell.js';
import { compareRowInputs } from '../engine/row-equivalence.js';
import { allowedPorts, directionPorts, isExternalPair, uncertainPorts } from '../engine/pair.js';
import { isEmptyPorts, portsEqual, subtractPorts, unionPorts } from '../engine/port-set.js';

export interface DiffTimings {
  /** Time spent naming the rules behind each change (the because-lines), in milliseconds. */
  explainMs: number;
}

export function diffConnectivity(base: Connectivity, head: Connectivity, timings?: DiffTimings): Change[] {
  if (base.universe !== head.universe) throw new Error('diffConnectivity needs both revisions evaluated over one universe');
  const { endpoints } = base.universe;
  const size = endpoints.length;
  const inputs = compareRowInputs(base, head);
  // Candidate pairs by source: the destinations of a changed egress row (a bitset shared with
  // the row difference, never written), and single destinations from changed ingress rows.
  const egressCandidates = new Map<number, Bitset>();
  const moreCandidates = new Map<number, number[]>();
  const candidate = (src: number, dst: number) => {
    const list = moreCandidates.get(src);
    if (list === undefined) moreCandidates.set(src, [dst]);
    else list.push(dst);
  };
  const classCount = base.universe.portClasses.classes.length;
  const views = new Map<Row, RowView>();
  const view = (row: Row) => {
    let v = views.get(row);
    if (v === undefined) views.set(row, (v = viewOf(row, classCount)));
    return v;
  };
  // Port sets are shared values (port-classes.ts), and so are the ports a change opens and closes.
  const deltas = new Map<PortSet, Map<PortSet, { opened: PortSet; closed: PortSet }>>();
  const delta = (before: PortSet, after: PortSet) => {
    let byAfter = deltas.get(before);
    if (byAfter === undefined) deltas.set(before, (byAfter = new Map()));
    let d = byAfter.get(after);
    if (d === undefined) byAfter.set(after, (d = { opened: subtractPorts(after, before), closed: subtractPorts(before, after) }));
    return d;
  };
  const differences = new Map<Row, Map<Row, Bitset | undefined>>();
  const difference = (a: Row, b: Row): Bitset | undefined => {
    let byB = differences.get(a);
    if (byB === undefined) differences.set(a, (byB = new Map()));
    if (!byB.has(b)) byB.set(b, rowDifference(a, b));
    return byB.get(b);
  };
  // Same rules: only the columns of endpoints that changed can differ, looked at one by one
  // while they are few (past a word's worth per row, comparing whole rows is cheaper).
  const { changedColumns } = inputs;
  const fewColumns = changedColumns.length <= Math.max(32, size >>> 5);
  // Rules that agree but for a few peers (workloads that came into or left a selection): the
  // row can differ only at those peers, each a candidate without computing the row.
  const moved = (direction: Direction, e: number) => (fewColumns ? inputs.movedPeers(direction, e) : undefined);
  for (let e = 0; e < size; e++) {
    const egressSame = fewColumns && inputs.sameInputs('egress', e);
    const egressMoved = egressSame ? undefined : moved('egress', e);
    if (egressSame) {
      for (const x of changedColumns) if (inputs.mayDifferAt('egress', e, x) && differsAt(base.row('egress', e), head.row('egress', e), x)) candidate(e, x);
    } else if (egressMoved !== undefined) {
      for (const x of [...egressMoved, ...changedColumns]) if (inputs.mayDifferAt('egress', e, x)) candidate(e, x);
    } else {
      const egress = difference(base.row('egress', e), head.row('egress', e));
      if (egress !== undefined) egressCandidates.set(e, egress);
    }
    const ingressSame = fewColumns && inputs.sameInputs('ingress', e);
    const ingressMoved = ingressSame ? undefined : moved('ingress', e);
    if (ingressSame) {
      for (const x of changedColumns) if (inputs.mayDifferAt('ingress', e, x) && differsAt(base.row('ingress', e), head.row('ingress', e), x)) candidate(x, e);
    } else if (ingressMoved !== undefined) {
      for (const x of [...ingressMoved, ...changedColumns]) if (inputs.mayDifferAt('ingress', e, x)) candidate(x, e);
    } else {
      const ingress = difference(base.row('ingress', e), head.row('ingress', e));
      if (ingress !== undefined) forEachBit(ingress, (src) => candidate(src, e));
    }
  }
  const changes: Change[] = [];
  const sources = [...new Set([...egressCandidates.keys(), ...moreCandidates.keys()])].sort((a, b) => a - b);
  for (const src of sources) {
    const more = moreCandidates.get(src) ?? [];
    let dsts = egressCandidates.get(src);
    if (dsts !== undefined && more.length > 0) {
      dsts = dsts.slice();
      for (const dst of more) setBit(dsts, dst);
    }
    const egressBefore = view(base.row('egress', src));
    const egressAfter = view(head.row('egress', src));
    const check = (dst: number) => {
      if (isExternalPair(base, src, dst)) return;
      // Most candidates of a changed row keep their verdict (the other side still denies): a few
      // bit tests tell, before any port set is built.
      if (!pairMayDiffer(base, head, egressBefore, egressAfter, src, dst, view)) return;
      const before = allowedPorts(base, src, dst);
      const after = allowedPorts(head, src, dst);
      const restrictionAfter = restrictionOf(head, src, dst);
      const restrictionBefore = restrictionOf(base, src, dst);
      const restrictionChanged = restrictionKey(restrictionBefore) !== restrictionKey(restrictionAfter);
      if (portsEqual(before, after) && !restrictionChanged) return;
      const { opened, closed } = delta(before, after);
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
        because: explainTimed(
          timings,
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
    };
    if (dsts !== undefined) forEachBit(dsts, check);
    else for (const dst of increasingUnique(more)) check(dst);
  }
  return changes;
}

function increasingUnique(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.filter((v, i) => i === 0 || v !== sorted[i - 1]);
}

function restrictionKey(r: Restriction | undefined): string {
  return r === undefined ? '' : `${JSON.stringify(r.ports)} ${[...r.by].sort().join('; ')}`;
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

/** Whether the rows of two revisions differ at one peer, in any port class or layer. */
function differsAt(a: Row, b: Row, x: number): boolean {
  const setsDiffer = (p: ClassSets | undefined, q: ClassSets | undefined) => {
    if (p === undefined && q === undefined) return false;
    const pAll = p === undefined ? false : hasBit(p.all, x);
    const qAll = q === undefined ? false : hasBit(q.all, x);
    if (pAll !== qAll) return true;
    for (const [c, set] of p?.byClass ?? []) if (hasBit(set, x) !== (q === undefined ? false : hasBit(q.byClass.get(c) ?? q.all, x))) return true;
    for (const [c, set] of q?.byClass ?? []) if (hasBit(set, x) !== (p === undefined ? false : hasBit(p.byClass.get(c) ?? p.all, x))) return true;
    return false;
  };
  return setsDiffer(a, b) || setsDiffer(a.restricted, b.restricted);
}

/** A row with its sets by class index (undefined for a class that follows `all`), for bit
 * tests without map lookups. */
interface RowView {
  readonly row: Row;
  readonly classes: readonly number[];
  readonly byIndex: readonly (Bitset | undefined)[];
}

function viewOf(row: Row, classCount: number): RowView {
  const byIndex = new Array<Bitset | undefined>(classCount).fill(undefined);
  for (const [c, set] of row.byClass) byIndex[c] = set;
  return { row, classes: [...row.byClass.keys()], byIndex };
}

/** A destination's ingress verdicts for one source: a view of its row, or the one cell of it
 * read from its rules (row-cell.ts) so that the row need not be computed. */
type Ingress = RowView | Cell;

function ingressOf(conn: Connectivity, dst: number, src: number, view: (row: Row) => RowView): Ingress {
  return rowCell(conn, 'ingress', dst, src) ?? view(conn.row('ingress', dst));
}

/**
 * False only when the pair's allowed port classes are provably the same in both revisions and
 * neither revision restricts it (then its ports and restriction are equal, and it is no change).
 * Called for every candidate pair, so it only tests bits (no port set is built), and it looks at
 * a destination's ingress only where the source's egress allows that destination something.
 */
function pairMayDiffer(base: Connectivity, head: Connectivity, eb: RowView, eh: RowView, src: number, dst: number, view: (row: Row) => RowView): boolean {
  const ib = reachesAny(eb, dst) ? ingressOf(base, dst, src, view) : undefined;
  const ih = reachesAny(eh, dst) ? ingressOf(head, dst, src, view) : undefined;
  if (ib === undefined && ih === undefined) return false;
  if (eb.row.restricted !== undefined || eh.row.restricted !== undefined || isRestricted(ib) || isRestricted(ih)) return true;
  // Each class some row or cell singles out (a class met twice is merely tested twice), then
  // every class none singles out, which follows the `all` sets (-1 is no class; where every
  // class is singled out this last test is merely superfluous).
  return classesDiffer(eb.classes, eb, ib, eh, ih, src, dst) || classesDiffer(eh.classes, eb, ib, eh, ih, src, dst) || classesDiffer(ib?.classes, eb, ib, eh, ih, src, dst) || classesDiffer(ih?.classes, eb, ib, eh, ih, src, dst) || allowedIn(eb, ib, -1, src, dst) !== allowedIn(eh, ih, -1, src, dst);
}

function isRestricted(ingress: Ingress | undefined): boolean {
  return ingress !== undefined && 'row' in ingress && ingress.row.restricted !== undefined;
}

function classesDiffer(classes: readonly number[] | undefined, eb: RowView, ib: Ingress | undefined, eh: RowView, ih: Ingress | undefined, src: number, dst: number): boolean {
  if (classes === undefined) return false;
  for (const c of classes) if (allowedIn(eb, ib, c, src, dst) !== allowedIn(eh, ih, c, src, dst)) return true;
  return false;
}

/** Whether an egress row allows the destination on some port class. */
function reachesAny(egress: RowView, dst: number): boolean {
  if (hasBit(egress.row.all, dst)) return true;
  for (const c of egress.classes) if (hasBit(egress.byIndex[c] as Bitset, dst)) return true;
  return false;
}

/** Whether class `c` is allowed; no ingress stands for an egress that allows nothing. */
function allowedIn(egress: RowView, ingress: Ingress | undefined, c: number, src: number, dst: number): boolean {
  if (ingress === undefined || !hasBit(setOf(egress, c), dst)) return false;
  if ('row' in ingress) return hasBit(setOf(ingress, c), src);
  return ingress.all || (c >= 0 && ingress.classes.includes(c));
}

function setOf(view: RowView, c: number): Bitset {
  return (c < 0 ? undefined : view.byIndex[c]) ?? view.row.all;
}

function explainTimed(timings: DiffTimings | undefined, ...args: Parameters<typeof explainChange>): Reason[] {
  if (timings === undefined) return explainChange(...args);
  const t = performance.now();
  const reasons = explainChange(...args);
  timings.explainMs += performance.now() - t;
  return reasons;
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
  const add = (r: Reason) => reasons.set(reasonKey(r), r);
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

function policyName(origin: { namespace?: string; name: string }): string {
  return origin.namespace === undefined ? origin.name : `${origin.namespace}/${origin.name}`;
}

const KIND_LABEL: Readonly<Record<string, string>> = {
  AdminNetworkPolicy: 'ANP',
  BaselineAdminNetworkPolicy: 'BANP',
  ClusterNetworkPolicy: 'ClusterNetworkPolicy',
  CiliumNetworkPolicy: 'CNP',
  CiliumClusterwideNetworkPolicy: 'CCNP',
};
const ACTION_LABEL = { allow: 'Allow', deny: 'Deny', pass: 'Pass' } as const;

/** How a report names a rule: `team-two/pod-3 ingress[0]`, or for admin policies
 * `ANP deny-restricted (priority 10) egress[2] "deny-all-to-restricted": Deny`. */
function ruleLabel(rule: CompiledRule['rule'], policy: Policy): string {
  const { origin } = rule;
  const where = `${origin.part === undefined ? '' : `${origin.part} `}${origin.section ?? origin.direction}[${origin.index}]`;
  const kind = KIND_LABEL[policy.origin.kind] ?? policy.origin.kind;
  if (policy.origin.kind === 'NetworkPolicy') return `${policyName(origin.policy)} ${where}`;
  if (policy.tier === 'namespaced') return `${kind} ${policyName(origin.policy)} ${where}${rule.action === 'deny' ? ': Deny' : ''}`;
  const isCnp = kind === 'ClusterNetworkPolicy';
  const rank = policy.tier === 'admin' ? ` (${isCnp ? 'Admin, ' : ''}priority ${policy.priority ?? 0})` : isCnp ? ` (Baseline, priority ${policy.priority ?? 0})` : '';
  const name = origin.name === undefined ? '' : ` "${origin.name}"`;
  return `${kind} ${policy.origin.name}${rank} ${where}${name}: ${ACTION_LABEL[rule.action]}`;
}

/** Reasons are values that every change they explain shares (one rule explains thousands of
 * pairs at scale): made once per rule or policy and wording, with their key for `add`. */
const reasonMemo = new WeakMap<object, Map<string, Reason>>();
const reasonKeys = new WeakMap<Reason, string>();

function memoReason(owner: object, variant: string, make: () => Reason): Reason {
  let byVariant = reasonMemo.get(owner);
  if (byVariant === undefined) reasonMemo.set(owner, (byVariant = new Map()));
  let reason = byVariant.get(variant);
  if (reason === undefined) byVariant.set(variant, (reason = make()));
  return reason;
}

function reasonKey(r: Reason): string {
  let key = reasonKeys.get(r);
  if (key === undefined) reasonKeys.set(r, (key = `${r.explains}\u0000${r.revision}\u0000${r.rule}\u0000${r.file}\u0000${r.line}`));
  return key;
}

function ruleReason(r: CompiledRule, suffix: string, revision: Reason['revision'], explains: Reason['explains']): Reason {
  return memoReason(r, `${suffix}\u0000${revision}\u0000${explains}`, () => ({ rule: `${ruleLabel(r.rule, r.policy)}${suffix}`, revision, explains, file: r.rule.origin.file, line: r.rule.origin.line }));
}

/** Why a policy isolates (or no longer isolates) an endpoint. A Cilium empty rule (`{}`) is named
 * as such, since it reads as allow-all to anyone who knows NetworkPolicy (SEMANTICS §5.3). */
function isolationReason(policy: Policy, direction: Direction, verb: string, revision: Reason['revision'], explains: Reason['explains']): Reason {
  return memoReason(policy, `${direction}\u0000${verb}\u0000${revision}\u0000${explains}`, () => makeIsolationReason(policy, direction, verb, revision, explains));
}

function makeIsolationReason(policy: Policy, direction: Direction, verb: string, revision: Reason['revision'], explains: Reason['explains']): Reason {
  const empty = policy.rules.find((r) => r.direction === direction && r.emptyRule === true);
  if (empty === undefined) return policyReason(policy, `${verb} ${direction}`, revision, explains);
  const label = ruleLabel(empty, policy).replace(/: (Allow|Deny)$/, '');
  const what = verb === 'isolates' ? 'empty rule: default deny only' : `empty rule (default deny only) ${verb} ${direction}`;
  return { rule: `${label} ${what}`, revision, explains, file: empty.origin.file, line: empty.origin.line };
}

function policyReason(policy: Policy, what: string, revision: Reason['revision'], explains: Reason['explains']): Reason {
  const kind = policy.origin.kind === 'NetworkPolicy' ? '' : `${KIND_LABEL[policy.origin.kind] ?? policy.origin.kind} `;
  return { rule: `${kind}${policyName(policy.origin)} ${what}`, revision, explains, file: policy.origin.file, line: policy.origin.line };
}
