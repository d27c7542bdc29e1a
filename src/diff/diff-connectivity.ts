// Compares two revisions evaluated over one universe. Only rows that differ are looked at:
// a pair can change only if the source's egress row or the destination's ingress row changed,
// so a one-policy change costs a few rows, not every pair (DESIGN §4).
import type { Change, EndpointStatus, Reason } from '../model/change.js';
import type { PortSet } from '../model/ports.js';
import type { Direction, Policy, RuleOrigin } from '../model/rule.js';
import { createBitset, forEachBit, hasBit, type Bitset } from '../engine/bitset.js';
import type { Connectivity, Row } from '../engine/evaluate.js';
import { allowingRules } from '../engine/explain.js';
import { allowedPorts, directionPorts, isExternalPair } from '../engine/pair.js';
import { isEmptyPorts, portsEqual, subtractPorts } from '../engine/port-set.js';

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
  }
  const changes: Change[] = [];
  for (const src of [...candidates.keys()].sort((a, b) => a - b)) {
    forEachBit(candidates.get(src) as Bitset, (dst) => {
      if (isExternalPair(base, src, dst)) return;
      const before = allowedPorts(base, src, dst);
      const after = allowedPorts(head, src, dst);
      if (portsEqual(before, after)) return;
      const opened = subtractPorts(after, before);
      const closed = subtractPorts(before, after);
      changes.push({
        src: (endpoints[src] as { id: string }).id,
        dst: (endpoints[dst] as { id: string }).id,
        before,
        after,
        opened,
        closed,
        endpointStatus: { src: status(base, head, src), dst: status(base, head, dst) },
        because: explainChange(base, head, src, dst, opened, closed),
      });
    });
  }
  return changes;
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
  const mark = (x: Bitset, xc: Bitset | undefined, y: Bitset, yc: Bitset | undefined) => {
    for (let i = 0; i < diff.length; i++) {
      const d = (((x[i] as number) | (xc?.[i] ?? 0)) ^ ((y[i] as number) | (yc?.[i] ?? 0))) >>> 0;
      if (d !== 0) {
        diff[i] = (diff[i] as number) | d;
        any = true;
      }
    }
  };
  mark(a.all, undefined, b.all, undefined);
  for (const c of new Set([...a.byClass.keys(), ...b.byClass.keys()])) mark(a.all, a.byClass.get(c), b.all, b.byClass.get(c));
  return any ? diff : undefined;
}

const SUBJECT: Record<Direction, 'src' | 'dst'> = { egress: 'src', ingress: 'dst' };

function explainChange(base: Connectivity, head: Connectivity, src: number, dst: number, opened: PortSet, closed: PortSet): Reason[] {
  const reasons = new Map<string, Reason>();
  const add = (r: Reason) => reasons.set(`${r.explains}\u0000${r.revision}\u0000${r.rule}\u0000${r.file}\u0000${r.line}`, r);
  for (const direction of ['egress', 'ingress'] as const) {
    const subject = SUBJECT[direction] === 'src' ? src : dst;
    if (!isEmptyPorts(opened) && hasBit(head.present, subject)) {
      if (head.isIsolated(direction, subject)) {
        for (const r of allowingRules(head, direction, src, dst, opened)) add(ruleReason(r.rule.origin, 'head', 'opened'));
      } else if (base.isIsolated(direction, subject)) {
        for (const p of base.isolatingPolicies(direction, subject)) add(policyReason(p, `no longer isolates ${direction}`, 'base', 'opened'));
      }
    }
    if (!isEmptyPorts(closed) && hasBit(head.present, subject) && hasBit(base.present, subject)) {
      const stillAllowed = directionPorts(head, direction, src, dst);
      if (isEmptyPorts(subtractPorts(closed, stillAllowed))) continue;
      if (head.isIsolated(direction, subject) && !base.isIsolated(direction, subject)) {
        for (const p of head.isolatingPolicies(direction, subject)) add(policyReason(p, `isolates ${direction}`, 'head', 'closed'));
      } else {
        for (const r of allowingRules(base, direction, src, dst, closed)) add(ruleReason(r.rule.origin, 'base', 'closed'));
      }
    }
  }
  return [...reasons.values()];
}

export function policyName(origin: { namespace?: string; name: string }): string {
  return origin.namespace === undefined ? origin.name : `${origin.namespace}/${origin.name}`;
}

function ruleReason(origin: RuleOrigin, revision: Reason['revision'], explains: Reason['explains']): Reason {
  return { rule: `${policyName(origin.policy)} ${origin.direction}[${origin.index}]`, revision, explains, file: origin.file, line: origin.line };
}

function policyReason(policy: Policy, what: string, revision: Reason['revision'], explains: Reason['explains']): Reason {
  return { rule: `${policyName(policy.origin)} ${what}`, revision, explains, file: policy.origin.file, line: policy.origin.line };
}
