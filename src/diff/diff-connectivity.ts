// Compares two revisions evaluated over one universe: each pair that may have changed
// (changed-pairs.ts finds them at the cost of the change, not of every pair; DESIGN §4) gets its
// exact ports before and after, and the rules that explain the difference.
import type { Change, EndpointStatus, Reason, Restriction } from '../model/change.js';
import type { PortSet } from '../model/ports.js';
import type { LabelSelector } from '../model/labels.js';
import type { Relabeling } from '../model/rule-ref.js';
import type { Direction, Policy, Rule } from '../model/rule.js';
import type { Workload } from '../model/workload.js';
import { workloadKey } from '../engine/universe.js';
import { createBitset, forEachBit, hasBit, orInto, type Bitset } from '../engine/bitset.js';
import type { CompiledRule, Connectivity } from '../engine/connectivity.js';
import { decide } from '../engine/decide.js';
import { restrictionOf } from '../engine/restriction.js';
import { allowedPorts, directionPorts, isExternalPair, uncertainPorts } from '../engine/pair.js';
import { isEmptyPorts, portsEqual, subtractPorts, unionPorts } from '../engine/port-set.js';
import { forEachCandidatePair } from './changed-pairs.js';
import { isolationReason, reasonKey, ruleReason, type RuleChange } from './rule-reasons.js';
import { refKey, ruleRef } from './rule-refs.js';

export interface DiffTimings {
  /** Time spent naming the rules behind each change (the because-lines), in milliseconds. */
  explainMs: number;
}

export function diffConnectivity(base: Connectivity, head: Connectivity, timings?: DiffTimings): Change[] {
  if (base.universe !== head.universe)
    throw new Error('diffConnectivity needs both revisions evaluated over one universe');
  const { endpoints } = base.universe;
  // Port sets are shared values (port-classes.ts), and so are the ports a change opens and closes.
  const deltas = new Map<PortSet, Map<PortSet, { opened: PortSet; closed: PortSet }>>();
  const delta = (before: PortSet, after: PortSet) => {
    let byAfter = deltas.get(before);
    if (byAfter === undefined) deltas.set(before, (byAfter = new Map<PortSet, { opened: PortSet; closed: PortSet }>()));
    let d = byAfter.get(after);
    if (d === undefined)
      byAfter.set(after, (d = { opened: subtractPorts(after, before), closed: subtractPorts(before, after) }));
    return d;
  };
  const changes: Change[] = [];
  // Same peers and ports, but another L7 or DNS restriction: rows cannot tell (changed-pairs.ts
  // reads rows), so these pairs are found from the restricted rules themselves.
  const restricted = restrictionCandidates(base, head);
  const consider = (src: number, dst: number) => {
    restricted.get(src)?.delete(dst);
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
        restrictionChanged
          ? {
              ports: unionPorts(restrictionAfter?.ports ?? {}, restrictionBefore?.ports ?? {}),
              explains: restrictionAfter === undefined ? 'opened' : 'closed',
            }
          : undefined,
      ),
      ...(isEmptyPorts(uncertain) ? {} : { uncertain }),
      ...(restrictedBy === undefined ? {} : { restrictedBy }),
      ...(restrictionChanged && !isEmptyPorts(after)
        ? { restrictionBefore: restrictionBefore ?? { ports: {}, by: [] } }
        : {}),
    });
  };
  forEachCandidatePair(base, head, consider);
  for (const [src, dsts] of [...restricted].sort(([a], [b]) => a - b))
    for (const dst of [...dsts].sort((a, b) => a - b)) consider(src, dst);
  return changes;
}

function restrictionKey(r: Restriction | undefined): string {
  return r === undefined ? '' : `${JSON.stringify(r.ports)} ${[...r.by].sort().join('; ')}`;
}

/** For each source, the destinations whose restriction may have changed (see restrictionDifference). */
function restrictionCandidates(base: Connectivity, head: Connectivity): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  const add = (src: number, dst: number) => {
    if (isExternalPair(base, src, dst)) return;
    const set = out.get(src);
    if (set === undefined) out.set(src, new Set([dst]));
    else set.add(dst);
  };
  const size = base.universe.endpoints.length;
  for (let e = 0; e < size; e++) {
    const egress = restrictionDifference(base, head, 'egress', e);
    if (egress !== undefined) forEachBit(egress, (dst) => add(e, dst));
    const ingress = restrictionDifference(base, head, 'ingress', e);
    if (ingress !== undefined) forEachBit(ingress, (src) => add(src, e));
  }
  return out;
}

/**
 * The peers whose restricted rules (L7 rules, DNS names) differ between two revisions for one
 * endpoint: per restriction text, the peers it covers in one revision and not in the other.
 * Undefined for none. Rows hold only which peers are restricted, not by what, so a changed HTTP
 * path on an allowed port would otherwise go unseen.
 */
function restrictionDifference(
  base: Connectivity,
  head: Connectivity,
  direction: Direction,
  e: number,
): Bitset | undefined {
  const byText = (conn: Connectivity) => {
    const out = new Map<string, Bitset>();
    const rules = conn.rulesFor(direction, e);
    // Cilium's L7 rules are namespaced; Calico's `http` rules are in its tiers.
    for (const r of [...rules.namespaced, ...rules.calico]) {
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
        if (restricted.explains === 'opened' || r.rule.restriction !== undefined)
          add(ruleReason(r, 'head', restricted.explains));
      }
    }
    if (!isEmptyPorts(opened) && hasBit(head.present, subject)) {
      const now = decide(head, direction, src, dst, opened);
      for (const r of now.allowedBy) add(ruleReason(r, 'head', 'opened'));
      if (now.byDefault && !hasBit(base.present, subject)) {
        // A new workload that no policy isolates: say so, at its manifest, rather than nothing.
        const added = newWorkloadReason(head, subject, direction);
        if (added !== undefined) add(added);
      }
      if (now.byDefault && hasBit(base.present, subject)) {
        // Allowed because nothing decides any more: name what used to deny.
        const before = decide(base, direction, src, dst, opened);
        for (const r of before.deniedBy) add(ruleReason(r, 'base', 'opened', { change: 'no-longer-denies' }));
        for (const p of before.isolatedBy) add(isolationReason(p, direction, true, 'base', 'opened'));
      }
    }
    if (!isEmptyPorts(closed) && hasBit(head.present, subject) && hasBit(base.present, subject)) {
      if (isEmptyPorts(subtractPorts(closed, directionPorts(head, direction, src, dst)))) continue;
      const now = decide(head, direction, src, dst, closed);
      for (const r of now.deniedBy) add(ruleReason(r, 'head', 'closed'));
      if (now.isolatedBy.length > 0) {
        if (!base.isIsolated(direction, subject)) {
          for (const p of now.isolatedBy) add(isolationReason(p, direction, false, 'head', 'closed'));
        } else {
          // The rule that allowed: still there but no longer matching (a selector or port
          // changed), or gone.
          for (const r of decide(base, direction, src, dst, closed).allowedBy)
            add(ruleReason(r, 'base', 'closed', baseRuleChange(r, head)));
        }
      }
    }
  }
  return [...reasons.values()];
}

const workloadsByIndex = new WeakMap<Connectivity, Map<number, Workload>>();

/** `Deployment shop/web is new, and no policy isolates its ingress`, at the workload's line. */
function newWorkloadReason(conn: Connectivity, subject: number, direction: Direction): Reason | undefined {
  let byIndex = workloadsByIndex.get(conn);
  if (byIndex === undefined) {
    byIndex = new Map(
      conn.model.workloads.map((w) => [conn.universe.indexByWorkload.get(workloadKey(w)) as number, w]),
    );
    workloadsByIndex.set(conn, byIndex);
  }
  const w = byIndex.get(subject);
  // Representative pods have no manifest to point at.
  if (w === undefined || w.source.file === '') return undefined;
  return {
    ref: { type: 'new-workload', workload: { kind: w.kind, namespace: w.namespace, name: w.name }, direction },
    revision: 'head',
    explains: 'opened',
    file: w.source.file,
    line: w.source.line,
  };
}

const headRuleKeys = new WeakMap<Connectivity, Set<string>>();

/** What became of a base rule that allowed and no longer does: still there (by its reference) but
 * no longer matching, because a selector or port changed, or gone. */
function baseRuleChange(r: CompiledRule, head: Connectivity): RuleChange {
  let keys = headRuleKeys.get(head);
  if (keys === undefined) {
    keys = new Set(head.model.policies.flatMap((p) => p.rules.map((rule) => refKey(ruleRef(rule, p)))));
    headRuleKeys.set(head, keys);
  }
  if (!keys.has(refKey(ruleRef(r.rule, r.policy)))) return { change: 'gone' };
  const relabeled = relabeling(r, head);
  return { change: 'no-longer-matches', ...(relabeled === undefined ? {} : { relabeled }) };
}

const transformedRules = new WeakMap<Connectivity, Map<string, { rule: Rule; policy: Policy }>>();

/**
 * Why a rule rendered by Kustomize no longer matches, when a label transformer ran over its head
 * policy and its selectors gained labels: the commonLabels at overlays/prod/kustomization.yaml:10
 * that adds env=prod to its podSelector (the commonLabels trap). Undefined otherwise.
 */
function relabeling(r: CompiledRule, head: Connectivity): Relabeling | undefined {
  let rules = transformedRules.get(head);
  if (rules === undefined) {
    rules = new Map(
      head.model.policies
        .filter((p) => p.origin.transformedBy !== undefined)
        .flatMap((p) => p.rules.map((rule) => [refKey(ruleRef(rule, p)), { rule, policy: p }] as const)),
    );
    transformedRules.set(head, rules);
  }
  const now = rules.get(refKey(ruleRef(r.rule, r.policy)));
  const by = now?.policy.origin.transformedBy?.find((t) => t.what === 'commonLabels' || t.what === 'labels');
  if (now === undefined || by === undefined) return undefined;
  const pods = (rule: Rule) =>
    rule.peers === 'all' ? [] : rule.peers.map((p) => (p.kind === 'pods' ? p.pods : { requirements: [] }));
  const gained = (before: readonly LabelSelector[], after: readonly LabelSelector[]) => {
    const had = (i: number) => new Set((before[i]?.requirements ?? []).map((q) => JSON.stringify(q)));
    return after.flatMap((s, i) => s.requirements.filter((q) => !had(i).has(JSON.stringify(q))));
  };
  const peers = gained(pods(r.rule), pods(now.rule));
  const subject = gained([r.policy.subject.pods], [now.policy.subject.pods]);
  const [labels, selector] = peers.length > 0 ? [peers, 'peers' as const] : [subject, 'subject' as const];
  return labels.length === 0 ? undefined : { what: by.what, file: by.file, line: by.line, labels, selector };
}
