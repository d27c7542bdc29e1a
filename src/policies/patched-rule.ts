// A rule rendered by Kustomize that a patch added is cited at the patch entry of its
// kustomization, since the source file of its policy does not hold it (the origin annotation
// names that file). Which node a patch added is rendered-documents' business.
import type { DocumentPath } from '../model/manifest.js';
import type { Rule } from '../model/rule.js';
import type { KubeObject } from '../manifests/kubernetes-objects.js';

/** `path` is the rule's path in the object (`['spec', 'ingress', 1]`). */
export function citedAtPatch(rule: Rule, object: KubeObject, path: DocumentPath): Rule {
  const patch = object.document.patchedAt?.([...object.path, ...path]);
  if (patch === undefined) return rule;
  return { ...rule, origin: { ...rule.origin, file: patch.file, line: patch.line, addedByPatch: true } };
}
