// Reach as grouped statements (issue 10): the fewest statements that say the connectivity
// exactly — every allowed pair in exactly one statement, with exactly its ports.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Connection } from '../../src/model/change.js';
import type { PortSet } from '../../src/model/ports.js';
import { groupConnections } from '../../src/report/reach-statements.js';

const PORTS: readonly PortSet[] = [
  { TCP: [[1, 65535]], UDP: [[1, 65535]], SCTP: [[1, 65535]] },
  { TCP: [[80, 80]] },
  { UDP: [[53, 53]] },
];

describe('reach statements', () => {
  it('say every allowed pair exactly once, with its ports (property)', () => {
    const connections = fc.uniqueArray(
      fc.record({
        src: fc.integer({ min: 0, max: 6 }),
        dst: fc.integer({ min: 0, max: 6 }),
        p: fc.integer({ min: 0, max: 2 }),
      }),
      { selector: (c) => `${c.src}>${c.dst}` },
    );
    fc.assert(
      fc.property(connections, (list) => {
        const input: Connection[] = list.map((c) => ({
          src: `n/${c.src}`,
          dst: `n/${c.dst}`,
          allowed: PORTS[c.p] as PortSet,
        }));
        const said = groupConnections(input).flatMap((s) =>
          s.srcs.flatMap((src) => s.dsts.map((dst) => `${src}>${dst}>${JSON.stringify(s.allowed)}`)),
        );
        expect(said.sort()).toEqual(input.map((c) => `${c.src}>${c.dst}>${JSON.stringify(c.allowed)}`).sort());
      }),
    );
  });
  it('a cluster without policy is one statement per direction kind', () => {
    const ids = ['a/x', 'a/y', 'b/z'];
    const all = PORTS[0] as PortSet;
    const input: Connection[] = ids.flatMap((src) => ids.map((dst) => ({ src, dst, allowed: all })));
    expect(groupConnections(input)).toEqual([{ srcs: ids, dsts: ids, allowed: all }]);
  });
});
