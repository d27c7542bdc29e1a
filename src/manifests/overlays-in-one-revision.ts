// A listed kustomization that exists in one revision only is a part of the cluster added or
// removed by the change, not an error: its objects count as new (or gone) like any other, and
// the report says why in one warning per kustomization.
import type { Diagnostic } from '../model/diagnostic.js';

/** `base` and `head` are the listed kustomization directories each revision has (the keys of
 * its rendered `byKustomization`). */
export function overlaysInOneRevision(base: Iterable<string>, head: Iterable<string>): Diagnostic[] {
  const before = new Set(base);
  const after = new Set(head);
  const only = (dirs: Set<string>, other: Set<string>) => [...dirs].filter((d) => !other.has(d)).sort();
  return [
    ...only(after, before).map((d) => warning(d, 'added')),
    ...only(before, after).map((d) => warning(d, 'removed')),
  ];
}

function warning(dir: string, change: 'added' | 'removed'): Diagnostic {
  const [has, lacks] = change === 'added' ? ['head', 'base'] : ['base', 'head'];
  return {
    code: 'KUSTOMIZATION_IN_ONE_REVISION',
    severity: 'warning',
    file: dir,
    line: 0,
    message: `the kustomization ${dir} exists at ${has} only: what it renders is a part of the cluster ${change} by this change (its workloads count as ${change === 'added' ? 'new' : 'gone'})`,
    fix: `nothing to do if ${dir} was ${change} on purpose; otherwise check that ${lacks} has it where --kustomize (the action's kustomize input) looks`,
  };
}
