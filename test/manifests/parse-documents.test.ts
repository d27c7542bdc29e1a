// Parsing manifests: documents keep their lines, Lists unpack, broken documents are reported
// without losing their neighbours, and hostile YAML is bounded.
import { describe, expect, it } from 'vitest';
import { collectObjects, needsPositions } from '../../src/manifests/kubernetes-objects.js';
import { createDocumentParser } from '../../src/manifests/parse-documents.js';

const parse = createDocumentParser({ keepPositions: needsPositions });

describe('parse documents', () => {
  it('each document of a multi-document file keeps its first line', () => {
    const text = '# comment\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\n\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n';
    const parsed = parse({ path: 'ns.yaml', text });
    expect(parsed.documents.map((d) => d.line)).toEqual([2, 8]);
  });
  it('a path inside a policy resolves to its line', () => {
    const text = ['apiVersion: networking.k8s.io/v1', 'kind: NetworkPolicy', 'metadata: {name: p}', 'spec:', '  ingress:', '    - from:', '        - podSelector: {}', '    - ports:', '        - port: 80'].join('\n');
    const [doc] = parse({ path: 'p.yaml', text }).documents;
    expect(doc?.lineOf(['spec', 'ingress', 0])).toBe(6);
    expect(doc?.lineOf(['spec', 'ingress', 1, 'ports', 0])).toBe(9);
    expect(doc?.lineOf(['spec', 'egress', 3])).toBe(4);
  });
  it('a List and a *List unpack into their items, each with its line', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: a}\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: b}\n';
    const objects = collectObjects(parse({ path: 'l.yaml', text }).documents).objects;
    expect(objects.map((o) => [o.name, o.line])).toEqual([['a', 4], ['b', 7]]);
  });
  it('JSON files are read like YAML', () => {
    const text = JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'j' } });
    expect(collectObjects(parse({ path: 'n.json', text }).documents).objects.map((o) => o.name)).toEqual(['j']);
  });
  it('a YAML error is reported with its line and the file’s other documents are still read', () => {
    const text = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: [b\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: c}\n';
    const parsed = parse({ path: 'n.yaml', text });
    expect(parsed.diagnostics.map((d) => [d.code, d.file])).toEqual([['YAML_SYNTAX', 'n.yaml']]);
    expect(parsed.diagnostics[0]?.line).toBeGreaterThanOrEqual(5);
    expect(parsed.diagnostics[0]?.line).toBeLessThanOrEqual(8);
    expect(collectObjects(parsed.documents).objects.map((o) => [o.name, o.line])).toEqual([['a', 1], ['c', 9]]);
  });
  it('an alias bomb is refused with a diagnostic, not expanded', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const parsed = parse({ path: 'bomb.yaml', text: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n  ${levels.join('\n  ')}\n` });
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['YAML_ALIAS_LIMIT']);
    expect(parsed.documents).toEqual([]);
  });
  it('each distinct text is parsed once, whatever its path', () => {
    const text = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n';
    const a = parse({ path: 'base/n.yaml', text });
    const b = parse({ path: 'head/n.yaml', text });
    expect(a.documents[0]?.value).toBe(b.documents[0]?.value);
    expect(b.documents[0]?.file).toBe('head/n.yaml');
  });
});

describe('collect objects', () => {
  it('a document that is not an object is reported', () => {
    const parsed = parse({ path: 'x.yaml', text: '- just\n- a list\n' });
    expect(collectObjects(parsed.documents).diagnostics.map((d) => d.code)).toEqual(['NOT_AN_OBJECT']);
  });
  it('a mapping without apiVersion and kind is reported as not Kubernetes', () => {
    const parsed = parse({ path: 'values.yaml', text: 'replicas: 3\n' });
    expect(collectObjects(parsed.documents).diagnostics.map((d) => d.code)).toEqual(['NOT_KUBERNETES']);
  });
  it('an unknown apiVersion of a known kind is reported', () => {
    const parsed = parse({ path: 'np.yaml', text: 'apiVersion: extensions/v1beta1\nkind: NetworkPolicy\nmetadata: {name: p}\n' });
    expect(collectObjects(parsed.documents).diagnostics.map((d) => [d.code, d.line])).toEqual([['UNKNOWN_API_VERSION', 1]]);
  });
  it('other kinds are skipped silently', () => {
    const parsed = parse({ path: 'cm.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: s}\n' });
    const collected = collectObjects(parsed.documents);
    expect(collected.objects).toEqual([]);
    expect(collected.diagnostics).toEqual([]);
  });
  it('policy kinds that are not evaluated yet are reported, never ignored silently', () => {
    const parsed = parse({ path: 'calico.yaml', text: 'apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: c}\n' });
    expect(collectObjects(parsed.documents).diagnostics.map((d) => [d.code, d.severity])).toEqual([['UNSUPPORTED_POLICY', 'error']]);
  });
});

describe('object names', () => {
  it('a name the API server would refuse is reported and the object skipped', () => {
    const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: "evil<b>@x", namespace: shop}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: "a|b"}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: ok.pod-1, namespace: Shop}\n';
    const collected = collectObjects(parse({ path: 'n.yaml', text }).documents);
    expect(collected.objects).toEqual([]);
    expect(collected.diagnostics.map((d) => [d.code, d.line])).toEqual([['INVALID_FIELD', 1], ['INVALID_FIELD', 5], ['INVALID_FIELD', 9]]);
  });
});
