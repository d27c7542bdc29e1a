// The repository config (issue 12): `.netreach.yaml` read into assertions, and every problem an
// error naming file, line and field, so that a guardrail never silently does nothing.
import { describe, expect, it } from 'vitest';
import { readRepositoryConfig } from '../../src/policies/repository-config.js';

const read = (text: string) => readRepositoryConfig({ path: '.netreach.yaml', text });
const codes = (text: string) => read(text).diagnostics.map((d) => ({ code: d.code, line: d.line }));

const VALID = `version: 1
assertions:
  - name: payments is closed
    from: {namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: NotIn, values: [payments]}]}}
    to: {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: payments}}}
    expect: deny
  - name: dns
    from: [{namespaceSelector: {}}, {podSelector: {matchLabels: {app: web}}}]
    to: {podSelector: {matchLabels: {k8s-app: kube-dns}}}
    ports: [{protocol: UDP, port: 53}, {port: 8000, endPort: 8080}, {port: metrics}]
    expect: allow
  - name: pci from outside
    from: {ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}
    to: {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: pci}}}
    expect: deny
`;

describe('the repository config', () => {
  it('reads assertions with their lines, one peer or a list, ports like NetworkPolicy ports', () => {
    const config = read(VALID);
    expect(config.diagnostics).toEqual([]);
    expect(config.assertions.map((a) => [a.name, a.line, a.expect, a.from.length])).toEqual([
      ['payments is closed', 3, 'deny', 1],
      ['dns', 7, 'allow', 2],
      ['pci from outside', 12, 'deny', 1],
    ]);
    expect(config.assertions[1]?.ports).toEqual([
      { kind: 'range', protocol: 'UDP', first: 53, last: 53 },
      { kind: 'range', protocol: 'TCP', first: 8000, last: 8080 },
      { kind: 'named', protocol: 'TCP', name: 'metrics' },
    ]);
  });
  it('an absent namespaceSelector means every namespace, not a policy namespace', () => {
    const peer = read(VALID).assertions[1]?.from[1];
    expect(peer).toEqual({
      kind: 'pods',
      namespaces: undefined,
      pods: { requirements: [{ key: 'app', operator: 'In', values: ['web'] }] },
    });
  });
  it('an ipBlock is the CIDR less its excepts', () => {
    const peer = read(VALID).assertions[2]?.from[0];
    expect(peer).toMatchObject({ kind: 'ipBlock', text: '0.0.0.0/0 except 10.0.0.0/8' });
  });
  it('absent ports mean every port', () => {
    expect(read(VALID).assertions[0]?.ports).toBe('all');
  });
  it('an unknown field of an assertion is an error at its line, with the name it likely meant', () => {
    const config = read(
      'version: 1\nassertions:\n  - name: a\n    from: {namespaceSelector: {}}\n    to: {namespaceSelector: {}}\n    expects: deny\n    expect: deny\n',
    );
    expect(config.diagnostics.map((d) => ({ code: d.code, line: d.line, fix: d.fix }))).toEqual([
      { code: 'UNKNOWN_FIELD', line: 6, fix: 'did you mean expect?' },
    ]);
    expect(config.diagnostics[0]?.message).toContain('assertions[0].expects');
    expect(config.assertions).toEqual([]);
  });
  it('an unknown field inside a peer is an error at its line', () => {
    const config = read(
      'version: 1\nassertions:\n  - name: a\n    from:\n      namespaceSelektor: {}\n    to: {namespaceSelector: {}}\n    expect: deny\n',
    );
    expect(config.diagnostics.map((d) => ({ code: d.code, line: d.line, fix: d.fix }))).toEqual([
      { code: 'UNKNOWN_FIELD', line: 5, fix: 'did you mean namespaceSelector?' },
    ]);
  });
  it('an unknown field of a port is an error (a misspelt port would mean every port)', () => {
    expect(
      codes(
        'version: 1\nassertions:\n  - name: a\n    from: {namespaceSelector: {}}\n    to: {namespaceSelector: {}}\n    ports:\n      - prot: 53\n    expect: deny\n',
      ),
    ).toEqual([{ code: 'UNKNOWN_FIELD', line: 7 }]);
  });
  it('a bad selector is an error naming the field', () => {
    const config = read(
      'version: 1\nassertions:\n  - name: a\n    from: {namespaceSelector: {}}\n    to:\n      podSelector: {matchExpressions: [{key: app, operator: Equals, values: [x]}]}\n    expect: deny\n',
    );
    expect(config.diagnostics.map((d) => ({ code: d.code, line: d.line }))).toEqual([
      { code: 'INVALID_SELECTOR', line: 6 },
    ]);
    expect(config.diagnostics[0]?.message).toContain('assertions[0].to.podSelector');
  });
  it('a duplicate name is an error at the second one, naming the first', () => {
    const config = read(
      'version: 1\nassertions:\n  - name: a\n    from: {namespaceSelector: {}}\n    to: {namespaceSelector: {}}\n    expect: deny\n  - name: a\n    from: {namespaceSelector: {}}\n    to: {namespaceSelector: {}}\n    expect: allow\n',
    );
    expect(config.diagnostics.map((d) => ({ code: d.code, line: d.line }))).toEqual([
      { code: 'DUPLICATE_NAME', line: 7 },
    ]);
    expect(config.diagnostics[0]?.message).toContain('assertions[0]');
    expect(config.assertions.map((a) => a.expect)).toEqual(['deny']);
  });
  it('a bad CIDR, an except outside it, a bad port and a bad expect are errors at their lines', () => {
    expect(
      codes(
        'version: 1\nassertions:\n  - name: a\n    from:\n      ipBlock:\n        cidr: 10.0.0.0/33\n    to: {namespaceSelector: {}}\n    expect: deny\n',
      ),
    ).toEqual([{ code: 'INVALID_CIDR', line: 6 }]);
    expect(
      codes(
        'version: 1\nassertions:\n  - name: a\n    from:\n      ipBlock:\n        cidr: 10.0.0.0/8\n        except: [192.168.0.0/16]\n    to: {namespaceSelector: {}}\n    expect: deny\n',
      ),
    ).toEqual([{ code: 'INVALID_CIDR', line: 7 }]);
    expect(
      codes(
        'version: 1\nassertions:\n  - name: a\n    from: {namespaceSelector: {}}\n    to: {namespaceSelector: {}}\n    ports:\n      - port: 70000\n    expect: deny\n',
      ),
    ).toEqual([{ code: 'INVALID_PORT', line: 7 }]);
    expect(
      codes(
        'version: 1\nassertions:\n  - name: a\n    from: {namespaceSelector: {}}\n    to: {namespaceSelector: {}}\n    expect: reject\n',
      ),
    ).toEqual([{ code: 'INVALID_FIELD', line: 6 }]);
  });
  it('a peer with both an ipBlock and a selector, or with neither, is an error', () => {
    expect(
      codes(
        'version: 1\nassertions:\n  - name: a\n    from: {ipBlock: {cidr: 0.0.0.0/0}, podSelector: {}}\n    to: {namespaceSelector: {}}\n    expect: deny\n',
      ),
    ).toEqual([{ code: 'INVALID_PEER', line: 4 }]);
    expect(
      codes('version: 1\nassertions:\n  - name: a\n    from: {}\n    to: {namespaceSelector: {}}\n    expect: deny\n'),
    ).toEqual([{ code: 'INVALID_PEER', line: 4 }]);
    expect(codes('version: 1\nassertions:\n  - name: a\n    to: {namespaceSelector: {}}\n    expect: deny\n')).toEqual([
      { code: 'INVALID_PEER', line: 3 },
    ]);
  });
  it('a version other than 1 and unknown top-level fields are errors', () => {
    expect(codes('version: 2\nassertions: []\n')).toEqual([{ code: 'INVALID_FIELD', line: 1 }]);
    expect(codes('version: 1\nasserts: []\n')).toEqual([{ code: 'UNKNOWN_FIELD', line: 2 }]);
  });
  it('broken YAML and an empty file are errors, not an empty config', () => {
    expect(codes('version: 1\nassertions: [\n')[0]?.code).toBe('YAML_SYNTAX');
    expect(codes('')).toEqual([{ code: 'INVALID_FIELD', line: 1 }]);
  });
  it('a problem in one assertion leaves the others in', () => {
    const config = read(
      'version: 1\nassertions:\n  - name: a\n    from: {namespaceSelector: {}}\n    to: {namespaceSelector: {}}\n    expect: maybe\n  - name: b\n    from: {namespaceSelector: {}}\n    to: {namespaceSelector: {}}\n    expect: deny\n',
    );
    expect(config.assertions.map((a) => a.name)).toEqual(['b']);
    expect(config.diagnostics).toHaveLength(1);
    expect(config.diagnostics[0]?.severity).toBe('error');
  });
});
