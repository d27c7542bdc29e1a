// The normal form every policy API compiles to. The engine evaluates these and never looks at
// raw YAML.
import type { CalicoSelector } from './calico-selector.js';
import type { IpSet } from './ip.js';
import type { LabelSelector } from './labels.js';
import type { PortMatch } from './ports.js';
import type { SourceRef } from './source.js';

export type Direction = 'ingress' | 'egress';

/** Which pods a policy or a peer covers. */
export interface PodSelection {
  /** The pods' namespace: a name, or a selector over namespace labels. */
  readonly namespaces:
    { readonly kind: 'name'; readonly name: string } | { readonly kind: 'selector'; readonly selector: LabelSelector };
  readonly pods: LabelSelector;
  /**
   * `cilium`: the selector is a Cilium endpoint selector over the pod's labels plus Cilium's
   * derived labels (`io.kubernetes.pod.namespace`, `io.cilium.k8s.namespace.labels.<key>`,
   * `io.cilium.k8s.policy.serviceaccount`), with `k8s:`/`any:` prefixes removed; `reserved:<entity>`
   * keys select entities. Absent: a Kubernetes label selector over the pod's labels.
   */
  readonly labels?: 'cilium' | 'calico';
  /** With `labels: 'calico'`: Calico selectors over the pod's labels plus Calico's own
   * (`projectcalico.org/namespace`, `projectcalico.org/serviceaccount`, `pcns.<key>`), all of which
   * must hold; `pods` is then empty. docs/semantics-calico.md §5. */
  readonly calico?: CalicoSelection;
}

export interface CalicoSelection {
  readonly selector?: CalicoSelector;
  readonly notSelector?: CalicoSelector;
  /** Over the namespace's labels (and `projectcalico.org/name`). */
  readonly namespaceSelector?: CalicoSelector;
  readonly serviceAccountNames?: readonly string[];
}

/** Cilium entities that are endpoints of their own (`world` is the external address space). */
export type EntityName = 'host' | 'remote-node' | 'kube-apiserver' | 'health' | 'init' | 'ingress' | 'unmanaged';

export type Peer =
  | ({ readonly kind: 'pods' } & PodSelection)
  /** A NetworkPolicy ipBlock: addresses outside the cluster (and pods by IP only with the
   * ipblock-selects-pods switch). `ips` is the CIDR less its excepts; `text` is how it was written. */
  | { readonly kind: 'ipBlock'; readonly ips: IpSet; readonly text: string }
  /** An AdminNetworkPolicy `networks` peer: addresses outside the cluster and pods by IP alike. */
  | { readonly kind: 'network'; readonly ips: IpSet; readonly text: string }
  /** A Cilium CIDR peer (`toCIDR`, `toCIDRSet`): addresses outside the cluster only, never pods. */
  | { readonly kind: 'cidr'; readonly ips: IpSet; readonly text: string }
  /** Cilium entities: `world` is every address outside the cluster (and DNS names), `cluster`
   * every workload and entity, `all` everything. */
  | { readonly kind: 'entities'; readonly names: readonly (EntityName | 'world' | 'cluster' | 'all')[] }
  /** A Cilium `toFQDNs` name or pattern: an endpoint of its own, reachable depending on DNS. */
  | { readonly kind: 'fqdn'; readonly pattern: string }
  /** A Cilium `toServices` entry: the pods behind the Service(s). */
  | { readonly kind: 'service'; readonly namespace: string; readonly name?: string; readonly selector?: LabelSelector }
  /** A Calico rule's `source`/`destination`: pods by `pods` (undefined: none), narrowed by IP to
   * `nets` less `notNets` (undefined: no condition); addresses outside the cluster by `external`,
   * already narrowed by nets, notNets and the network sets its selectors match. */
  | {
      readonly kind: 'calico';
      readonly pods?: PodSelection;
      readonly nets?: IpSet;
      readonly notNets?: IpSet;
      readonly external: IpSet;
      readonly text: string;
    }
  /** A peer that cannot be decided statically (`nodes`, `domainNames`): matches nothing, and
   * the policy is reported. */
  | { readonly kind: 'undecidable'; readonly what: string };

/**
 * The precedence tiers of DESIGN §4: admin rules (ordered by priority, first match decides),
 * namespaced policies (isolation, then a union of allows), baseline rules (first match decides).
 */
export type Tier = 'admin' | 'namespaced' | 'baseline' | 'calico';

/** What a matching rule does. `pass` skips the rest of the admin tier. */
export type Action = 'allow' | 'deny' | 'pass';

/** Where a policy sits among Calico's tiers (docs/semantics-calico.md §2). */
export interface CalicoPlace {
  readonly tier: string;
  /** The tier's order; Infinity when the Tier has none. */
  readonly tierOrder: number;
  /** The policy's order; Infinity when absent (last). */
  readonly order: number;
  /** The directions the policy applies to (its `types`, after defaulting). */
  readonly types: readonly Direction[];
  /** A Kubernetes NetworkPolicy, placed in the default tier (reports keep naming it as one). */
  readonly kubernetes?: true;
  /** A Staged* policy, evaluated as if it were enforced. */
  readonly staged?: true;
  /** The end of a tier: the tier's default action for what no rule of it decided. */
  readonly endOfTier?: 'deny' | 'pass';
}

/** Where a rule or policy was written, and how to name it to a reader. */
export interface PolicyOrigin extends SourceRef {
  readonly kind: string;
  /** Namespace of a namespaced policy; undefined for a cluster-scoped one. */
  readonly namespace?: string;
  readonly name: string;
  /** For a policy rendered by Kustomize: the transformers that ran over it after it was read from
   * `file` (in the order they ran, each once), e.g. the `commonLabels` that added labels to its
   * selectors. Absent for a policy read as it is written. */
  readonly transformedBy?: readonly Transformation[];
}

/** A Kustomize transformer that ran over a rendered object, and where it is configured. */
export interface Transformation {
  /** The kustomization field that configures it: `commonLabels`, `labels`, `namespace`,
   * `namePrefix`, `nameSuffix`, `commonAnnotations`, `patches`, `patchesStrategicMerge`,
   * `patchesJson6902`, `replacements`, `images`, `replicas`, or `transformers` (a plugin). */
  readonly what: string;
  /** The kustomization file (relative like every other file) and the 1-based line of that field. */
  readonly file: string;
  readonly line: number;
}

export interface RuleOrigin extends SourceRef {
  readonly policy: PolicyOrigin;
  readonly direction: Direction;
  /** Index of the rule in its policy's `ingress`/`egress` list. */
  readonly index: number;
  /** The rule's own name, where the API has one. */
  readonly name?: string;
  /** Where in a policy with several parts the rule is, e.g. `specs[1]` of a Cilium policy. */
  readonly part?: string;
  /** The list the rule is in when it is not `ingress`/`egress`, e.g. `ingressDeny`. */
  readonly section?: string;
  /** A Kustomize patch added the rule: `file` and `line` are the patch entry's, since the
   * rule's source file does not hold it. */
  readonly addedByPatch?: true;
}

/** One rule: for the policy's subjects, traffic with these peers on these ports gets `action`. */
export interface Rule {
  readonly origin: RuleOrigin;
  readonly direction: Direction;
  readonly action: Action;
  /** `all` when the rule has no `from`/`to` (or an empty list): every peer, in the cluster or not. */
  readonly peers: 'all' | readonly Peer[];
  /** `all` when the rule has no `ports` (or an empty list): every protocol and port. An empty
   * list matches no port. */
  readonly ports: 'all' | readonly PortMatch[];
  /** For a rule that allows only some requests (Cilium L7 rules, `toFQDNs`): what it lets
   * through, e.g. `HTTP GET /metrics`. The ports count as allowed, but restricted. */
  readonly restriction?: string;
  /** A Cilium rule with no member at all (`ingress: [{}]`): it matches no peer and only turns on
   * default deny (SEMANTICS §5.3), unlike NetworkPolicy's `ingress: [{}]`. Reports say so. */
  readonly emptyRule?: true;
}

/** A compiled policy: whom it selects, which directions it isolates, and its rules in order. */
export interface Policy {
  readonly origin: PolicyOrigin;
  readonly tier: Tier;
  /** Admin tier: lower is evaluated first (0–1000). */
  readonly priority?: number;
  /** Calico tier: the tier, orders and types. */
  readonly calico?: CalicoPlace;
  readonly subject: PodSelection;
  /** Namespaced tier: the effective policyTypes, after defaulting (SEMANTICS §2.2). Admin and
   * baseline policies isolate nothing (SEMANTICS §4.3). */
  readonly isolates: readonly Direction[];
  readonly rules: readonly Rule[];
}
