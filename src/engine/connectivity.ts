// The values one evaluation produces and every reader of it shares: compiled rules, rows, the
// rules that select an endpoint, and the Connectivity that answers for a revision. Types only, so
// that the engine's modules (evaluate, row, decide, pair) import them without importing each other.
import type { ClusterModel } from '../model/cluster.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Protocol } from '../model/ports.js';
import type { Direction, Policy, Rule } from '../model/rule.js';
import type { Workload } from '../model/workload.js';
import type { Bitset } from './bitset.js';
import type { Universe } from './universe.js';

/**
 * Peers allowed for one endpoint in one direction, per port class: `byClass` holds the full
 * set for the classes some rule singles out, `all` the set for every other class.
 */
export interface Row {
  readonly all: Bitset;
  readonly byClass: ReadonlyMap<number, Bitset>;
  /** Peers (per class, like the verdicts) whose verdict is uncertain; undefined for none. */
  readonly uncertain?: ClassSets;
  /** Allowed peers (per class) that only some requests may use (L7 rules, DNS names). */
  readonly restricted?: ClassSets;
}

/** Peer sets per port class: `byClass` for the classes singled out, `all` for the others. */
export interface ClassSets {
  readonly all: Bitset;
  readonly byClass: ReadonlyMap<number, Bitset>;
}

export interface CompiledRule {
  readonly rule: Rule;
  readonly policy: Policy;
  readonly peers: Bitset;
  readonly allPorts: boolean;
  readonly classes: readonly number[];
  readonly named: readonly { readonly protocol: Protocol; readonly name: string }[];
}

export interface Connectivity {
  readonly universe: Universe;
  readonly model: ClusterModel;
  /** Endpoints that exist in this revision (its workloads and every external part). */
  readonly present: Bitset;
  /** Problems found while evaluating (assumptions about pod IPs, conflicting priorities). */
  readonly diagnostics: readonly Diagnostic[];
  /** Egress: destinations the endpoint may send to. Ingress: sources it may receive from. */
  row(direction: Direction, endpoint: number): Row;
  isIsolated(direction: Direction, endpoint: number): boolean;
  /** The rules of every tier whose policy selects the endpoint, in this direction; admin rules in
   * evaluation order (priority, then policy name, then rule order). */
  rulesFor(direction: Direction, endpoint: number): RowRules;
  /** The namespaced policies that isolate the endpoint in this direction. */
  isolatingPolicies(direction: Direction, endpoint: number): readonly Policy[];
  workloadAt(endpoint: number): Workload | undefined;
  /** Destinations per named port (`PROTOCOL/name`) and port class. */
  readonly namedTargets: ReadonlyMap<string, ReadonlyMap<number, Bitset>>;
}

export interface RowRules {
  /** In evaluation order. */
  readonly admin: readonly CompiledRule[];
  readonly namespaced: readonly CompiledRule[];
  /** In rule order. */
  readonly baseline: readonly CompiledRule[];
  /** Calico tiers in evaluation order, each closed by its default action (calico-tiers.ts). */
  readonly calico: readonly CompiledRule[];
}
