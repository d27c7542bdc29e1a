// Cuts the address space outside the cluster into the coarsest parts that the policies' CIDRs
// (with their excepts) can tell apart; each part becomes one external endpoint (DESIGN §3).
import type { IpFamily, IpRange, IpSet } from '../model/ip.js';
import { IPV4_ALL, IPV6_ALL, ipSetOf, subtractIpSets } from '../net/ip-set.js';

export interface ExternalParts {
  /** The parts, each a non-empty IpSet, in address order of their first range. */
  readonly parts: readonly IpSet[];
  /** For each distinct input set (by `ipSetKey`), the indexes of the parts it covers. */
  readonly covering: ReadonlyMap<string, readonly number[]>;
}

export function ipSetKey(set: IpSet): string {
  return set.map((r) => `${r.family}:${r.first}-${r.last}`).join(',');
}

/** `sets` are the ipBlocks (CIDR less excepts); `inside` is address space that is not external (pod CIDRs). */
export function partitionExternal(sets: readonly IpSet[], inside: IpSet): ExternalParts {
  const distinct = new Map<string, IpSet>();
  for (const set of sets) distinct.set(ipSetKey(set), set);
  const inputs = [...distinct.values()];
  const space = subtractIpSets([IPV4_ALL, IPV6_ALL], ipSetOf(inside));

  // Elementary intervals: between consecutive boundaries of all the sets and of the space.
  const intervals: IpRange[] = [];
  for (const family of [4, 6] as IpFamily[]) {
    const bounds = new Set<bigint>();
    for (const r of [...space, ...inputs.flat()]) {
      if (r.family !== family) continue;
      bounds.add(r.first);
      bounds.add(r.last + 1n);
    }
    const sorted = [...bounds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (let i = 0; i + 1 < sorted.length; i++)
      intervals.push({ family, first: sorted[i] as bigint, last: (sorted[i + 1] as bigint) - 1n });
  }
  const inSpace = intervals.map((iv) =>
    space.some((r) => r.family === iv.family && r.first <= iv.first && iv.last <= r.last),
  );
  const members: number[][] = intervals.map(() => []);
  inputs.forEach((set, setIndex) => {
    for (const r of set) {
      let i = lowerBound(intervals, r);
      for (; i < intervals.length; i++) {
        const iv = intervals[i] as IpRange;
        if (iv.family !== r.family || iv.first > r.last) break;
        (members[i] as number[]).push(setIndex);
      }
    }
  });
  const groups = new Map<string, IpRange[]>();
  intervals.forEach((iv, i) => {
    if (!inSpace[i]) return;
    const key = (members[i] as number[]).join(',');
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [iv]);
    else group.push(iv);
  });
  const parts = [...groups.entries()].map(([key, ranges]) => ({ key, set: ipSetOf(ranges) }));
  parts.sort((a, b) => compareRange(a.set[0] as IpRange, b.set[0] as IpRange));
  const covering = new Map<string, number[]>();
  inputs.forEach((set) => covering.set(ipSetKey(set), []));
  parts.forEach((part, partIndex) => {
    if (part.key === '') return;
    for (const setIndex of part.key.split(','))
      covering.get(ipSetKey(inputs[Number(setIndex)] as IpSet))?.push(partIndex);
  });
  return { parts: parts.map((p) => p.set), covering };
}

function compareRange(a: IpRange, b: IpRange): number {
  if (a.family !== b.family) return a.family - b.family;
  return a.first < b.first ? -1 : a.first > b.first ? 1 : 0;
}

/** First interval index whose family and start are not before `r`'s start. */
function lowerBound(intervals: readonly IpRange[], r: IpRange): number {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareRange(intervals[mid] as IpRange, r) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
