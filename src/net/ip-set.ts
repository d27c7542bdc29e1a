// Set algebra on IpSets (sorted, disjoint, non-adjacent ranges), used for ipBlock `except`s and
// for cutting the address space outside the cluster into parts.
import type { IpFamily, IpRange, IpSet } from '../model/ip.js';

export const IPV4_ALL: IpRange = { family: 4, first: 0n, last: (1n << 32n) - 1n };
export const IPV6_ALL: IpRange = { family: 6, first: 0n, last: (1n << 128n) - 1n };

function compare(a: IpRange, b: IpRange): number {
  if (a.family !== b.family) return a.family - b.family;
  return a.first < b.first ? -1 : a.first > b.first ? 1 : 0;
}

/** Normalizes any ranges into an IpSet: sorted, overlapping and adjacent ranges merged. */
export function ipSetOf(ranges: readonly IpRange[]): IpSet {
  const sorted = [...ranges].sort(compare);
  const out: IpRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && last.family === r.family && r.first <= last.last + 1n) {
      if (r.last > last.last) out[out.length - 1] = { family: last.family, first: last.first, last: r.last };
    } else {
      out.push(r);
    }
  }
  return out;
}

export function unionIpSets(a: IpSet, b: IpSet): IpSet {
  return ipSetOf([...a, ...b]);
}

/** The addresses of `a` that are not in `b`. */
export function subtractIpSets(a: IpSet, b: IpSet): IpSet {
  const out: IpRange[] = [];
  for (const range of a) {
    let first = range.first;
    for (const cut of b) {
      if (cut.family !== range.family || cut.last < first || cut.first > range.last) continue;
      if (cut.first > first) out.push({ family: range.family, first, last: cut.first - 1n });
      first = cut.last + 1n;
      if (first > range.last) break;
    }
    if (first <= range.last) out.push({ family: range.family, first, last: range.last });
  }
  return out;
}

export function intersectIpSets(a: IpSet, b: IpSet): IpSet {
  const out: IpRange[] = [];
  for (const x of a) {
    for (const y of b) {
      if (x.family !== y.family) continue;
      const first = x.first > y.first ? x.first : y.first;
      const last = x.last < y.last ? x.last : y.last;
      if (first <= last) out.push({ family: x.family, first, last });
    }
  }
  return ipSetOf(out);
}

/** Whether every address of `inner` is in `outer`. */
export function ipSetCovers(outer: IpSet, inner: IpSet): boolean {
  return subtractIpSets(inner, outer).length === 0;
}

export function ipSetHas(set: IpSet, family: IpFamily, address: bigint): boolean {
  return set.some((r) => r.family === family && r.first <= address && address <= r.last);
}
