// How an endpoint reads in a sentence: `namespace/name` for a workload; for an external part,
// its shortest correct CIDR form (a list, or a covering CIDR with `except`), IPv6 in brackets so
// that the `:` before the ports stays unambiguous.
import type { Endpoint } from '../model/endpoint.js';
import type { IpFamily, IpRange, IpSet } from '../model/ip.js';
import { formatAddress, formatRange } from '../net/ip-format.js';
import { subtractIpSets } from '../net/ip-set.js';

export function endpointText(endpoint: Endpoint): string {
  switch (endpoint.type) {
    case 'workload':
    case 'entity':
      return endpoint.id;
    case 'dns':
      return `${endpoint.pattern} (DNS name)`;
    case 'external':
      return externalText(endpoint.ranges);
  }
}

function externalText(set: IpSet): string {
  const groups: { text: string; hasExcept: boolean }[] = [];
  for (const family of [4, 6] as IpFamily[]) {
    const ranges = set.filter((r) => r.family === family);
    if (ranges.length > 0) groups.push(familyText(family, ranges));
  }
  if (groups.length === 1) return (groups[0] as { text: string }).text;
  return groups.map((g) => (g.hasExcept ? `(${g.text})` : g.text)).join(' and ');
}

function familyText(family: IpFamily, ranges: readonly IpRange[]): { text: string; hasExcept: boolean } {
  const wrap = (cidr: string) => (family === 6 ? `[${cidr}]` : cidr);
  const list = ranges.flatMap(formatRange).map(wrap).join(', ');
  const cover = coveringCidr(family, (ranges[0] as IpRange).first, (ranges[ranges.length - 1] as IpRange).last);
  const holes = subtractIpSets([cover.range], ranges).flatMap(formatRange).map(wrap);
  if (holes.length === 0) return { text: list, hasExcept: false };
  const withExcept = `${wrap(cover.text)} except ${holes.join(', ')}`;
  return withExcept.length < list.length ? { text: withExcept, hasExcept: true } : { text: list, hasExcept: false };
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
