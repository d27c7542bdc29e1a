// The `diff` pipeline: two revisions' files to the changes between them. Both revisions are
// evaluated over one universe (same endpoints, external parts and port classes), and each
// distinct file text is parsed once.
import type { ClusterModel } from '../model/cluster.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Endpoint } from '../model/endpoint.js';
import type { ManifestDocument, ManifestFile } from '../model/manifest.js';
import type { DiffReport } from '../model/report.js';
import { hasBit } from '../engine/bitset.js';
import { evaluate } from '../engine/evaluate.js';
import type { EvaluationOptions } from '../engine/options.js';
import { buildUniverse } from '../engine/universe.js';
import { needsPositions } from '../manifests/kubernetes-objects.js';
import { createDocumentParser } from '../manifests/parse-documents.js';
import { buildCluster } from '../policies/build-cluster.js';
import { stagedModels, stagedPreviews } from './staged-preview.js';
import type { RepositoryConfig } from '../policies/repository-config.js';
import { allowedPorts, directionPorts } from '../engine/pair.js';
import { diffConnectivity } from './diff-connectivity.js';
import { evaluateAssertions } from './assertions.js';
import { splitExposure } from './exposure.js';
import { findPolicyMistakes } from './findings.js';
import { remainingAccess } from './remaining-access.js';
import { planRepresentatives, withRepresentatives } from './representatives.js';
import { lostObjects, markDependentChanges, substituteDocument } from './rejected-input.js';

export interface Revision {
  /** How to name the revision to a reader: a path, a ref or a SHA. */
  readonly label: string;
  readonly files: readonly ManifestFile[];
  /** Problems met while reading the files (unreadable, too large, symlinks). */
  readonly diagnostics?: readonly Diagnostic[];
  /** Documents parsed elsewhere (objects rendered by Kustomize). */
  readonly documents?: readonly ManifestDocument[];
  /** The rendered documents per kustomization directory (for one evaluation per cluster). */
  readonly byKustomization?: ReadonlyMap<string, readonly ManifestDocument[]>;
}

/** Where the time of a run went, in milliseconds, and how large the input was (for a user with
 * a slow run). Each comparison adds to it, so one value can sum several clusters. */
export interface Timings {
  /** Reading YAML and compiling both revisions' objects. */
  parseMs: number;
  /** The universe and each rule's peers. */
  evaluateMs: number;
  /** Finding the changed pairs, rows included (computed when first needed); holds `explainMs`. */
  diffMs: number;
  /** Of `diffMs`: naming the rules behind each change. */
  explainMs: number;
  /** Workloads and policies of the head revision. */
  workloads: number;
  policies: number;
  /** With a repository config: the part of `diffMs` spent on its assertions and the findings. */
  guardrailsMs?: number;
}

/** `config`: the repository config (`.netreach.yaml`); with it, the report holds the assertions'
 * outcomes and the head's findings, and the config's errors come first among the diagnostics. */
export function compareRevisions(
  base: Revision,
  head: Revision,
  options: EvaluationOptions,
  timings?: Timings,
  parse = createDocumentParser({ keepPositions: needsPositions }),
  config?: RepositoryConfig,
): DiffReport {
  let t = performance.now();
  const baseModel = buildCluster(base.files, {
    parse,
    defaultNamespace: options.defaultNamespace,
    documents: base.documents ?? [],
  });
  const headModel = buildCluster(head.files, {
    parse,
    defaultNamespace: options.defaultNamespace,
    documents: head.documents ?? [],
  });
  if (timings) {
    timings.parseMs += performance.now() - t;
    timings.workloads += headModel.workloads.length;
    timings.policies += headModel.policies.length;
  }
  const lost = [
    ...lostObjects('base', baseModel, base.diagnostics ?? [], headModel, head.byKustomization),
    ...lostObjects('head', headModel, head.diagnostics ?? [], baseModel, base.byKustomization),
  ];
  // With every lost object put back: what the change would be had all input been read.
  const restore = (revision: Revision, name: 'base' | 'head') => {
    const back = lost.filter((l) => l.revision === name).map(substituteDocument);
    return back.length === 0
      ? undefined
      : buildCluster(revision.files, {
          parse,
          defaultNamespace: options.defaultNamespace,
          documents: [...(revision.documents ?? []), ...back],
        });
  };
  // Representative peers (new pods, namespaces not in the manifests) in every revision alike.
  const plan = planRepresentatives([baseModel, headModel]);
  const withReps = (m: ClusterModel | undefined) => (m === undefined ? undefined : withRepresentatives(m, plan));
  const baseRestored = withReps(restore(base, 'base'));
  const headRestored = withReps(restore(head, 'head'));
  const baseFull = withRepresentatives(baseModel, plan);
  const headFull = withRepresentatives(headModel, plan);
  t = performance.now();
  const restored = [baseRestored, headRestored].filter((m) => m !== undefined);
  // An assertion's ipBlock must cover whole external parts.
  const assertionIps = (config?.assertions ?? []).flatMap((a) =>
    [...a.from, ...a.to].flatMap((p) => (p.kind === 'ipBlock' ? [p.ips] : [])),
  );
  // Each staged policy enforced on top of head (its own cluster model), for the preview.
  const staged = stagedModels(headFull);
  const universe = buildUniverse(
    [baseFull, headFull, ...restored, ...staged.map((s) => s.model)],
    options,
    assertionIps,
  );
  const baseConn = evaluate(universe, baseFull, options);
  const headConn = evaluate(universe, headFull, options);
  if (timings) timings.evaluateMs += performance.now() - t;
  t = performance.now();
  let allChanges = diffConnectivity(baseConn, headConn, timings);
  const byId = endpointsById(universe.endpoints);
  if (lost.length > 0) {
    const counterfactual = diffConnectivity(
      evaluate(universe, baseRestored ?? baseFull, options),
      evaluate(universe, headRestored ?? headFull, options),
    );
    allChanges = markDependentChanges(allChanges, counterfactual, lost, byId);
  }
  // Paths between the manifests' workloads and the outside (exposure to new pods is not previewed).
  const previews = stagedPreviews(staged, universe, headConn, options).map((p) => ({
    ...p,
    changes: p.changes.filter((c) => !plan.representatives.has(c.src) && !plan.representatives.has(c.dst)),
  }));
  const conn = { base: baseConn, head: headConn };
  const index = (id: string) => universe.indexById.get(id) as number;
  const { changes, exposure } = splitExposure(allChanges, plan.representatives, byId, (revision, src, dst) =>
    allowedPorts(conn[revision], index(src), index(dst)),
  );
  const remains = remainingAccess(changes, universe.endpoints, plan.representatives, {
    allowed: (revision, src, dst) => allowedPorts(conn[revision], src, dst),
    direction: (revision, direction, src, dst) => directionPorts(conn[revision], direction, src, dst),
  });
  const added: string[] = [];
  const removed: string[] = [];
  universe.endpoints.forEach((e, i) => {
    if (e.type !== 'workload' || plan.representatives.has(e.id)) return;
    const before = hasBit(baseConn.present, i);
    const after = hasBit(headConn.present, i);
    if (after && !before) added.push(e.id);
    if (before && !after) removed.push(e.id);
  });
  const tGuardrails = performance.now();
  const guardrails =
    config === undefined
      ? {}
      : {
          assertions: evaluateAssertions(config.assertions, baseConn, headConn, plan.representatives),
          findings: findPolicyMistakes({ model: headModel, conn: headConn }, { model: baseModel, conn: baseConn }),
          configFile: config.file,
          configErrors: config.diagnostics.filter((d) => d.severity === 'error').length,
        };
  if (timings) timings.diffMs += performance.now() - t;
  if (timings && config !== undefined)
    timings.guardrailsMs = (timings.guardrailsMs ?? 0) + performance.now() - tGuardrails;
  const diagnostics = mergeDiagnostics(
    [...(config?.diagnostics ?? []), ...(head.diagnostics ?? []), ...headModel.diagnostics, ...headConn.diagnostics],
    [...(base.diagnostics ?? []), ...baseModel.diagnostics, ...baseConn.diagnostics],
  );
  const lostKeys = new Set(lost.map((l) => l.object.key));
  const unreadable =
    lost.length === 0
      ? []
      : universe.endpoints
          .filter((e) => e.type === 'workload' && lostKeys.has(`${e.kind} ${e.namespace}/${e.name}`))
          .map((e) => e.id);
  const endpoints = universe.endpoints.filter((e) => !plan.representatives.has(e.id));
  const report = {
    endpoints,
    changes,
    exposure,
    remaining: remains.remaining,
    ...(remains.notWorkedOut > 0 ? { remainingNotWorkedOut: remains.notWorkedOut } : {}),
    added,
    removed,
    diagnostics,
    base: base.label,
    head: head.label,
    ...guardrails,
    ...(previews.length === 0 ? {} : { staged: previews }),
  };
  return unreadable.length === 0 ? report : { ...report, unreadable };
}

function endpointsById(endpoints: readonly Endpoint[]): Map<string, Endpoint> {
  return new Map(endpoints.map((e) => [e.id, e]));
}

/** Head's diagnostics, then base's that head does not repeat (marked as base's). */
function mergeDiagnostics(head: readonly Diagnostic[], base: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.code}\u0000${d.file}\u0000${d.message}`;
  const seen = new Set(head.map(key));
  return [...head, ...base.filter((d) => !seen.has(key(d))).map((d) => ({ ...d, message: `in base: ${d.message}` }))];
}
