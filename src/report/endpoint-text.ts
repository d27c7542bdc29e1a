// How an endpoint reads in a sentence: `namespace/name` for a workload; for addresses outside
// the cluster, a name where one exists ("anywhere outside the cluster", "private ranges"), else
// the shortest correct CIDR form (a list, or a covering CIDR with `except`, more than three
// excepts folded to a count), IPv6 in brackets so that the `:` before the ports stays unambiguous.
import type { Endpoint } from '../model/endpoint.js';
import type { IpFamily, IpRange, IpSet } from '../model/ip.js';
import { parseCidr } from '../net/cidr.js';
import { formatAddress, formatRange } from '../net/ip-format.js';
import { IPV4_ALL, IPV6_ALL, ipSetOf, subtractIpSets } from '../net/ip-set.js';

export function endpointText(endpoint: Endpoint): string {
  switch (endpoint.type) {
    case 'workload':
    case 'entity':
      return endpoint.id;
    case 'dns':
      return `${endpoint.pattern} (DNS name)`;
    case 'external':
      return addressText(endpoint.ranges);
  }
}

const PRIVATE: IpSet = ipSetOf(
  ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((c) => (parseCidr(c) as { range: IpRange }).range),
);
const EVERYWHERE: IpSet = [IPV4_ALL, IPV6_ALL];

const sameSet = (a: IpSet, b: IpSet) =>
  a.length === b.length &&
  a.every((r, i) => r.family === b[i]?.family && r.first === b[i].first && r.last === b[i].last);

/** Addresses outside the cluster, in words where a name exists. */
export function addressText(set: IpSet): string {
  const named = namedSet(set);
  if (named !== undefined) return named;
  const groups: { text: string; hasExcept: boolean }[] = [];
  for (const family of [4, 6] as IpFamily[]) {
    const ranges = set.filter((r) => r.family === family);
    if (ranges.length === 0) continue;
    if (family === 4 && sameSet(ranges, PRIVATE)) groups.push({ text: 'private ranges', hasExcept: false });
    else if (family === 4 && sameSet(ranges, subtractIpSets([IPV4_ALL], PRIVATE)))
      groups.push({ text: '0.0.0.0/0 except private ranges', hasExcept: true });
    else groups.push(familyText(family, ranges));
  }
  if (groups.length === 1) return (groups[0] as { text: string }).text;
  return groups.map((g) => (g.hasExcept ? `(${g.text})` : g.text)).join(' and ');
}

function namedSet(set: IpSet): string | undefined {
  if (sameSet(set, EVERYWHERE)) return 'anywhere outside the cluster';
  if (sameSet(set, [IPV4_ALL])) return 'anywhere outside the cluster (IPv4)';
  if (sameSet(set, [IPV6_ALL])) return 'anywhere outside the cluster (IPv6)';
  if (sameSet(set, PRIVATE)) return 'private ranges';
  if (sameSet(set, subtractIpSets(EVERYWHERE, PRIVATE))) return 'anywhere outside the cluster except private ranges';
  if (sameSet(set, subtractIpSets([IPV4_ALL], PRIVATE)))
    return 'anywhere outside the cluster (IPv4) except private ranges';
  return undefined;
}

function familyText(family: IpFamily, ranges: readonly IpRange[]): { text: string; hasExcept: boolean } {
  const wrap = (cidr: string) => (family === 6 ? `[${cidr}]` : cidr);
  const cidrs = ranges.flatMap(formatRange).map(wrap);
  const list =
    cidrs.length > 3 ? `${cidrs.slice(0, 3).join(', ')} and ${cidrs.length - 3} more ranges` : cidrs.join(', ');
  const cover = coveringCidr(family, (ranges[0] as IpRange).first, (ranges[ranges.length - 1] as IpRange).last);
  const holes = subtractIpSets([cover.range], ranges).flatMap(formatRange).map(wrap);
  if (holes.length === 0) return { text: list, hasExcept: false };
  const withExcept = `${wrap(cover.text)} except ${holes.length > 3 ? `${holes.length} ranges` : holes.join(', ')}`;
  // Few excepts: whichever is shorter. Many: the except form only where it folds fewer ranges
  // than the list would.
  const useExcept =
    holes.length <= 3 ? withExcept.length < list.length : cidrs.length > 3 && holes.length < cidrs.length;
  return useExcept ? { text: withExcept, hasExcept: true } : { text: list, hasExcept: false };
}

/** The smallest CIDR that holds both addresses. */
function coveringCidr(family: IpFamily, first: bigint, last: bigint): { range: IpRange; text: string } {
  const bits = family === 4 ? 32n : 128n;
  let host = 0n;
  while (host < bits && first >> host !== last >> host) host++;
  const start = (first >> host) << host;
  const end = start + (1n << host) - 1n;
  return { range: { family, first: start, last: end }, text: `${formatAddress(family, start)}/${bits - host}` };
}
