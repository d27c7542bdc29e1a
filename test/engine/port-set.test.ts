// PortSet algebra against a brute-force model: a set of (protocol, port) pairs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROTOCOLS, type PortSet, type Protocol } from '../../src/model/ports.js';
import {
  ALL_PORTS,
  intersectPorts,
  isAllPorts,
  isEmptyPorts,
  portSetOf,
  portsEqual,
  subtractPorts,
  unionPorts,
} from '../../src/engine/port-set.js';

// A small port universe keeps the brute force cheap; edges 1 and 65535 are included.
const PORTS = [1, 2, 3, 53, 54, 79, 80, 81, 8080, 65534, 65535];
const entry = fc.record({
  protocol: fc.constantFrom<Protocol>(...PROTOCOLS),
  a: fc.constantFrom(...PORTS),
  b: fc.constantFrom(...PORTS),
});
const portSet = fc
  .array(entry, { maxLength: 6 })
  .map((es) =>
    portSetOf(es.map((e) => ({ protocol: e.protocol, first: Math.min(e.a, e.b), last: Math.max(e.a, e.b) }))),
  );

function members(s: PortSet): Set<string> {
  const out = new Set<string>();
  for (const p of PROTOCOLS)
    for (const port of PORTS) if ((s[p] ?? []).some(([f, l]) => f <= port && port <= l)) out.add(`${p}/${port}`);
  return out;
}

function isNormal(s: PortSet): boolean {
  return PROTOCOLS.every((p) => {
    const r = s[p];
    if (r === undefined) return true;
    return (
      r.length > 0 &&
      r.every(([f, l], i) => f <= l && f >= 1 && l <= 65535 && (i === 0 || f > (r[i - 1] as readonly number[])[1]! + 1))
    );
  });
}

describe('port-set algebra', () => {
  it('union, intersection and difference agree with sets of ports', () => {
    fc.assert(
      fc.property(portSet, portSet, (a, b) => {
        const ma = members(a);
        const mb = members(b);
        expect(members(unionPorts(a, b))).toEqual(new Set([...ma, ...mb]));
        expect(members(intersectPorts(a, b))).toEqual(new Set([...ma].filter((x) => mb.has(x))));
        expect(members(subtractPorts(a, b))).toEqual(new Set([...ma].filter((x) => !mb.has(x))));
      }),
      { numRuns: 300 },
    );
  });
  it('results are normalized: sorted, merged, no empty protocol', () => {
    fc.assert(
      fc.property(portSet, portSet, (a, b) => {
        for (const s of [a, unionPorts(a, b), intersectPorts(a, b), subtractPorts(a, b)])
          expect(isNormal(s)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('equality is equality of the port sets', () => {
    fc.assert(
      fc.property(portSet, portSet, (a, b) => {
        const same = [...members(a)].sort().join() === [...members(b)].sort().join();
        // The brute-force universe is a sample: equal sets must compare equal; the converse is
        // checked on the sample only through a - b and b - a.
        if (portsEqual(a, b)) expect(same).toBe(true);
        if (isEmptyPorts(subtractPorts(a, b)) && isEmptyPorts(subtractPorts(b, a))) expect(portsEqual(a, b)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('adjacent ranges merge', () => {
    expect(
      portSetOf([
        { protocol: 'TCP', first: 80, last: 80 },
        { protocol: 'TCP', first: 81, last: 90 },
      ]),
    ).toEqual({ TCP: [[80, 90]] });
  });
  it('ALL minus nothing is everything', () => {
    expect(isAllPorts(subtractPorts(ALL_PORTS, {}))).toBe(true);
  });
});
