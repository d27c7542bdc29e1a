// DEAD_ALLOW_RULE (issue 12): a namespaced allow rule that matches traffic, none of which it
// ever allows, because a deny evaluated before it (an admin Deny, a Cilium deny rule) decides
// all of it first (DESIGN §4). Read off the evaluated rows: where the rule matches a peer on a
// port class and the row still lacks that peer, something above the rule denied it.
import type { Policy, Rule } from '../model/rule.js';
import type { Workload } from '../model/workload.js';
import { forEachBit, isEmptyBitset, type Bitset } from '../engine/bitset.js';
import { decide } from '../engine/decide.js';
import type { CompiledRule, Connectivity } from '../engine/connectivity.js';
import type { Named, Words } from '../model/rule-ref.js';
import { ruleRef } from './rule-refs.js';

export interface DeadRule {
  readonly key: string;
  readonly code: 'DEAD_ALLOW_RULE';
  readonly file: string;
  readonly line: number;
  readonly message: Words;
  readonly fix: string;
}

interface Tally {
  readonly compiled: CompiledRule;
  alive: boolean;
  /** One matched subject, peer and port class, to name the deny that decides it. */
  sample?: { subject: number; peer: number; c: number };
}

export function findDeadAllowRules(
  conn: Connectivity,
  workloads: ReadonlyMap<number, Workload>,
  policyKey: (p: Policy) => string,
): DeadRule[] {
  const classCount = conn.universe.portClasses.classes.length;
  const allClasses = Array.from({ length: classCount }, (_, i) => i);
  const tallies = new Map<string, Tally>();
  for (const [subject, w] of workloads) {
    if (w.hostNetwork) continue;
    for (const direction of ['ingress', 'egress'] as const) {
      const rules = conn.rulesFor(direction, subject).namespaced;
      if (rules.length === 0) continue;
      const row = conn.row(direction, subject);
      for (const r of rules) {
        if (r.rule.action !== 'allow' || isEmptyBitset(r.peers)) continue;
        // Named ports resolve on the destination: only the subject's own for ingress; an egress
        // rule with named ports is not judged (its destinations vary).
        if (r.named.length > 0 && direction === 'egress') continue;
        const named = r.named.flatMap((n) =>
          w.ports
            .filter((p) => p.name === n.name && p.protocol === n.protocol)
            .map((p) => conn.universe.portClasses.classOf(p.protocol, p.port)),
        );
        const classes = r.allPorts ? allClasses : [...new Set([...r.classes, ...named])];
        if (classes.length === 0) continue;
        const key = `${policyKey(r.policy)} ${r.rule.origin.part ?? ''} ${r.rule.origin.section ?? r.rule.direction}[${r.rule.origin.index}]`;
        let tally = tallies.get(key);
        if (tally === undefined) tallies.set(key, (tally = { compiled: r, alive: false }));
        if (tally.alive) continue;
        if (allows(row, r.peers, classes)) tally.alive = true;
        else if (tally.sample === undefined)
          tally.sample = { subject, peer: firstBit(r.peers), c: classes[0] as number };
      }
    }
  }
  const out: DeadRule[] = [];
  for (const [key, t] of tallies) {
    if (t.alive || t.sample === undefined) continue;
    const { rule, policy } = t.compiled;
    const { subject, peer, c } = t.sample;
    const [src, dst] = rule.direction === 'egress' ? [subject, peer] : [peer, subject];
    const denier = decide(conn, rule.direction, src, dst, conn.universe.portClasses.toPortSet([c])).deniedBy[0];
    out.push(
      deadRule(
        key,
        rule,
        policy,
        denier === undefined ? 'a deny evaluated before it' : { rule: ruleRef(denier.rule, denier.policy) },
      ),
    );
  }
  return out;
}

/** Whether the row allows some of the peers on some of the classes. */
function allows(
  row: { all: Bitset; byClass: ReadonlyMap<number, Bitset> },
  peers: Bitset,
  classes: readonly number[],
): boolean {
  const overlaps = (set: Bitset) => {
    for (let i = 0; i < peers.length; i++) if (((peers[i] as number) & (set[i] as number)) !== 0) return true;
    return false;
  };
  let followsAll = false;
  for (const c of classes) {
    const set = row.byClass.get(c);
    if (set === undefined) followsAll = true;
    else if (overlaps(set)) return true;
  }
  return followsAll && overlaps(row.all);
}

function firstBit(set: Bitset): number {
  let first = -1;
  forEachBit(set, (i) => {
    if (first < 0) first = i;
  });
  return first;
}

function deadRule(key: string, rule: Rule, policy: Policy, denier: string | Named): DeadRule {
  return {
    key: `DEAD_ALLOW_RULE ${key}`,
    code: 'DEAD_ALLOW_RULE',
    file: rule.origin.file,
    line: rule.origin.line,
    message: [{ rule: ruleRef(rule, policy) }, ' allows nothing: everything it matches is denied first by ', denier],
    fix: 'remove the rule, or change the deny (an admin policy is evaluated before every NetworkPolicy)',
  };
}
