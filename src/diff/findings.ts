// Lint on the head revision's policies (issue 12): mistakes a reviewer cannot see in YAML, each
// with a code, the file and line, a sentence and what to do. A finding is `new` when the base
// revision does not have it (compared by what it is about, not by line: lines move).
import type { ClusterModel } from '../model/cluster.js';
import type { Finding } from '../model/guardrail.js';
import type { Named } from '../model/rule-ref.js';
import type { LabelRequirement } from '../model/labels.js';
import type { Policy, PodSelection, Rule } from '../model/rule.js';
import type { Workload } from '../model/workload.js';
import { createBitset, forEachBit, isEmptyBitset, orInto, type Bitset } from '../engine/bitset.js';
import type { Connectivity } from '../engine/connectivity.js';
import { createPodSelector } from '../engine/select-pods.js';
import { workloadKey } from '../engine/universe.js';
import { NAMESPACE_NAME_LABEL } from '../policies/build-cluster.js';
import { findDeadAllowRules } from './dead-allow-rules.js';
import { policyRef, ruleRef } from './rule-refs.js';

/** One revision: its model as read (no representative pods) and its evaluation. */
export interface LintedRevision {
  readonly model: ClusterModel;
  readonly conn: Connectivity;
}

interface Keyed extends Omit<Finding, 'new'> {
  /** What the finding is about, the same in both revisions. */
  readonly key: string;
}

/** Workloads named in a message; past it, a count. */
const NAMES_SHOWN = 5;

export function findPolicyMistakes(head: LintedRevision, base: LintedRevision): Finding[] {
  const before = new Set(lint(base, undefined).map((f) => f.key));
  return lint(head, base).map(({ key, ...f }) => ({ ...f, new: !before.has(key) }));
}

function lint(revision: LintedRevision, base: LintedRevision | undefined): Keyed[] {
  const { model, conn } = revision;
  const { select } = createPodSelector(conn.universe, model);
  const baseSelect = base === undefined ? undefined : createPodSelector(base.conn.universe, base.model).select;
  const basePolicies = new Map((base?.model.policies ?? []).map((p) => [policyKey(p), p]));
  const byIndex = new Map<number, Workload>();
  for (const w of model.workloads) byIndex.set(conn.universe.indexByWorkload.get(workloadKey(w)) as number, w);
  const podLabels = labelIndex(model.workloads.map((w) => w.labels));
  const namespaceLabels = labelIndex([...model.namespaces.values()].map((n) => n.labels));
  const out: Keyed[] = [];
  for (const policy of model.policies) {
    const subject = select(policy.subject);
    if (isEmptyBitset(subject) && policy.subject.pods.requirements.length > 0)
      out.push(selectsNothing(policy, basePolicies.get(policyKey(policy)), baseSelect));
    for (const rule of policy.rules) {
      if (rule.emptyRule === true) out.push(emptyRule(rule, policy));
      const peers = rule.peers === 'all' ? [] : rule.peers;
      for (const peer of peers) {
        if (peer.kind !== 'pods') continue;
        for (const r of missingLabels(peer.pods.requirements, podLabels, peer.labels === 'cilium'))
          out.push(peerNothing(rule, policy, r));
        if (peer.namespaces.kind === 'selector') {
          for (const r of missingLabels(
            peer.namespaces.selector.requirements.filter((q) => q.key !== NAMESPACE_NAME_LABEL),
            namespaceLabels,
            false,
          ))
            out.push(namespaceNothing(rule, policy, r));
        }
      }
      out.push(...undeclaredPorts(rule, policy, subject, select, byIndex, conn.universe.firstNonWorkload));
    }
  }
  out.push(...withoutDns(revision, byIndex));
  out.push(...findDeadAllowRules(conn, byIndex, policyKey));
  return out;
}

function policyKey(p: Policy): string {
  return `${p.origin.kind} ${p.origin.namespace ?? ''}/${p.origin.name}`;
}

function policyNamed(p: Policy): Named {
  return { policy: policyRef(p), fullKind: true };
}

/** Per label key, the values some object has. */
function labelIndex(all: readonly Readonly<Record<string, string>>[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const labels of all) {
    for (const [k, v] of Object.entries(labels)) {
      const values = index.get(k) ?? new Set<string>();
      values.add(v);
      index.set(k, values);
    }
  }
  return index;
}

/** The requirements (In, Exists) that name a label no object has: likely typos. Cilium's
 * derived labels (`io.…`, `reserved:…`) are not labels of objects and are left alone. */
function missingLabels(
  requirements: readonly LabelRequirement[],
  index: Map<string, Set<string>>,
  cilium: boolean,
): LabelRequirement[] {
  return requirements.filter((r) => {
    if (cilium && (r.key.startsWith('io.') || r.key.startsWith('reserved:'))) return false;
    const values = index.get(r.key);
    if (r.operator === 'Exists') return values === undefined;
    if (r.operator === 'In') return values === undefined || !r.values.some((v) => values.has(v));
    return false;
  });
}

function requirementText(r: LabelRequirement): string {
  return r.operator === 'Exists'
    ? `the label ${r.key}`
    : r.values.length === 1
      ? `${r.key}=${r.values[0]}`
      : `${r.key} in (${r.values.join(', ')})`;
}

function selectsNothing(
  policy: Policy,
  atBase: Policy | undefined,
  baseSelect: ReturnType<typeof createPodSelector>['select'] | undefined,
): Keyed {
  let count = 0;
  if (atBase !== undefined && baseSelect !== undefined) forEachBit(baseSelect(atBase.subject), () => count++);
  const by = policy.origin.transformedBy?.find((t) => t.what === 'commonLabels' || t.what === 'labels');
  const was = count === 0 ? '' : `; at base it selected ${count} ${count === 1 ? 'workload' : 'workloads'}`;
  const trap =
    by === undefined
      ? ''
      : ` (${by.what} at ${by.file}:${by.line} adds labels to its podSelector, the Kustomize commonLabels trap)`;
  return {
    key: `POLICY_SELECTS_NOTHING ${policyKey(policy)}`,
    code: 'POLICY_SELECTS_NOTHING',
    file: policy.origin.file,
    line: policy.origin.line,
    message: [policyNamed(policy), ` selects no workload${was}${trap}, so it protects nothing`],
    fix:
      by === undefined
        ? 'make its podSelector match the labels of the pods it is meant for'
        : `use labels with includeSelectors: false instead of ${by.what}, or give the pods the same labels`,
  };
}

function emptyRule(rule: Rule, policy: Policy): Keyed {
  return {
    key: `CILIUM_EMPTY_RULE ${policyKey(policy)} ${rule.direction}[${rule.origin.index}] ${rule.origin.part ?? ''}`,
    code: 'CILIUM_EMPTY_RULE',
    file: rule.origin.file,
    line: rule.origin.line,
    message: [
      { rule: ruleRef(rule, policy), withoutAction: true },
      " is an empty rule ({}): in Cilium it matches no peer and only turns on default deny, unlike NetworkPolicy's {} which allows every peer",
    ],
    fix: `to allow every peer write ${rule.direction === 'ingress' ? 'fromEntities' : 'toEntities'}: [all]; to deny by default, this rule does it (say so in a comment)`,
  };
}

function peerNothing(rule: Rule, policy: Policy, r: LabelRequirement): Keyed {
  return {
    key: `PEER_SELECTS_NOTHING ${policyKey(policy)} ${rule.direction}[${rule.origin.index}] ${r.key}`,
    code: 'PEER_SELECTS_NOTHING',
    file: rule.origin.file,
    line: rule.origin.line,
    message: [
      { rule: ruleRef(rule, policy) },
      ` has a peer podSelector on ${requirementText(r)}, which no workload in the manifests has, so the peer matches nothing (likely a typo)`,
    ],
    fix: 'check the label against the pods it is meant for',
  };
}

function namespaceNothing(rule: Rule, policy: Policy, r: LabelRequirement): Keyed {
  return {
    key: `NAMESPACE_SELECTOR_NO_MATCH ${policyKey(policy)} ${rule.direction}[${rule.origin.index}] ${r.key}`,
    code: 'NAMESPACE_SELECTOR_NO_MATCH',
    file: rule.origin.file,
    line: rule.origin.line,
    message: [
      { rule: ruleRef(rule, policy) },
      ` has a namespaceSelector on ${requirementText(r)}, which no namespace in the manifests has`,
    ],
    fix: 'check the label against the Namespace manifests (kubernetes.io/metadata.name names a namespace)',
  };
}

/** Named ports of a rule that no destination it can apply to declares (name and protocol). */
function undeclaredPorts(
  rule: Rule,
  policy: Policy,
  subject: Bitset,
  select: (s: PodSelection) => Bitset,
  byIndex: ReadonlyMap<number, Workload>,
  workloads: number,
): Keyed[] {
  if (rule.ports === 'all' || rule.action !== 'allow') return [];
  const named = rule.ports.flatMap((p) => (p.kind === 'named' ? [p] : []));
  if (named.length === 0) return [];
  let destinations: Bitset;
  if (rule.direction === 'ingress') destinations = subject;
  else {
    destinations = createBitset(workloads);
    if (rule.peers === 'all')
      for (const i of byIndex.keys()) destinations[i >>> 5] = (destinations[i >>> 5] as number) | (1 << (i & 31));
    else
      for (const peer of rule.peers)
        if (peer.kind === 'pods') orInto(destinations, select(peer).subarray(0, destinations.length));
  }
  if (isEmptyBitset(destinations)) return [];
  return named
    .filter((p) => {
      let declared = false;
      forEachBit(destinations, (i) => {
        if (!declared && (byIndex.get(i)?.ports ?? []).some((c) => c.name === p.name && c.protocol === p.protocol))
          declared = true;
      });
      return !declared;
    })
    .map((p) => ({
      key: `NAMED_PORT_UNDECLARED ${policyKey(policy)} ${rule.direction}[${rule.origin.index}] ${p.protocol}/${p.name}`,
      code: 'NAMED_PORT_UNDECLARED',
      file: rule.origin.file,
      line: rule.origin.line,
      message: [
        { rule: ruleRef(rule, policy) },
        ` allows the named port ${p.name} (${p.protocol}), which no ${rule.direction === 'ingress' ? 'pod the policy selects' : 'destination pod of the rule'} declares, so it allows nothing`,
      ],
      fix: `name a container port ${p.name} with protocol ${p.protocol} in the destination pods, or write the port number`,
    }));
}

/** Workloads isolated for egress whose egress allows port 53 (UDP or TCP) to no endpoint at all:
 * they cannot resolve names (kube-dns, CoreDNS or any other server). One finding per set of
 * isolating policies, at the first of them. */
function withoutDns(revision: LintedRevision, byIndex: ReadonlyMap<number, Workload>): Keyed[] {
  const { conn } = revision;
  const { portClasses } = conn.universe;
  const classes = [portClasses.classOf('UDP', 53), portClasses.classOf('TCP', 53)];
  const groups = new Map<string, { policies: readonly Policy[]; workloads: string[] }>();
  for (const [i, w] of [...byIndex.entries()].sort((a, b) => a[0] - b[0])) {
    if (w.hostNetwork || !conn.isIsolated('egress', i)) continue;
    const row = conn.row('egress', i);
    if (classes.some((c) => !isEmptyBitset(row.byClass.get(c) ?? row.all))) continue;
    const policies = conn.isolatingPolicies('egress', i);
    const key = policies.map(policyKey).join(', ');
    const group = groups.get(key) ?? { policies, workloads: [] };
    group.workloads.push(`${w.namespace}/${w.name}`);
    groups.set(key, group);
  }
  return [...groups.entries()].flatMap(([key, { policies, workloads }]) => {
    const first = policies[0];
    if (first === undefined) return [];
    const names =
      workloads.slice(0, NAMES_SHOWN).join(', ') +
      (workloads.length > NAMES_SHOWN ? ` and ${workloads.length - NAMES_SHOWN} more` : '');
    return [
      {
        key: `EGRESS_WITHOUT_DNS ${key}`,
        code: 'EGRESS_WITHOUT_DNS',
        file: first.origin.file,
        line: first.origin.line,
        message: [
          `${names} ${workloads.length === 1 ? 'is' : 'are'} isolated for egress by `,
          ...policies.flatMap((p, i) => (i === 0 ? [policyNamed(p)] : [', ', policyNamed(p)])),
          ` and can reach no DNS server (nothing on port 53), so ${workloads.length === 1 ? 'it' : 'they'} cannot resolve names`,
        ],
        fix: 'add an egress rule to kube-dns: {to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}], ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]}',
      },
    ];
  });
}
