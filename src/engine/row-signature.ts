// Names everything one endpoint's row depends on, so that endpoints no policy tells apart (the
// same rules select them, the same isolation, the same resolution of named ports) share one row
// instead of each computing its own N-bit sets (DESIGN §4). What a row is made of lives in row.ts.
import type { Direction } from '../model/rule.js';
import type { Workload } from '../model/workload.js';
import type { CompiledRule } from './connectivity.js';
import type { PortClasses } from './port-classes.js';
import type { RowRules } from './connectivity.js';

/**
 * The key of a row: equal keys mean equal rows within one evaluation. `ruleId` numbers compiled
 * rules (their peer sets, ports and actions are fixed once compiled). An ingress row also reads
 * the endpoint's own container ports, but only those that its rules name (SEMANTICS §2.8).
 */
export function rowSignature(
  direction: Direction,
  rules: RowRules,
  isIsolated: boolean,
  self: Workload | undefined,
  portClasses: PortClasses,
  ruleId: (r: CompiledRule) => number,
): string {
  const ids = (tier: readonly CompiledRule[]) => tier.map(ruleId).join(',');
  let key = `${isIsolated ? 'i' : 'o'}|${ids(rules.admin)}|${ids(rules.namespaced)}|${ids(rules.baseline)}|${ids(rules.calico)}`;
  if (direction === 'ingress' && self !== undefined) {
    const named = new Set<string>();
    for (const tier of [rules.admin, rules.namespaced, rules.baseline, rules.calico])
      for (const r of tier) for (const n of r.named) named.add(`${n.protocol}/${n.name}`);
    if (named.size > 0) {
      for (const port of self.ports) {
        if (port.name !== undefined && named.has(`${port.protocol}/${port.name}`))
          key += `|${port.protocol}/${port.name}=${portClasses.classOf(port.protocol, port.port)}`;
      }
    }
  }
  return key;
}
