// Label-selector matching, exactly as apimachinery's Requirement.Matches (SEMANTICS §2.6):
// requirements are ANDed, `NotIn` matches an object that lacks the key.
import type { LabelRequirement, LabelSelector, Labels } from '../model/labels.js';

function matchesRequirement(requirement: LabelRequirement, labels: Labels): boolean {
  const has = Object.hasOwn(labels, requirement.key);
  switch (requirement.operator) {
    case 'In':
      return has && requirement.values.includes(labels[requirement.key] as string);
    case 'NotIn':
      return !has || !requirement.values.includes(labels[requirement.key] as string);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
  }
}

export function matchesSelector(selector: LabelSelector, labels: Labels): boolean {
  return selector.requirements.every((r) => matchesRequirement(r, labels));
}
