// Refuses objects with fields their kind does not have, as `kubectl apply` does by default
// (--validate=strict, checked by the API server since Kubernetes 1.25: KEP-2885): a misspelt
// `port:`, dropped silently, would turn a rule into one for every port. One diagnostic per unknown
// field, at its line, with the nearest known name; what to do with the object is the caller's.
import type { Diagnostic } from '../../model/diagnostic.js';
import type { DocumentPath, ManifestDocument } from '../../model/manifest.js';
import { ownValue } from '../is-record.js';
import { CILIUM_SHAPES } from './cilium-shapes.js';
import { findUnknownFields, type UnknownField } from './find-unknown-fields.js';
import { KUBERNETES_SHAPES } from './kubernetes-shapes.js';
import { nearestName } from './nearest-name.js';
import { NETWORK_POLICY_API_SHAPES } from './network-policy-api-shapes.js';
import type { Shape } from './shape.js';

const SHAPES: Readonly<Record<string, Shape>> = {
  ...KUBERNETES_SHAPES,
  ...NETWORK_POLICY_API_SHAPES,
  ...CILIUM_SHAPES,
};

/** Since network-policy-api v0.1.3 (4d5dd78), `namespaces` is itself a label selector. */
const NAMESPACES_SELECTOR =
  'namespaces: {matchLabels: …} (since network-policy-api v0.1.3 namespaces is itself a label selector; namespaceSelector only goes under pods)';
const CILIUM_AUTHENTICATION = 'authentication: {mode: required} (the cilium.io/v2 CRD has no auth field)';
const V1ALPHA1_PORTS = 'ports (v1alpha1 writes ports as ports: [{portNumber: {protocol: TCP, port: 80}}])';

/** Fields of another version of an API: named when edit distance cannot find them. */
const MOVED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ClusterNetworkPolicy: {
    ports: 'protocols (v1alpha2 writes ports as protocols: [{tcp: {destinationPort: {number: 80}}}])',
    namespaceSelector: NAMESPACES_SELECTOR,
  },
  AdminNetworkPolicy: { protocols: V1ALPHA1_PORTS, namespaceSelector: NAMESPACES_SELECTOR },
  BaselineAdminNetworkPolicy: { protocols: V1ALPHA1_PORTS, namespaceSelector: NAMESPACES_SELECTOR },
  // Early examples of Cilium's mutual authentication wrote `auth: {type: "null"}`.
  CiliumNetworkPolicy: { auth: CILIUM_AUTHENTICATION },
  CiliumClusterwideNetworkPolicy: { auth: CILIUM_AUTHENTICATION },
};

/** Diagnostics per object; past this, one more says how many were left out. */
const MAX_UNKNOWN_FIELDS_SHOWN = 5;

export interface CheckedObject {
  readonly kind: string;
  readonly name: string;
  readonly namespace: string | undefined;
  readonly value: Readonly<Record<string, unknown>>;
  readonly document: ManifestDocument;
  /** Path of the object inside its document (non-empty for List items). */
  readonly path: DocumentPath;
}

/** Whether an object of a known kind has a field its kind does not have (cheap: no messages). */
export function hasUnknownFields(kind: string, value: unknown): boolean {
  const shape = ownValue(SHAPES, kind);
  return shape !== undefined && findUnknownFields(value, shape).length > 0;
}

/** The UNKNOWN_FIELD errors of one object: empty when every field is known (or its kind has no shape). */
export function unknownFieldDiagnostics(object: CheckedObject): Diagnostic[] {
  const shape = ownValue(SHAPES, object.kind);
  if (shape === undefined) return [];
  const unknown = findUnknownFields(object.value, shape);
  if (unknown.length === 0) return [];
  const id = `${object.kind} ${object.namespace ? `${object.namespace}/` : ''}${object.name}`;
  const diagnostics = unknown.slice(0, MAX_UNKNOWN_FIELDS_SHOWN).map((field) => ({
    code: 'UNKNOWN_FIELD' as const,
    severity: 'error' as const,
    file: object.document.file,
    line: object.document.lineOf([...object.path, ...field.path]),
    message: `${id}: unknown field ${pathText(field.path)}; the object was not evaluated (kubectl's strict field validation refuses it)`,
    fix: fixFor(object.kind, field),
  }));
  const more = unknown.length - MAX_UNKNOWN_FIELDS_SHOWN;
  if (more > 0) {
    diagnostics.push({
      code: 'UNKNOWN_FIELD',
      severity: 'error',
      file: object.document.file,
      line: object.path.length === 0 ? object.document.line : object.document.lineOf(object.path),
      message: `${id}: and ${more} more unknown field${more === 1 ? '' : 's'}; the object was not evaluated`,
      fix: 'fix the fields above, then run netreach again to see the rest (kubectl apply refuses unknown fields)',
    });
  }
  return diagnostics;
}

function fixFor(kind: string, field: UnknownField): string {
  const name = String(field.path[field.path.length - 1]);
  const meant = ownValue(ownValue(MOVED, kind) ?? {}, name) ?? nearestName(name, field.known);
  if (meant !== undefined) return `did you mean ${meant}? (kubectl apply refuses unknown fields)`;
  if (field.known.length <= 12) {
    return `remove or rename it; the fields allowed here are ${field.known.join(', ')} (kubectl apply refuses unknown fields)`;
  }
  return `remove or rename it, after checking the field's name in the ${kind} API reference (kubectl apply refuses unknown fields)`;
}

/** `spec.ingress[0].port`; a key that is not a plain name is quoted (and cut, since it is user text). */
function pathText(path: DocumentPath): string {
  return path
    .map((step, i) => {
      if (typeof step === 'number') return `[${step}]`;
      if (/^[A-Za-z_][A-Za-z0-9_-]{0,63}$/.test(step)) return i === 0 ? step : `.${step}`;
      return `[${JSON.stringify(step.length > 64 ? `${step.slice(0, 64)}…` : step)}]`;
    })
    .join('');
}
