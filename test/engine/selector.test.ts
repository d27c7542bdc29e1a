// Label-selector matching as apimachinery's Requirement.Matches (SEMANTICS §2.6).
import { describe, expect, it } from 'vitest';
import { matchesSelector } from '../../src/engine/selector.js';

const sel = (
  ...requirements: { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }[]
) => ({
  requirements: requirements.map((r) => ({ values: [], ...r })),
});

describe('label selector', () => {
  it('an empty selector matches everything', () => expect(matchesSelector(sel(), {})).toBe(true));
  it('In needs the key with a listed value', () => {
    expect(matchesSelector(sel({ key: 'a', operator: 'In', values: ['1', '2'] }), { a: '2' })).toBe(true);
    expect(matchesSelector(sel({ key: 'a', operator: 'In', values: ['1'] }), {})).toBe(false);
  });
  it('NotIn matches an object that lacks the key', () => {
    expect(matchesSelector(sel({ key: 'a', operator: 'NotIn', values: ['1'] }), {})).toBe(true);
    expect(matchesSelector(sel({ key: 'a', operator: 'NotIn', values: ['1'] }), { a: '1' })).toBe(false);
  });
  it('Exists and DoesNotExist look at the key only', () => {
    expect(matchesSelector(sel({ key: 'a', operator: 'Exists' }), { a: '' })).toBe(true);
    expect(matchesSelector(sel({ key: 'a', operator: 'DoesNotExist' }), { a: '' })).toBe(false);
  });
  it('requirements are ANDed', () => {
    expect(matchesSelector(sel({ key: 'a', operator: 'Exists' }, { key: 'b', operator: 'Exists' }), { a: '1' })).toBe(
      false,
    );
  });
});
