// Why one direction of one pair gets its verdict: the rules that decided each port class, in
// the order of DESIGN §4. It walks the same tiers as the row engine, for one pair only, so the
// report can say *because*.
import type { PortSet } from '../model/ports.js';
import type { Direction, Policy } from '../model/rule.js';
import { hasBit } from './bitset.js';
import type { CompiledRule, Connectivity } from './connectivity.js';
import { ALL_PORTS, isAllPorts } from './port-set.js';
import { decidingCalicoRule } from './calico-tiers.js';

export interface Decision {
  /** Rules that allowed some of the ports (admin Allow, namespaced allows, baseline Allow). */
  readonly allowedBy: readonly CompiledRule[];
  /** Admin or baseline Deny rules that denied some of the ports. */
  readonly deniedBy: readonly CompiledRule[];
  /** Namespaced policies whose isolation denied some of the ports (no allow rule matched). */
  readonly isolatedBy: readonly Policy[];
  /** Whether some port was allowed because nothing decided it. */
  readonly byDefault: boolean;
  /** What lets requests through where only restricted rules (L7, DNS names) allow. */
  readonly restrictions: readonly string[];
}

export function decide(conn: Connectivity, direction: Direction, src: number, dst: number, ports: PortSet): Decision {
  const subject = direction === 'egress' ? src : dst;
  const peer = direction === 'egress' ? dst : src;
  const target = conn.workloadAt(dst);
  const { portClasses } = conn.universe;
  const rules = conn.rulesFor(direction, subject);
  const classes = new Set<number>();
  const p = isAllPorts(ports) ? ALL_PORTS : ports;
  for (const protocol of ['TCP', 'UDP', 'SCTP'] as const)
    for (const [first, last] of p[protocol] ?? [])
      for (const c of portClasses.classesIn(protocol, first, last)) classes.add(c);

  const matches = (r: CompiledRule, c: number) =>
    hasBit(r.peers, peer) &&
    (r.allPorts ||
      r.classes.includes(c) ||
      r.named.some((n) =>
        (target?.ports ?? []).some(
          (port) =>
            port.name === n.name && port.protocol === n.protocol && portClasses.classOf(port.protocol, port.port) === c,
        ),
      ));

  const allowedBy = new Set<CompiledRule>();
  const deniedBy = new Set<CompiledRule>();
  const isolatedBy = new Set<Policy>();
  const restrictions = new Set<string>();
  let byDefault = false;
  /** The first priority level with a match: each policy's first matching rule there. */
  const firstLevel = (tier: readonly CompiledRule[], c: number): CompiledRule[] => {
    for (let i = 0; i < tier.length;) {
      const priority = tier[i]?.policy.priority;
      const first = new Map<Policy, CompiledRule>();
      for (; i < tier.length && tier[i]?.policy.priority === priority; i++) {
        const r = tier[i] as CompiledRule;
        if (!first.has(r.policy) && matches(r, c)) first.set(r.policy, r);
      }
      if (first.size > 0) return [...first.values()];
    }
    return [];
  };
  /** Records the decision of a level (the strictest action wins a conflict); returns it. */
  const record = (matched: CompiledRule[]): 'allow' | 'deny' | 'pass' | undefined => {
    const denies = matched.filter((r) => r.rule.action === 'deny');
    if (denies.length > 0) {
      denies.forEach((r) => deniedBy.add(r));
      return 'deny';
    }
    if (matched.some((r) => r.rule.action === 'pass')) return 'pass';
    if (matched.length === 0) return undefined;
    matched.forEach((r) => allowedBy.add(r));
    return 'allow';
  };
  for (const c of classes) {
    const admin = record(firstLevel(rules.admin, c));
    if (admin === 'allow' || admin === 'deny') continue;
    if (rules.calico.length > 0) {
      // Calico tiers: the first rule that matches decides (calico-tiers.ts); past them, the
      // profile allows.
      const r = decidingCalicoRule(rules.calico, (x) => matches(x, c));
      if (r === undefined) byDefault = true;
      else if (r.rule.action === 'deny') deniedBy.add(r);
      else {
        allowedBy.add(r);
        if (r.rule.restriction !== undefined) restrictions.add(r.rule.restriction);
      }
      continue;
    }
    const denies = rules.namespaced.filter((r) => r.rule.action === 'deny' && matches(r, c));
    if (denies.length > 0) {
      denies.forEach((r) => deniedBy.add(r));
      continue;
    }
    if (conn.isIsolated(direction, subject)) {
      const allows = rules.namespaced.filter((r) => r.rule.action === 'allow' && matches(r, c));
      if (allows.length > 0) allows.forEach((r) => allowedBy.add(r));
      else conn.isolatingPolicies(direction, subject).forEach((pol) => isolatedBy.add(pol));
      if (allows.length > 0 && allows.every((r) => r.rule.restriction !== undefined))
        allows.forEach((r) => restrictions.add(r.rule.restriction as string));
      continue;
    }
    const baseline = record(firstLevel(rules.baseline, c));
    if (baseline === undefined || baseline === 'pass') byDefault = true;
  }
  return {
    allowedBy: [...allowedBy],
    deniedBy: [...deniedBy],
    isolatedBy: [...isolatedBy],
    byDefault,
    restrictions: [...restrictions],
  };
}
