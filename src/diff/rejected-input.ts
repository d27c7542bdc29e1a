// Changes that exist only because some input could not be read or was refused in one revision
// (issue 9): an object one revision holds and the other lost to a bad document is "lost". The
// revisions are compared again with every lost object put back; a change that differs there
// depends on the unreadable input, and says so instead of naming a policy that "no longer
// isolates". Evaluating and diffing stay with the caller.
import type { Change, Reason, RejectedInput } from '../model/change.js';
import type { ClusterModel, ReadObject } from '../model/cluster.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Endpoint } from '../model/endpoint.js';
import type { ManifestDocument } from '../model/manifest.js';
import { isEmptyPorts, portsEqual } from '../engine/port-set.js';

type RevisionName = 'base' | 'head';

/** An object that `revision` lost to bad input, as the other revision read it. */
export interface LostObject {
  readonly revision: RevisionName;
  readonly object: ReadObject;
  /** The last line (exclusive) of the object in the other revision's file, to tell which
   * because-lines cite it. */
  readonly end: number;
  /** The refusals in `revision` that can explain the loss (same file). */
  readonly causes: readonly Diagnostic[];
}

/** How many causes a lost object names when nothing in the file points at it in particular. */
const MAX_CAUSES = 3;

/**
 * The objects that `other` holds and `model` lacks where `model`'s copy of the same file had
 * input refused (a syntax error, an unknown field, an invalid value). The file may also have
 * dropped the object on purpose: that cannot be told apart, and the report says "depends on".
 */
export function lostObjects(
  revision: RevisionName,
  model: ClusterModel,
  readDiagnostics: readonly Diagnostic[],
  other: ClusterModel,
  otherRendered?: ReadonlyMap<string, readonly ManifestDocument[]>,
): LostObject[] {
  const refusals = new Map<string, Diagnostic[]>();
  const refuse = (file: string, d: Diagnostic) => {
    const list = refusals.get(file);
    if (list === undefined) refusals.set(file, [d]);
    else if (!list.includes(d)) list.push(d);
  };
  for (const d of [...readDiagnostics, ...model.diagnostics]) {
    if (d.severity !== 'error') continue;
    refuse(d.file, d);
    // A kustomization that was not rendered loses what the other revision rendered from it.
    const rendered = d.code.startsWith('KUSTOMIZE_') ? otherRendered?.get(kustomizationDir(d.file)) : undefined;
    for (const document of rendered ?? []) refuse(document.file, d);
  }
  if (refusals.size === 0) return [];
  const held = new Set(model.objects.map((o) => o.key));
  const missing = other.objects.filter((o) => refusals.has(o.file) && !held.has(o.key));
  const ends = objectEnds(other.objects, new Set(missing.map((o) => o.file)));
  return missing.map((object) => ({
    revision,
    object,
    end: ends.get(object) ?? Infinity,
    causes: causesOf(object, refusals.get(object.file) ?? []),
  }));
}

/** `overlays/prod` for `overlays/prod/kustomization.yaml` (the file a Kustomize diagnostic names). */
function kustomizationDir(file: string): string {
  return file.replace(/\/?(kustomization\.ya?ml|Kustomization)$/, '');
}

/** Each object's end: the start of the next object of the same file (only for `files`). */
function objectEnds(objects: readonly ReadObject[], files: ReadonlySet<string>): Map<ReadObject, number> {
  const byFile = new Map<string, ReadObject[]>();
  for (const o of objects) {
    if (!files.has(o.file)) continue;
    const list = byFile.get(o.file);
    if (list === undefined) byFile.set(o.file, [o]);
    else list.push(o);
  }
  const ends = new Map<ReadObject, number>();
  for (const list of byFile.values()) {
    const sorted = [...list].sort((a, b) => a.line - b.line);
    // Walking back, `next` is the first start after the current object's (List items share one).
    let next = Infinity;
    for (let i = sorted.length - 1; i >= 0; i--) {
      const o = sorted[i] as ReadObject;
      ends.set(o, next);
      const before = sorted[i - 1];
      if (before !== undefined && before.line < o.line) next = o.line;
    }
  }
  return ends;
}

/** The refusals that name the object, else every refusal of its file (a few). */
function causesOf(object: ReadObject, inFile: readonly Diagnostic[]): Diagnostic[] {
  const name = object.key.slice(object.key.indexOf(' ') + 1);
  const naming = inFile.filter((d) => d.message.includes(name));
  return (naming.length > 0 ? naming : inFile).slice(0, MAX_CAUSES);
}

/** A document holding just the lost object, to put it back into the revision that lost it. */
export function substituteDocument(lost: LostObject): ManifestDocument {
  const { object } = lost;
  return {
    file: object.file,
    line: object.line,
    value: object.value,
    lineOf: (path) => object.document.lineOf([...object.path, ...path]),
  };
}

/**
 * Marks the changes that depend on lost objects: those that the comparison with every lost
 * object put back (`counterfactual`) does not have, or has with other ports. Their reasons name
 * what could not be read; the rest keep theirs.
 */
export function markDependentChanges(
  changes: readonly Change[],
  counterfactual: readonly Change[],
  lost: readonly LostObject[],
  endpoints: ReadonlyMap<string, Endpoint>,
): Change[] {
  if (lost.length === 0) return [...changes];
  const expected = new Map(counterfactual.map((c) => [`${c.src}\u0000${c.dst}`, c]));
  return changes.map((change) => {
    const other = expected.get(`${change.src}\u0000${change.dst}`);
    if (other !== undefined && portsEqual(other.opened, change.opened) && portsEqual(other.closed, change.closed))
      return change;
    return dependentChange(change, lost, endpoints);
  });
}

function dependentChange(
  change: Change,
  lost: readonly LostObject[],
  endpoints: ReadonlyMap<string, Endpoint>,
): Change {
  const cited = lost.filter((l) => change.because.some((r) => cites(r, l)));
  const ends = lost.filter(
    (l) => isEndpointOf(l.object, endpoints.get(change.src)) || isEndpointOf(l.object, endpoints.get(change.dst)),
  );
  const blamed = [...new Set([...cited, ...ends])];
  const culprits = blamed.length > 0 ? blamed : lost;
  const kept = change.because.filter((r) => !cited.some((l) => cites(r, l)));
  const explains: Reason['explains'][] = [];
  if (!isEmptyPorts(change.opened)) explains.push('opened');
  if (!isEmptyPorts(change.closed)) explains.push('closed');
  if (explains.length === 0) explains.push(change.restrictedBy !== undefined ? 'opened' : 'closed');
  const reasons = culprits.slice(0, MAX_CAUSES).flatMap((l) => explains.map((e) => lostReason(l, e)));
  const rejected = dedupe(
    culprits.flatMap((l) => l.causes.map((d) => ({ revision: l.revision, file: d.file, line: d.line }))),
  );
  return { ...change, because: [...reasons, ...kept], rejected };
}

/** Whether a because-line cites the lost object as the other revision has it. */
function cites(reason: Reason, lost: LostObject): boolean {
  const { object } = lost;
  return (
    reason.revision !== lost.revision &&
    reason.file === object.file &&
    reason.line >= object.line &&
    reason.line < lost.end
  );
}

function isEndpointOf(object: ReadObject, endpoint: Endpoint | undefined): boolean {
  return endpoint?.type === 'workload' && object.key === `${endpoint.kind} ${endpoint.namespace}/${endpoint.name}`;
}

function lostReason(lost: LostObject, explains: Reason['explains']): Reason {
  const [cause] = lost.causes as [Diagnostic];
  return {
    ref: { type: 'unreadable', object: lost.object.key, cause: shortCause(cause, lost.object) },
    revision: lost.revision,
    explains,
    file: cause.file,
    line: cause.line,
  };
}

/** The first clause of a diagnostic, without the object's name it may start with. */
function shortCause(d: Diagnostic, object: ReadObject): string {
  const name = object.key.slice(object.key.indexOf(' ') + 1);
  let text = d.message.split('; ')[0] ?? d.message;
  const prefix = text.indexOf(`${name}: `);
  if (prefix >= 0 && prefix < 60) text = text.slice(prefix + name.length + 2);
  if (text.length <= 120) return text;
  // A renderer's message chains its causes ("kubectl kustomize failed: accumulating components:
  // … line 25: found a tab character"): the first words say who failed, the last ones why.
  const failed = text.indexOf('failed: ');
  const head = failed >= 0 && failed < 100 ? text.slice(0, failed + 'failed: '.length) : text.slice(0, 40);
  return `${head}…${text.slice(-(117 - head.length))}`;
}

function dedupe(items: readonly RejectedInput[]): RejectedInput[] {
  const seen = new Map(items.map((i) => [`${i.revision}\u0000${i.file}\u0000${i.line}`, i]));
  return [...seen.values()];
}
