// Addresses outside the cluster are named in words where a name exists (issue 10).
import { describe, expect, it } from 'vitest';
import type { IpRange } from '../../src/model/ip.js';
import { parseCidr } from '../../src/net/cidr.js';
import { IPV4_ALL, IPV6_ALL, ipSetOf, subtractIpSets } from '../../src/net/ip-set.js';
import { addressText } from '../../src/report/endpoint-text.js';

const cidrs = (...texts: string[]) => ipSetOf(texts.map((t) => (parseCidr(t) as { range: IpRange }).range));
const PRIVATE = cidrs('10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16');

describe('address names', () => {
  it('0.0.0.0/0 and ::/0 are "anywhere outside the cluster"', () => {
    expect(addressText([IPV4_ALL, IPV6_ALL])).toBe('anywhere outside the cluster');
  });
  it('the RFC 1918 ranges are "private ranges", and everything else is said so', () => {
    expect(addressText(PRIVATE)).toBe('private ranges');
    expect(addressText(subtractIpSets([IPV4_ALL, IPV6_ALL], PRIVATE))).toBe(
      'anywhere outside the cluster except private ranges',
    );
    expect(addressText(ipSetOf([...PRIVATE, IPV6_ALL]))).toBe('private ranges and [::/0]');
  });
  it('an except list longer than three is folded to a count', () => {
    const holes = cidrs('10.0.0.0/8', '12.0.0.0/8', '14.0.0.0/8', '16.0.0.0/8', '18.0.0.0/8');
    expect(addressText(subtractIpSets([IPV4_ALL], holes))).toBe('0.0.0.0/0 except 5 ranges');
  });
  it('a short except list is spelt out', () => {
    expect(addressText(subtractIpSets([IPV4_ALL], cidrs('10.0.0.0/8')))).toBe('0.0.0.0/0 except 10.0.0.0/8');
  });
  it('more than three ranges without a cover name three and count the rest', () => {
    expect(addressText(cidrs('10.0.0.0/24', '10.0.2.0/24', '10.0.4.0/24', '10.0.6.0/24', '10.0.8.0/24'))).toBe(
      '10.0.0.0/24, 10.0.2.0/24, 10.0.4.0/24 and 2 more ranges',
    );
  });
});
