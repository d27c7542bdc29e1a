// The repository config's assertions (`.netreach.yaml`, DESIGN §5) as netreach reads them, and
// what a diff says about them and about the findings of its head revision.
import type { Reason } from './change.js';
import type { IpSet } from './ip.js';
import type { LabelSelector } from './labels.js';
import type { PortMatch, PortSet } from './ports.js';
import type { Direction } from './rule.js';
import type { Words } from './rule-ref.js';

/** One peer of an assertion's `from` or `to`, written like a NetworkPolicy peer. */
export type AssertionPeer =
  /** Pods: `namespaces` undefined means every namespace (an assertion has no namespace of its
   * own); `pods` with no requirement means every pod of those namespaces. */
  | { readonly kind: 'pods'; readonly namespaces: LabelSelector | undefined; readonly pods: LabelSelector }
  /** Addresses outside the cluster: the CIDR less its excepts; `text` is how it was written. */
  | { readonly kind: 'ipBlock'; readonly ips: IpSet; readonly text: string };

export type Expectation = 'allow' | 'deny';

export interface Assertion {
  /** Unique within the config. */
  readonly name: string;
  readonly from: readonly AssertionPeer[];
  readonly to: readonly AssertionPeer[];
  /** `all` when `ports` is absent or empty: every protocol and port. */
  readonly ports: 'all' | readonly PortMatch[];
  readonly expect: Expectation;
  /** The config file and the line of the assertion's list item. */
  readonly file: string;
  readonly line: number;
}

/** `held`: holds at head; `violated`: violated at base and still at head; `newly-violated`: held
 * at base, violated at head; `fixed`: violated at base, holds at head. */
export type AssertionStatus = 'held' | 'violated' | 'newly-violated' | 'fixed';

/** One pair that breaks an assertion at head (for `fixed`, at base). */
export interface Witness {
  readonly src: string;
  readonly dst: string;
  /** `expect: deny`: the ports allowed; `expect: allow`: the ports of `ports` not allowed. */
  readonly ports: PortSet;
  /** How to name a representative end (`a new pod in shop`); absent for a workload or address. */
  readonly srcDescription?: string;
  readonly dstDescription?: string;
  /** The rules that allow (deny: `explains` opened) or deny and isolate (allow: `closed`). */
  readonly because: readonly Reason[];
  /** Directions allowed only because no policy selects the endpoint in that direction. */
  readonly unisolated?: readonly Direction[];
}

export interface AssertionOutcome {
  readonly name: string;
  readonly expect: Expectation;
  readonly status: AssertionStatus;
  /** Up to `MAX_WITNESSES` pairs that break it (none when it holds). */
  readonly witnesses: readonly Witness[];
  /** More pairs break it than the witnesses name; absent otherwise. */
  readonly moreWitnesses?: true;
  /** It holds at head only because this side covers no endpoint there (a selector that
   * matches nothing): a guardrail that checks nothing. Absent otherwise. */
  readonly vacuous?: 'from' | 'to';
  readonly file: string;
  readonly line: number;
}

/** The closed set of findings. Tests assert on these codes. */
export type FindingCode =
  | 'POLICY_SELECTS_NOTHING'
  | 'PEER_SELECTS_NOTHING'
  | 'NAMESPACE_SELECTOR_NO_MATCH'
  | 'NAMED_PORT_UNDECLARED'
  | 'EGRESS_WITHOUT_DNS'
  | 'CILIUM_EMPTY_RULE'
  | 'DEAD_ALLOW_RULE';

/** A likely mistake in the head revision's policies that no assertion needs to name. */
export interface Finding {
  readonly code: FindingCode;
  readonly file: string;
  /** 1-based line of the policy or rule. */
  readonly line: number;
  /** The sentence, with the rules and policies it names left to the report. */
  readonly message: Words;
  readonly fix: string;
  /** True when the base revision does not have it: the pull request introduces it. */
  readonly new: boolean;
}
