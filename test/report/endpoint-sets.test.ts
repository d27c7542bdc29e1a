// Sets of endpoints in a few words, for lines that fold many pairs (issue 10).
import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../src/model/endpoint.js';
import { describeEndpointSet, describeEndpoints, endpointContext } from '../../src/report/endpoint-sets.js';
import { endpointLookup } from '../../src/report/sentences.js';

const w = (ns: string, name: string): Endpoint => ({
  type: 'workload',
  id: `${ns}/${name}`,
  namespace: ns,
  name,
  kind: 'Deployment',
});
const entity = (name: 'host' | 'remote-node' | 'health'): Endpoint => ({ type: 'entity', id: `entity:${name}`, name });
const endpoints = [
  w('a', 'x'),
  w('a', 'y'),
  w('b', 'p'),
  w('b', 'q'),
  w('b', 'r'),
  w('b', 's'),
  w('c', 'z'),
  entity('host'),
  entity('remote-node'),
  entity('health'),
];
const context = endpointContext(endpoints, endpointLookup(endpoints));

describe('endpoint sets', () => {
  it('every workload of a namespace is ns/*', () => {
    expect(describeEndpoints(['a/x', 'a/y', 'c/z'], context)).toBe('a/* and c/z');
  });
  it('every workload of the report is "every workload (N)", not a list', () => {
    expect(describeEndpoints(['a/x', 'a/y', 'b/p', 'b/q', 'b/r', 'b/s', 'c/z'], context)).toBe('every workload (7)');
  });
  it('some of a namespace are counted, and the line says it folded them', () => {
    expect(describeEndpointSet(['b/p', 'b/q', 'b/r', 'a/x'], context)).toEqual({
      text: '3 workloads in b and a/x',
      folded: true,
    });
  });
  it('Cilium entities that behave alike are one phrase', () => {
    expect(describeEndpointSet(['entity:host', 'entity:remote-node', 'entity:health'], context)).toEqual({
      text: '3 Cilium entities (host, remote-node, …)',
      folded: true,
    });
  });
});
