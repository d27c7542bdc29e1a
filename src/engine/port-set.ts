// PortSet algebra: per protocol, sorted merged inclusive ranges (DESIGN §3).
import { MAX_PORT, MIN_PORT, PROTOCOLS, type PortRange, type PortSet, type Protocol } from '../model/ports.js';

export const ALL_PORTS: PortSet = {
  TCP: [[MIN_PORT, MAX_PORT]],
  UDP: [[MIN_PORT, MAX_PORT]],
  SCTP: [[MIN_PORT, MAX_PORT]],
};
export const NO_PORTS: PortSet = {};

function normalize(ranges: readonly PortRange[]): PortRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [first, last] of sorted) {
    const prev = out[out.length - 1];
    if (prev !== undefined && first <= prev[1] + 1) prev[1] = Math.max(prev[1], last);
    else out.push([first, last]);
  }
  return out;
}

function build(per: (p: Protocol) => readonly PortRange[]): PortSet {
  const out: Partial<Record<Protocol, readonly PortRange[]>> = {};
  for (const p of PROTOCOLS) {
    const ranges = per(p);
    if (ranges.length > 0) out[p] = ranges;
  }
  return out;
}

export function portSetOf(entries: readonly { protocol: Protocol; first: number; last: number }[]): PortSet {
  return build((p) => normalize(entries.filter((e) => e.protocol === p).map((e) => [e.first, e.last] as const)));
}

export function unionPorts(a: PortSet, b: PortSet): PortSet {
  return build((p) => normalize([...(a[p] ?? []), ...(b[p] ?? [])]));
}

export function intersectPorts(a: PortSet, b: PortSet): PortSet {
  return build((p) => {
    const out: PortRange[] = [];
    for (const [f1, l1] of a[p] ?? []) {
      for (const [f2, l2] of b[p] ?? []) {
        const first = Math.max(f1, f2);
        const last = Math.min(l1, l2);
        if (first <= last) out.push([first, last]);
      }
    }
    return normalize(out);
  });
}

/** The ports of `a` that are not in `b`. */
export function subtractPorts(a: PortSet, b: PortSet): PortSet {
  return build((p) => {
    const out: PortRange[] = [];
    for (const [first0, last] of a[p] ?? []) {
      let first = first0;
      for (const [cf, cl] of b[p] ?? []) {
        if (cl < first || cf > last) continue;
        if (cf > first) out.push([first, cf - 1]);
        first = cl + 1;
      }
      if (first <= last) out.push([first, last]);
    }
    return out;
  });
}

export function isEmptyPorts(a: PortSet): boolean {
  return PROTOCOLS.every((p) => (a[p] ?? []).length === 0);
}

export function portsEqual(a: PortSet, b: PortSet): boolean {
  return PROTOCOLS.every((p) => {
    const x = a[p] ?? [];
    const y = b[p] ?? [];
    return (
      x.length === y.length && x.every((r, i) => r[0] === (y[i] as PortRange)[0] && r[1] === (y[i] as PortRange)[1])
    );
  });
}

export function isAllPorts(a: PortSet): boolean {
  return portsEqual(a, ALL_PORTS);
}
