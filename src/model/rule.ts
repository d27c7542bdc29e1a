// The normal form every policy API compiles to. The engine evaluates these and never looks at
// raw YAML.
import type { IpSet } from './ip.js';
import type { LabelSelector } from './labels.js';
import type { PortMatch } from './ports.js';
import type { SourceRef } from './source.js';

export type Direction = 'ingress' | 'egress';

/** Which pods a policy or a peer covers. */
export interface PodSelection {
  /** The pods' namespace: a name, or a selector over namespace labels. */
  readonly namespaces:
    | { readonly kind: 'name'; readonly name: string }
    | { readonly kind: 'selector'; readonly selector: LabelSelector };
  readonly pods: LabelSelector;
}

export type Peer =
  | ({ readonly kind: 'pods' } & PodSelection)
  /** An ipBlock: `ips` is the CIDR less its excepts; `text` is how the manifest wrote it. */
  | { readonly kind: 'ipBlock'; readonly ips: IpSet; readonly text: string };

/** Where a rule or policy was written, and how to name it to a reader. */
export interface PolicyOrigin extends SourceRef {
  readonly kind: string;
  /** Namespace of a namespaced policy; undefined for a cluster-scoped one. */
  readonly namespace?: string;
  readonly name: string;
}

export interface RuleOrigin extends SourceRef {
  readonly policy: PolicyOrigin;
  readonly direction: Direction;
  /** Index of the rule in its policy's `ingress`/`egress` list. */
  readonly index: number;
}

/** One allow rule: the policy's subjects accept (ingress) or send (egress) to these peers on these ports. */
export interface Rule {
  readonly origin: RuleOrigin;
  readonly direction: Direction;
  /** `all` when the rule has no `from`/`to` (or an empty list): every peer, in the cluster or not. */
  readonly peers: 'all' | readonly Peer[];
  /** `all` when the rule has no `ports` (or an empty list): every protocol and port. */
  readonly ports: 'all' | readonly PortMatch[];
}

/** A compiled policy: whom it selects, which directions it isolates, and what it allows. */
export interface Policy {
  readonly origin: PolicyOrigin;
  readonly subject: PodSelection;
  /** The effective policyTypes, after defaulting (SEMANTICS §2.2). */
  readonly isolates: readonly Direction[];
  readonly rules: readonly Rule[];
}
