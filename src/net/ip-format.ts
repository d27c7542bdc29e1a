// Writes addresses and ranges as text: IPv4 dotted, IPv6 in its compressed form (RFC 5952),
// a range as the fewest CIDRs that cover it exactly.
import { IPv4, IPv6, collapseIPv6Number } from 'ip-num';
import type { IpFamily, IpRange } from '../model/ip.js';

const BITS: Readonly<Record<IpFamily, bigint>> = { 4: 32n, 6: 128n };

export function formatAddress(family: IpFamily, value: bigint): string {
  return family === 4 ? IPv4.fromNumber(value).toString() : collapseIPv6Number(new IPv6(value).toString());
}

/** The CIDRs, largest blocks first in address order, that cover the range exactly. */
export function formatRange(range: IpRange): string[] {
  const bits = BITS[range.family];
  const cidrs: string[] = [];
  let first = range.first;
  while (first <= range.last) {
    // The largest block aligned at `first` that does not pass `last`.
    let size = 0n;
    while (size < bits && first % (1n << (size + 1n)) === 0n && first + (1n << (size + 1n)) - 1n <= range.last) size++;
    cidrs.push(`${formatAddress(range.family, first)}/${bits - size}`);
    first += 1n << size;
  }
  return cidrs;
}
