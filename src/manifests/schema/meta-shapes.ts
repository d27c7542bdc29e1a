// The shapes every kind shares, from k8s.io/apimachinery v0.36.3 pkg/apis/meta/v1/types.go:
// ObjectMeta (with OwnerReference, which netreach reads) and LabelSelector. CRDs (Cilium, the
// network-policy-api) use the same LabelSelector.
import { leaves, type Shape } from './shape.js';

export const META_SHAPES = {
  objectMeta: {
    ...leaves(`name generateName namespace selfLink uid resourceVersion generation creationTimestamp
      deletionTimestamp deletionGracePeriodSeconds labels annotations finalizers managedFields`),
    ownerReferences: [leaves('apiVersion kind name uid controller blockOwnerDeletion')],
  },
  labelSelector: {
    matchLabels: 'any',
    matchExpressions: [leaves('key operator values')],
  },
} as const satisfies Record<string, Shape>;
