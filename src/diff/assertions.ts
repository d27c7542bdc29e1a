// Evaluates the repository config's assertions at base and head over one universe (issue 12):
// `expect: deny` breaks where some pair in scope is allowed on some port of `ports`, `expect:
// allow` where some pair in scope is not allowed on every port of them. The scope holds the
// representative pods too (a new pod in a namespace, any pod of a namespace not in the
// manifests), so "nothing outside payments reaches payments" covers pods that do not exist yet.
import type { Reason } from '../model/change.js';
import type { Assertion, AssertionOutcome, AssertionPeer, AssertionStatus, Witness } from '../model/guardrail.js';
import type { PortSet } from '../model/ports.js';
import type { Direction, PodSelection } from '../model/rule.js';
import { createBitset, forEachBit, hasBit, isEmptyBitset, orInto, setBit, type Bitset } from '../engine/bitset.js';
import { decide } from '../engine/decide.js';
import type { Connectivity, Row } from '../engine/connectivity.js';
import { ipSetKey } from '../engine/external-parts.js';
import { allowedPorts, directionPorts, isExternalPair } from '../engine/pair.js';
import { ALL_PORTS, intersectPorts, isEmptyPorts, portSetOf, subtractPorts } from '../engine/port-set.js';
import { createPodSelector } from '../engine/select-pods.js';

type SelectPods = (selection: PodSelection) => Bitset;
import type { Representatives } from './representatives.js';
import { isolationReason, ruleReason } from './rule-reasons.js';
import { refKey } from './rule-refs.js';

/** Witness pairs named per violation; the scan stops after one more. */
export const MAX_WITNESSES = 20;

export function evaluateAssertions(
  assertions: readonly Assertion[],
  base: Connectivity,
  head: Connectivity,
  representatives: Representatives,
): AssertionOutcome[] {
  // One label index per revision, shared by every assertion.
  const selectBase = createPodSelector(base.universe, base.model).select;
  const selectHead = createPodSelector(head.universe, head.model).select;
  return assertions.map((a) => {
    const atBase = violations(a, base, selectBase, representatives, 'base');
    const atHead = violations(a, head, selectHead, representatives, 'head');
    const status: AssertionStatus =
      atHead.witnesses.length > 0
        ? atBase.witnesses.length > 0
          ? 'violated'
          : 'newly-violated'
        : atBase.witnesses.length > 0
          ? 'fixed'
          : 'held';
    const shown = atHead.witnesses.length > 0 ? atHead : { witnesses: [], truncated: false };
    const vacuous = atHead.witnesses.length > 0 ? undefined : atHead.empty;
    return {
      name: a.name,
      expect: a.expect,
      status,
      witnesses: shown.witnesses,
      ...(shown.truncated ? { moreWitnesses: true as const } : {}),
      ...(vacuous === undefined ? {} : { vacuous }),
      file: a.file,
      line: a.line,
    };
  });
}

/** The endpoints one side of an assertion covers in a revision. */
function scope(peers: readonly AssertionPeer[], conn: Connectivity, select: SelectPods): Bitset {
  const out = createBitset(conn.universe.endpoints.length);
  for (const peer of peers) {
    if (peer.kind === 'ipBlock') {
      for (const i of conn.universe.externalsCovering.get(ipSetKey(peer.ips)) ?? []) setBit(out, i);
    } else {
      orInto(
        out,
        select({
          namespaces: { kind: 'selector', selector: peer.namespaces ?? { requirements: [] } },
          pods: peer.pods,
        }),
      );
    }
  }
  return out;
}

/** The ports an assertion is about for one destination: named ports resolve on its containers. */
function portsFor(a: Assertion, conn: Connectivity, dst: number): PortSet {
  if (a.ports === 'all') return ALL_PORTS;
  const containers = conn.workloadAt(dst)?.ports ?? [];
  return portSetOf(
    a.ports.flatMap((p) => {
      if (p.kind === 'range') return [p];
      return containers
        .filter((c) => c.name === p.name && c.protocol === p.protocol)
        .map((c) => ({ protocol: c.protocol, first: c.port, last: c.port }));
    }),
  );
}

/** Whether a row may allow the peer on some port class (a cheap test before the exact one). */
function mayAllow(row: Row, peer: number): boolean {
  if (hasBit(row.all, peer)) return true;
  for (const set of row.byClass.values()) if (hasBit(set, peer)) return true;
  return false;
}

function violations(
  a: Assertion,
  conn: Connectivity,
  select: SelectPods,
  representatives: Representatives,
  revision: Reason['revision'],
): { witnesses: Witness[]; truncated: boolean; empty?: 'from' | 'to' } {
  const from = scope(a.from, conn, select);
  const to = scope(a.to, conn, select);
  if (isEmptyBitset(from) || isEmptyBitset(to))
    return { witnesses: [], truncated: false, empty: isEmptyBitset(from) ? 'from' : 'to' };
  const witnesses: Witness[] = [];
  let truncated = false;
  const { endpoints } = conn.universe;
  forEachBit(to, (dst) => {
    if (truncated) return;
    const wanted = portsFor(a, conn, dst);
    if (isEmptyPorts(wanted)) return;
    const ingress = conn.row('ingress', dst);
    forEachBit(from, (src) => {
      if (truncated || isExternalPair(conn, src, dst)) return;
      let bad: PortSet;
      if (a.expect === 'deny') {
        if (!mayAllow(ingress, src) || !mayAllow(conn.row('egress', src), dst)) return;
        bad = intersectPorts(allowedPorts(conn, src, dst), wanted);
      } else {
        bad = subtractPorts(wanted, allowedPorts(conn, src, dst));
      }
      if (isEmptyPorts(bad)) return;
      if (witnesses.length === MAX_WITNESSES) {
        truncated = true;
        return;
      }
      const srcRep = representatives.get((endpoints[src] as { id: string }).id);
      const dstRep = representatives.get((endpoints[dst] as { id: string }).id);
      witnesses.push({
        src: (endpoints[src] as { id: string }).id,
        dst: (endpoints[dst] as { id: string }).id,
        ports: bad,
        ...(srcRep === undefined ? {} : { srcDescription: srcRep.description }),
        ...(dstRep === undefined ? {} : { dstDescription: dstRep.description }),
        ...explain(conn, a.expect, src, dst, bad, revision),
      });
    });
  });
  // Workloads of the manifests first: they are what a reader can look up.
  const described = (w: Witness) => (w.srcDescription === undefined && w.dstDescription === undefined ? 0 : 1);
  return { witnesses: [...witnesses].sort((x, y) => described(x) - described(y)), truncated };
}

/** The because-lines of a witness, as a change has them: what allows (deny) or what denies and
 * isolates (allow), per direction; and the directions no policy decides. */
function explain(
  conn: Connectivity,
  expect: Assertion['expect'],
  src: number,
  dst: number,
  ports: PortSet,
  revision: Reason['revision'],
): Pick<Witness, 'because' | 'unisolated'> {
  const because = new Map<string, Reason>();
  const add = (r: Reason) => because.set(`${refKey(r.ref)}\u0000${r.file}\u0000${r.line}`, r);
  const unisolated: Direction[] = [];
  const { firstNonWorkload } = conn.universe;
  for (const direction of ['egress', 'ingress'] as const) {
    const subject = direction === 'egress' ? src : dst;
    // Outside the cluster, only the pod's side is evaluated.
    if (subject >= firstNonWorkload) continue;
    if (expect === 'deny') {
      const d = decide(conn, direction, src, dst, classBounded(conn, ports));
      for (const r of d.allowedBy) add(ruleReason(r, revision, 'opened'));
      if (d.byDefault && !conn.isIsolated(direction, subject)) unisolated.push(direction);
    } else {
      const missing = subtractPorts(ports, directionPorts(conn, direction, src, dst));
      if (isEmptyPorts(missing)) continue;
      const d = decide(conn, direction, src, dst, classBounded(conn, missing));
      for (const r of d.deniedBy) add(ruleReason(r, revision, 'closed'));
      for (const p of d.isolatedBy) add(isolationReason(p, direction, false, revision, 'closed'));
    }
  }
  return { because: [...because.values()], ...(unisolated.length > 0 ? { unisolated } : {}) };
}

/** The ports widened to whole port classes: `decide` walks classes, and an assertion's ports need
 * not fall on the rules' class bounds. */
function classBounded(conn: Connectivity, ports: PortSet): PortSet {
  const { portClasses } = conn.universe;
  const ids: number[] = [];
  portClasses.classes.forEach((c, i) => {
    if ((ports[c.protocol] ?? []).some(([first, last]) => first <= c.last && c.first <= last)) ids.push(i);
  });
  return portClasses.toPortSet(ids);
}
