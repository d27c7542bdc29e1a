// What the report says: connections of one revision, and how they change between two.
import type { PortSet } from './ports.js';
import type { ReasonRef } from './rule-ref.js';

/** A rule (or a policy's isolation) that decided part of a verdict, as the report cites it. */
export interface Reason {
  /** What decided, as a reference; the report words it (`NetworkPolicy team-two/pod-3
   * ingress[0]`, `NetworkPolicy x/deny isolates ingress`). */
  readonly ref: ReasonRef;
  /** The revision whose manifest holds the rule: head for what allows now, base for what no
   * longer allows. */
  readonly revision: 'base' | 'head';
  /** Whether this reason explains the opened ports or the closed ones. */
  readonly explains: 'opened' | 'closed';
  readonly file: string;
  readonly line: number;
}

/** Traffic from `src` to `dst` is allowed on `allowed` (never empty). */
export interface Connection {
  readonly src: string;
  readonly dst: string;
  readonly allowed: PortSet;
  /** Ports whose verdict is uncertain (admin policies of one priority disagree); absent when none. */
  readonly uncertain?: PortSet;
  /** Ports allowed only for some requests (Cilium L7 rules, DNS names); absent when none. */
  readonly restrictedBy?: Restriction;
}

/** Ports that are allowed only for some requests, and what lets them through. */
export interface Restriction {
  readonly ports: PortSet;
  /** e.g. `HTTP GET /metrics`, `depends on DNS at run time`. */
  readonly by: readonly string[];
}

export type EndpointStatus = 'unchanged' | 'added' | 'removed';

/** A document (or object) of one revision that could not be read or was refused. */
export interface RejectedInput {
  readonly revision: 'base' | 'head';
  readonly file: string;
  /** 1-based line of the refusal (0: the whole file). */
  readonly line: number;
}

/** A pair whose allowed ports differ between base and head. */
export interface Change {
  readonly src: string;
  readonly dst: string;
  readonly before: PortSet;
  readonly after: PortSet;
  readonly opened: PortSet;
  readonly closed: PortSet;
  readonly endpointStatus: { readonly src: EndpointStatus; readonly dst: EndpointStatus };
  /** For opened ports, the head rules that allow them; for closed ports, the base rules that
   * no longer allow them, or the head policies that newly isolate an endpoint. */
  readonly because: readonly Reason[];
  /** Ports whose verdict is uncertain in either revision (admin policies of one priority
   * disagree); absent when none. */
  readonly uncertain?: PortSet;
  /** Ports of `after` (for a removed path: of `before`) allowed only for some requests; absent
   * when none. */
  readonly restrictedBy?: Restriction;
  /** When the restriction of the allowed ports changed (an L7 rule was added, removed or
   * changed), the one of `before`: `{}`-like `{ports: {}, by: []}` for none. Absent when the
   * restriction did not change. */
  readonly restrictionBefore?: Restriction;
  /** The change exists only because these documents could not be read or were refused in one
   * revision (with them read, it would not be there, or not so); absent otherwise. Its
   * because-lines name them. */
  readonly rejected?: readonly RejectedInput[];
}

/** Whom an exposure is about: addresses outside the cluster; a new pod of every namespace (and
 * any pod of a namespace not in the manifests); pods of namespaces no manifest has (by the
 * labels a selector admits); new pods of a listed namespace whose labels no policy uses. */
export type ExposureScope = 'outside-cluster' | 'all-namespaces' | 'unlisted-namespaces' | 'unlisted-pods';

/** One workload's ingress (`dst`) or egress (`src`) that changed towards peers of one scope. */
export interface Exposure {
  readonly scope: ExposureScope;
  /** The workload that peers can now (or no longer) reach: ingress exposure. */
  readonly dst?: string;
  /** The workload that can now (or no longer) reach peers: egress exposure. */
  readonly src?: string;
  readonly opened: PortSet;
  readonly closed: PortSet;
  /** Who the peers are: external endpoint ids (`ip:…`, `dns:…`) for `outside-cluster`, else words
   * (`a new pod in team-one`, `a pod in a new namespace labelled team=x`). */
  readonly peers: readonly string[];
  readonly because: readonly Reason[];
  /** As on a change: it exists only because this input could not be read. */
  readonly rejected?: readonly RejectedInput[];
}

/** Sources that reach a destination on the same ports. */
export interface AccessGroup {
  readonly ports: PortSet;
  /** Endpoint ids, and words for peers beyond the manifests (`a new pod in shop`); empty with
   * `everyone`. */
  readonly peers: readonly string[];
  /** Every endpoint reaches the destination on `ports` (absent otherwise). */
  readonly everyone?: true;
}

/** Who can reach a destination whose ingress lost sources or ports (`dst`), or what a source
 * whose egress lost destinations or ports can reach (`src`), now and before. */
export interface RemainingAccess {
  readonly dst?: string;
  readonly src?: string;
  readonly now: readonly AccessGroup[];
  readonly before: readonly AccessGroup[];
  /** As on a change: some of what it lost exists only because this input could not be read. */
  readonly rejected?: readonly RejectedInput[];
}
