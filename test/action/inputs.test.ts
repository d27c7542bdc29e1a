import { describe, expect, it } from 'vitest';
import { DEFAULT_PATHS, InputError, readInputs } from '../../src/action/inputs.js';

const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('action inputs', () => {
  it('unset inputs take their defaults', () => {
    const inputs = readInputs(from({ 'github-token': 't' }));
    expect(inputs).toMatchObject({
      paths: DEFAULT_PATHS,
      source: 'auto',
      comment: 'update',
      commentKey: 'default',
      commentOnNoChange: 'update-existing',
      failOn: [],
      annotations: true,
      ipBlockSelectsPods: false,
      defaultNamespace: 'default',
    });
  });
  it('lists are split on lines and commas', () => {
    const inputs = readInputs(
      from({ paths: 'k8s/**/*.yaml\n  apps/*.yml, more.json\n', 'exclude-paths': '.github/**' }),
    );
    expect(inputs.paths).toEqual(['k8s/**/*.yaml', 'apps/*.yml', 'more.json']);
    expect(inputs.excludePaths).toEqual(['.github/**']);
  });
  it('a value outside a closed set names the input and the allowed values', () => {
    expect(() => readInputs(from({ comment: 'sometimes' }))).toThrow(
      new InputError('input comment is "sometimes"; use one of update, recreate, off'),
    );
  });
  it('fail-on takes a list, comma- or line-separated (#9)', () => {
    expect(readInputs(from({ 'fail-on': 'opened, incomplete' })).failOn).toEqual(['opened', 'incomplete']);
    expect(readInputs(from({ 'fail-on': 'any-change\nincomplete\n' })).failOn).toEqual(['any-change', 'incomplete']);
    expect(readInputs(from({ 'fail-on': 'never' })).failOn).toEqual([]);
  });
  it('fail-on keeps error as the former name of incomplete (#9)', () => {
    expect(readInputs(from({ 'fail-on': 'error' })).failOn).toEqual(['incomplete']);
    expect(readInputs(from({ 'fail-on': 'opened, error, incomplete' })).failOn).toEqual(['opened', 'incomplete']);
  });
  it('a bad fail-on value names the input, what was given and what is allowed (#9)', () => {
    expect(() => readInputs(from({ 'fail-on': 'opened, sometimes' }))).toThrow(
      new InputError(
        'input fail-on is "opened, sometimes": "sometimes" is not one of never, opened, any-change, incomplete, violated, finding, error; use never, or a list such as "opened, incomplete"',
      ),
    );
    expect(() => readInputs(from({ 'fail-on': 'never, opened' }))).toThrow(
      /input fail-on is "never, opened": "never" cannot be listed with opened/,
    );
  });
  it('booleans are true or false', () => {
    expect(() => readInputs(from({ annotations: 'yes' }))).toThrow(/input annotations is "yes"; use true or false/);
  });
  it('pod-cidrs are parsed', () => {
    expect(readInputs(from({ 'pod-cidrs': '10.244.0.0/16' })).podCidrs).toEqual([
      { family: 4, first: 0x0af40000n, last: 0x0af4ffffn },
    ]);
    expect(() => readInputs(from({ 'pod-cidrs': '10.244.0.0' }))).toThrow(/pod-cidrs has "10.244.0.0"/);
  });
  it('base-dir and head-dir go together', () => {
    expect(() => readInputs(from({ 'base-dir': 'a' }))).toThrow(/base-dir and head-dir go together/);
    expect(() => readInputs(from({ source: 'dirs' }))).toThrow(/source: dirs needs base-dir and head-dir/);
  });
  it('pr-number must be a positive whole number', () => {
    expect(readInputs(from({ 'pr-number': '42' })).prNumber).toBe(42);
    expect(() => readInputs(from({ 'pr-number': '#42' }))).toThrow(/pr-number/);
  });
  it('comment-key is restricted to safe characters', () => {
    expect(() => readInputs(from({ 'comment-key': 'a b' }))).toThrow(/comment-key/);
  });
});

describe('action input config (#12)', () => {
  it('defaults to .netreach.yaml, used only when it exists; a path that is set must exist', () => {
    expect(readInputs(from({}))).toMatchObject({
      config: '.netreach.yaml',
      configRequired: false,
      failOnListed: false,
    });
    expect(readInputs(from({ config: 'ci/netreach.yaml' }))).toMatchObject({
      config: 'ci/netreach.yaml',
      configRequired: true,
    });
  });
  it('a path outside the workspace is an input error', () => {
    expect(() => readInputs(from({ config: '../secrets.yaml' }))).toThrow(/input config is "\.\.\/secrets\.yaml"/);
  });
  it('fail-on set, even to never, counts as set', () => {
    expect(readInputs(from({ 'fail-on': 'never' })).failOnListed).toBe(true);
  });
});
