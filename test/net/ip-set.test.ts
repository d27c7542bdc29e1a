// IpSet algebra and CIDR text against a brute-force model over small address samples.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IpRange, IpSet } from '../../src/model/ip.js';
import { parseCidr } from '../../src/net/cidr.js';
import { formatRange } from '../../src/net/ip-format.js';
import { intersectIpSets, ipSetCovers, ipSetHas, ipSetOf, subtractIpSets, unionIpSets } from '../../src/net/ip-set.js';

// IPv4 ranges inside 0..255 (so the brute force can enumerate) and a few IPv6 ones.
const v4range = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map(([a, b]): IpRange => ({ family: 4, first: BigInt(Math.min(a, b)), last: BigInt(Math.max(a, b)) }));
const v6range = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map(([a, b]): IpRange => ({ family: 6, first: BigInt(Math.min(a, b)), last: BigInt(Math.max(a, b)) }));
const ipSet = fc.array(fc.oneof(v4range, v6range), { maxLength: 5 }).map(ipSetOf);

function members(s: IpSet): Set<string> {
  const out = new Set<string>();
  for (const family of [4, 6] as const)
    for (let a = 0n; a <= 255n; a++) if (ipSetHas(s, family, a)) out.add(`${family}:${a}`);
  return out;
}

describe('ip-set algebra', () => {
  it('union, intersection and difference agree with sets of addresses', () => {
    fc.assert(
      fc.property(ipSet, ipSet, (a, b) => {
        const ma = members(a);
        const mb = members(b);
        expect(members(unionIpSets(a, b))).toEqual(new Set([...ma, ...mb]));
        expect(members(intersectIpSets(a, b))).toEqual(new Set([...ma].filter((x) => mb.has(x))));
        expect(members(subtractIpSets(a, b))).toEqual(new Set([...ma].filter((x) => !mb.has(x))));
        expect(ipSetCovers(a, b)).toBe([...mb].every((x) => ma.has(x)));
      }),
      { numRuns: 300 },
    );
  });
  it('normalized sets have sorted, disjoint, non-adjacent ranges', () => {
    fc.assert(
      fc.property(ipSet, (s) => {
        s.forEach((r, i) => {
          const prev = s[i - 1];
          if (prev !== undefined && prev.family === r.family) expect(r.first > prev.last + 1n).toBe(true);
        });
      }),
    );
  });
});

describe('CIDR text', () => {
  it('a range is written as the fewest CIDRs that cover it exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4095 }), fc.integer({ min: 0, max: 4095 }), (a, b) => {
        const range: IpRange = { family: 4, first: BigInt(Math.min(a, b)), last: BigInt(Math.max(a, b)) };
        const back = ipSetOf(
          formatRange(range).map((c) => (parseCidr(c) as NonNullable<ReturnType<typeof parseCidr>>).range),
        );
        expect(back).toEqual([range]);
      }),
      { numRuns: 300 },
    );
  });
  it('writes IPv6 compressed', () => {
    expect(formatRange({ family: 6, first: 0x20010db8n << 96n, last: ((0x20010db8n + 1n) << 96n) - 1n })).toEqual([
      '2001:db8::/32',
    ]);
    expect(formatRange({ family: 6, first: 0n, last: (1n << 128n) - 1n })).toEqual(['::/0']);
  });
  it('parses IPv4 and IPv6 CIDRs and refuses malformed ones', () => {
    expect(parseCidr('10.0.0.0/8')?.range).toEqual({ family: 4, first: 0x0a000000n, last: 0x0affffffn });
    expect(parseCidr('10.1.2.3/8')).toMatchObject({ canonical: '10.0.0.0/8', isCanonical: false });
    for (const bad of ['10.0.0.0/33', '10.0.0/8', '10.0.0.1', 'fd00::/129', 'x'])
      expect(parseCidr(bad)).toBeUndefined();
  });
});
