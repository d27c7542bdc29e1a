// Calico's selector language (docs/semantics-calico.md §7): the parser and the matcher.
import { describe, expect, it } from 'vitest';
import { matchesCalico } from '../../src/policies/calico-match.js';
import { formatCalicoSelector, isSelectorError, parseCalicoSelector } from '../../src/policies/calico-selector.js';
import type { CalicoSelector } from '../../src/model/calico-selector.js';

const parse = (text: string): CalicoSelector => {
  const s = parseCalicoSelector(text);
  if (isSelectorError(s)) throw new Error(`${text}: ${s.message} at ${s.column}`);
  return s;
};
const matches = (text: string, labels: Record<string, string>, global = false) =>
  matchesCalico(parse(text), labels, global);
const errorOf = (text: string) => {
  const s = parseCalicoSelector(text);
  return isSelectorError(s) ? s : undefined;
};

describe('§7 selector operators', () => {
  it('== and != compare a label value; != holds for an endpoint without the label', () => {
    expect(matches("app == 'web'", { app: 'web' })).toBe(true);
    expect(matches('app == "web"', { app: 'db' })).toBe(false);
    expect(matches("app != 'web'", { app: 'db' })).toBe(true);
    expect(matches("app != 'web'", {})).toBe(true);
    expect(matches("app != 'web'", { app: 'web' })).toBe(false);
  });
  it('has() and !has() test for the key', () => {
    expect(matches('has(app)', { app: '' })).toBe(true);
    expect(matches('!has(app)', { app: 'x' })).toBe(false);
    expect(matches('!has(app)', {})).toBe(true);
  });
  it('in {} and not in {} test a set of values; not in holds without the label', () => {
    expect(matches("tier in {'a', 'b'}", { tier: 'b' })).toBe(true);
    expect(matches("tier in {'a', 'b'}", {})).toBe(false);
    expect(matches("tier not in {'a'}", { tier: 'b' })).toBe(true);
    expect(matches("tier not in {'a'}", {})).toBe(true);
    expect(matches('tier in {}', { tier: 'a' })).toBe(false);
  });
  it('contains, starts with and ends with need the label', () => {
    expect(matches("name contains 'ill'", { name: 'billing' })).toBe(true);
    expect(matches("name starts with 'bil'", { name: 'billing' })).toBe(true);
    expect(matches("name ends with 'ing'", { name: 'billing' })).toBe(true);
    expect(matches("name ends with 'ing'", {})).toBe(false);
    expect(matches("name contains ''", {})).toBe(false);
  });
  it('all() matches everything and an empty selector means all()', () => {
    expect(matches('all()', {})).toBe(true);
    expect(parse('')).toEqual({ op: 'all' });
    expect(parse('   ')).toEqual({ op: 'all' });
  });
  it('global() matches only endpoints without a namespace', () => {
    expect(matches('global()', {}, true)).toBe(true);
    expect(matches('global()', {}, false)).toBe(false);
  });
  it('&& binds tighter than ||, ! tighter than both, parentheses group', () => {
    // a || (b && c)
    expect(matches('has(a) || has(b) && has(c)', { a: '' })).toBe(true);
    expect(matches('(has(a) || has(b)) && has(c)', { a: '' })).toBe(false);
    expect(matches('!has(a) && has(b)', { b: '' })).toBe(true);
    expect(matches('!(has(a) && has(b))', { a: '', b: '' })).toBe(false);
  });
  it('label keys may hold the characters of Kubernetes label keys', () => {
    expect(matches("projectcalico.org/namespace == 'shop'", { 'projectcalico.org/namespace': 'shop' })).toBe(true);
    expect(matches("app.kubernetes.io/name-x_y == 'a'", { 'app.kubernetes.io/name-x_y': 'a' })).toBe(true);
  });
  it('formats back to an equivalent selector', () => {
    for (const text of ["a == 'x' && (b != 'y' || !has(c))", "k not in {'a', 'b'} || all()", "n starts with 'p'"]) {
      const again = formatCalicoSelector(parse(text));
      expect(parse(again)).toEqual(parse(text));
    }
  });
});

describe('§7 selector errors name the column', () => {
  it('an unclosed string', () => {
    expect(errorOf("app == 'web")).toEqual({ message: expect.stringContaining('closing'), column: 8 });
  });
  it('a missing operator after a key', () => {
    expect(errorOf("app 'web'")?.column).toBe(5);
  });
  it('an unquoted value', () => {
    expect(errorOf('app == web')?.column).toBe(8);
  });
  it('a dangling && and trailing terms', () => {
    expect(errorOf("app == 'a' &&")?.column).toBe(14);
    expect(errorOf("app == 'a' b == 'c'")?.column).toBe(12);
  });
  it('a Kubernetes-style selector is not Calico syntax', () => {
    expect(errorOf('app=web')?.column).toBe(4);
    expect(errorOf('app: web')?.column).toBe(4);
  });
  it('an unbalanced parenthesis and a bad set', () => {
    expect(errorOf("(app == 'a'")?.column).toBe(12);
    expect(errorOf("app in {'a' 'b'}")?.column).toBe(13);
  });
});
