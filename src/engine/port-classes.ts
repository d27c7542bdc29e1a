// Cuts each protocol's ports into the classes that no rule can tell apart, so that the engine
// keeps one peer bitset per class instead of one per port (DESIGN §4).
import { MAX_PORT, MIN_PORT, PROTOCOLS, type PortSet, type Protocol } from '../model/ports.js';
import type { Rule } from '../model/rule.js';
import type { Workload } from '../model/workload.js';
import { portSetOf } from './port-set.js';

export interface PortClass {
  readonly protocol: Protocol;
  readonly first: number;
  readonly last: number;
}

export interface PortClasses {
  readonly classes: readonly PortClass[];
  /** The class holding this port. */
  classOf(protocol: Protocol, port: number): number;
  /** The classes that exactly make up `first..last` (bounds are class bounds by construction). */
  classesIn(protocol: Protocol, first: number, last: number): readonly number[];
  toPortSet(classIds: Iterable<number>): PortSet;
}

export function buildPortClasses(rules: readonly Rule[], workloads: readonly Workload[]): PortClasses {
  const cuts: Record<Protocol, Set<number>> = {
    TCP: new Set([MIN_PORT]),
    UDP: new Set([MIN_PORT]),
    SCTP: new Set([MIN_PORT]),
  };
  const named = new Set<string>();
  const cut = (protocol: Protocol, first: number, last: number) => {
    cuts[protocol].add(first);
    if (last < MAX_PORT) cuts[protocol].add(last + 1);
  };
  for (const rule of rules) {
    if (rule.ports === 'all') continue;
    for (const port of rule.ports) {
      if (port.kind === 'range') cut(port.protocol, port.first, port.last);
      else named.add(`${port.protocol}/${port.name}`);
    }
  }
  for (const workload of workloads) {
    for (const port of workload.ports) {
      if (port.name !== undefined && named.has(`${port.protocol}/${port.name}`))
        cut(port.protocol, port.port, port.port);
    }
  }
  const classes: PortClass[] = [];
  const starts: Record<Protocol, number[]> = { TCP: [], UDP: [], SCTP: [] };
  const offset: Record<Protocol, number> = { TCP: 0, UDP: 0, SCTP: 0 };
  for (const protocol of PROTOCOLS) {
    const sorted = [...cuts[protocol]].sort((a, b) => a - b);
    offset[protocol] = classes.length;
    sorted.forEach((first, i) => {
      const next = sorted[i + 1];
      classes.push({ protocol, first, last: next === undefined ? MAX_PORT : next - 1 });
    });
    starts[protocol] = sorted;
  }
  const classOf = (protocol: Protocol, port: number): number => {
    const s = starts[protocol];
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((s[mid] as number) <= port) lo = mid;
      else hi = mid - 1;
    }
    return offset[protocol] + lo;
  };
  // Port sets are values: a report of many pairs on the same classes shares them.
  const portSets = new Map<string, PortSet>();
  return {
    classes,
    classOf,
    classesIn(protocol, first, last) {
      const out: number[] = [];
      for (let c = classOf(protocol, first), end = classOf(protocol, last); c <= end; c++) out.push(c);
      return out;
    },
    toPortSet(classIds) {
      const ids = [...classIds];
      const key = ids.join(',');
      let set = portSets.get(key);
      if (set === undefined) {
        set = portSetOf(ids.map((id) => classes[id] as PortClass));
        portSets.set(key, set);
      }
      return set;
    },
  };
}
