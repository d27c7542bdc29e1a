// Parsing manifests: documents keep their lines, Lists unpack, broken documents are reported
// without losing their neighbours, and hostile YAML is bounded.
import { describe, expect, it } from 'vitest';
import { collectObjects, needsPositions } from '../../src/manifests/kubernetes-objects.js';
import { createDocumentParser } from '../../src/manifests/parse-documents.js';
import { evaluateFiles } from '../helpers/verdicts.js';

const parse = createDocumentParser({ keepPositions: needsPositions });

describe('parse documents', () => {
  it('each document of a multi-document file keeps its first line', () => {
    const text =
      '# comment\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\n\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n';
    const parsed = parse({ path: 'ns.yaml', text });
    expect(parsed.documents.map((d) => d.line)).toEqual([2, 8]);
  });
  it('a path inside a policy resolves to its line', () => {
    const text = [
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata: {name: p}',
      'spec:',
      '  ingress:',
      '    - from:',
      '        - podSelector: {}',
      '    - ports:',
      '        - port: 80',
    ].join('\n');
    const [doc] = parse({ path: 'p.yaml', text }).documents;
    expect(doc?.lineOf(['spec', 'ingress', 0])).toBe(6);
    expect(doc?.lineOf(['spec', 'ingress', 1, 'ports', 0])).toBe(9);
    expect(doc?.lineOf(['spec', 'egress', 3])).toBe(4);
  });
  it('a List and a *List unpack into their items, each with its line', () => {
    const text =
      'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: a}\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: b}\n';
    const objects = collectObjects(parse({ path: 'l.yaml', text }).documents).objects;
    expect(objects.map((o) => [o.name, o.line])).toEqual([
      ['a', 4],
      ['b', 7],
    ]);
  });
  it('JSON files are read like YAML', () => {
    const text = JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'j' } });
    expect(collectObjects(parse({ path: 'n.json', text }).documents).objects.map((o) => o.name)).toEqual(['j']);
  });
  it('a YAML error is reported with its line and the file’s other documents are still read', () => {
    const text =
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: [b\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: c}\n';
    const parsed = parse({ path: 'n.yaml', text });
    expect(parsed.diagnostics.map((d) => [d.code, d.file])).toEqual([['YAML_SYNTAX', 'n.yaml']]);
    expect(parsed.diagnostics[0]?.line).toBeGreaterThanOrEqual(5);
    expect(parsed.diagnostics[0]?.line).toBeLessThanOrEqual(8);
    expect(collectObjects(parsed.documents).objects.map((o) => [o.name, o.line])).toEqual([
      ['a', 1],
      ['c', 9],
    ]);
  });
  it('an alias bomb is refused with a diagnostic, not expanded', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const parsed = parse({
      path: 'bomb.yaml',
      text: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n  ${levels.join('\n  ')}\n`,
    });
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
    const parsed = parse({
      path: 'np.yaml',
      text: 'apiVersion: extensions/v1beta1\nkind: NetworkPolicy\nmetadata: {name: p}\n',
    });
    expect(collectObjects(parsed.documents).diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['UNKNOWN_API_VERSION', 1],
    ]);
  });
  it('other kinds are skipped silently', () => {
    const parsed = parse({ path: 'cm.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: s}\n' });
    const collected = collectObjects(parsed.documents);
    expect(collected.objects).toEqual([]);
    expect(collected.diagnostics).toEqual([]);
  });
  it('policy kinds that are not evaluated yet are reported, never ignored silently', () => {
    const parsed = parse({
      path: 'calico.yaml',
      text: 'apiVersion: projectcalico.org/v3\nkind: FutureNetworkPolicy\nmetadata: {name: c}\n',
    });
    expect(collectObjects(parsed.documents).diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['UNSUPPORTED_POLICY', 'error'],
    ]);
  });
});

describe('object names', () => {
  it('a name the API server would refuse is reported and the object skipped', () => {
    const text =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: "evil<b>@x", namespace: shop}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: "a|b"}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: ok.pod-1, namespace: Shop}\n';
    const collected = collectObjects(parse({ path: 'n.yaml', text }).documents);
    expect(collected.objects).toEqual([]);
    expect(collected.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['INVALID_FIELD', 1],
      ['INVALID_FIELD', 5],
      ['INVALID_FIELD', 9],
    ]);
  });
});

// Each expectation below was checked against kubectl 1.32 (`kubectl annotate --local -o json`,
// kubectl's own decoder) and kustomize 5.5; see also go-yaml-whitespace.test.ts.
describe('manifests are read as kubectl reads them (#9)', () => {
  const deployment = (container: string) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n      - name: web\n${container}`;
  const container = (text: string) => {
    const parsed = parse({ path: 'd.yaml', text });
    const value = parsed.documents[0]?.value as
      { spec: { template: { spec: { containers: Record<string, unknown>[] } } } } | undefined;
    return {
      codes: parsed.diagnostics.map((d) => `${d.code}@${d.line}`),
      container: value?.spec.template.spec.containers[0],
    };
  };
  it('a tab inside a flow sequence of args is whitespace', () => {
    expect(container(deployment('        args: [ "--port=80",\t"--verbose" ]\n'))).toEqual({
      codes: [],
      container: { name: 'web', args: ['--port=80', '--verbose'] },
    });
  });
  it('a tab-indented flow sequence keeps the lines of what follows it', () => {
    const text =
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n  podSelector: {}\n  policyTypes: [\n\tIngress,\n\tEgress\n  ]\n  ingress:\n  - from: [{podSelector: {}},\t{namespaceSelector: {}}]\n';
    const parsed = parse({ path: 'p.yaml', text });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.documents[0]?.lineOf(['spec', 'ingress', 0, 'from', 1])).toBe(11);
    expect(parsed.documents[0]?.lineOf(['spec', 'policyTypes'])).toBe(6);
  });
  it('integers are read as go-yaml reads them: a leading 0 is octal, underscores are dropped', () => {
    const ports = ['0700', '0800', '8_080', '0o700', '0x50', '+80']
      .map((p) => `        - containerPort: ${p}\n`)
      .join('');
    expect(container(deployment(`        ports:\n${ports}`)).container?.ports).toEqual(
      [448, 800, 8080, 448, 80, 80].map((containerPort) => ({ containerPort })),
    );
  });
  it('quoted numbers stay strings', () => {
    expect(container(deployment('        ports:\n        - containerPort: "0700"\n')).container?.ports).toEqual([
      { containerPort: '0700' },
    ]);
  });
  it('an unquoted yes/no/on/off/y/n in a label or selector is read as a string, with a warning that kubectl reads a boolean', () => {
    const text =
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    enabled: yes\n    legacy: "off"\n    on: x\n    tier: web\n';
    const parsed = parse({ path: 'n.yaml', text });
    // One warning per file, at the first of them.
    expect(parsed.diagnostics.map((d) => [d.code, d.line, d.severity])).toEqual([
      ['YAML_AMBIGUOUS_VALUE', 6, 'warning'],
    ]);
    expect((parsed.documents[0]?.value as { metadata: unknown }).metadata).toEqual({
      name: 'shop',
      labels: { enabled: 'yes', legacy: 'off', on: 'x', tier: 'web' },
    });
  });
  it('yes/no in selector values and names are flagged, elsewhere they are not', () => {
    const policy = (namespace: string, values: string) =>
      [
        'apiVersion: networking.k8s.io/v1',
        'kind: NetworkPolicy',
        `metadata: {name: p, namespace: ${namespace}}`,
        'spec:',
        '  podSelector:',
        '    matchExpressions:',
        `    - {key: enabled, operator: In, values: ${values}}`,
        '  ingress: []',
        '  x-note: yes',
        'on: push',
      ].join('\n');
    const codes = (text: string) => parse({ path: 'p.yaml', text }).diagnostics.map((d) => [d.code, d.line]);
    expect(codes(policy('no', '[yes]'))).toEqual([['YAML_AMBIGUOUS_VALUE', 3]]);
    expect(codes(policy('shop', '[yes, "no", true]'))).toEqual([['YAML_AMBIGUOUS_VALUE', 7]]);
    expect(codes(policy('shop', '["yes"]'))).toEqual([]);
  });
  it('a merge key (<<: *anchor) is resolved as go-yaml resolves it, keys written beside it winning', () => {
    const parsed = parse({ path: 'm.yaml', text: 'a: &p {port: 80, protocol: TCP}\nb:\n  <<: *p\n  port: 443\n' });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.documents[0]?.value).toEqual({ a: { port: 80, protocol: 'TCP' }, b: { port: 443, protocol: 'TCP' } });
  });
  it('a merge of a sequence of mappings takes the first mapping that has a key', () => {
    const parsed = parse({ path: 'm.yaml', text: 'a: &a {x: 1}\nc: &c {x: 2, z: 3}\nb:\n  <<: [*a, *c]\n' });
    expect((parsed.documents[0]?.value as { b: unknown }).b).toEqual({ x: 1, z: 3 });
  });
  it('a quoted "<<" is an ordinary key, not a merge', () => {
    expect(parse({ path: 'm.yaml', text: 'b: {"<<": {x: 1}}\n' }).documents[0]?.value).toEqual({
      b: { '<<': { x: 1 } },
    });
  });
  it('a merge of something that is not a mapping is refused, as go-yaml refuses it', () => {
    expect(
      parse({ path: 'm.yaml', text: 'a: &a [1]\nb:\n  <<: *a\n' }).diagnostics.map((d) => [d.code, d.line]),
    ).toEqual([['YAML_SYNTAX', 3]]);
  });
  it('aliases used by merge keys still count toward the alias limit', () => {
    const text = `a: &a {x: 1}\n${Array.from({ length: 60 }, (_, i) => `k${i}:\n  <<: *a\n`).join('')}`;
    expect(parse({ path: 'm.yaml', text }).diagnostics.map((d) => d.code)).toEqual(['YAML_ALIAS_LIMIT']);
  });
  it('a NetworkPolicy port built with a merge key is evaluated, not refused as an unknown field "<<"', () => {
    const text = [
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata: {name: web-in, namespace: shop}',
      'spec:',
      '  podSelector: {matchLabels: {app: web}}',
      '  ingress:',
      '  - from: [{podSelector: {matchLabels: {app: api}}}]',
      '    ports:',
      '    - &p {port: 80, protocol: TCP}',
      '    - <<: *p',
      '      port: 443',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web, namespace: shop}',
      'spec: {selector: {matchLabels: {app: web}}, template: {metadata: {labels: {app: web}}, spec: {containers: [{name: c, image: x}]}}}',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: api, namespace: shop}',
      'spec: {selector: {matchLabels: {app: api}}, template: {metadata: {labels: {app: api}}, spec: {containers: [{name: c, image: x}]}}}',
    ].join('\n');
    const r = evaluateFiles([{ path: 'np.yaml', text }]);
    expect(r.codes().filter((c) => c !== 'UNDECLARED_NAMESPACE')).toEqual([]);
    expect(r.ports('shop/api', 'shop/web')).toBe('TCP 80,443');
  });
  it('duplicate keys are refused, as kubectl apply (strict field validation) and kustomize refuse them', () => {
    const parsed = parse({
      path: 'n.yaml',
      text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  name: b\n',
    });
    expect(parsed.diagnostics.map((d) => [d.code, d.line])).toEqual([['YAML_SYNTAX', 5]]);
  });
  it('a %YAML or %TAG directive is refused, as kubectl refuses it', () => {
    for (const directive of ['%YAML 1.1', '%YAML 1.2', '%TAG ! tag:example.com,2000:']) {
      const parsed = parse({
        path: 'n.yaml',
        text: `${directive}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n`,
      });
      expect(parsed.diagnostics.map((d) => [d.code, d.line])).toEqual([['YAML_SYNTAX', 1]]);
      expect(parsed.documents).toEqual([]);
    }
  });
  it('a byte order mark, CRLF line ends and document end markers are read', () => {
    const text =
      '\ufeffapiVersion: v1\r\nkind: Namespace\r\nmetadata:\r\n  name: a\r\n...\r\n---\r\napiVersion: v1\r\nkind: Namespace\r\nmetadata: {name: b}\r\n...\r\n';
    const parsed = parse({ path: 'n.yaml', text });
    expect(parsed.diagnostics).toEqual([]);
    expect(collectObjects(parsed.documents).objects.map((o) => [o.name, o.line])).toEqual([
      ['a', 1],
      ['b', 7],
    ]);
  });
  it('a very long line is read', () => {
    const args = Array.from({ length: 20000 }, (_, i) => `"--flag${i}=${'x'.repeat(50)}"`).join(', ');
    expect((container(deployment(`        args: [${args}]\n`)).container?.args as unknown[]).length).toBe(20000);
  });
});

describe('typed lists, as the API server returns them (#9)', () => {
  const objectsOf = (text: string) => collectObjects(parse({ path: 'inventory.yaml', text }).documents);
  it('the items of a PodList take the kind Pod and the list’s apiVersion', () => {
    const text =
      'apiVersion: v1\nkind: PodList\nmetadata:\n  resourceVersion: "1234"\nitems:\n- metadata:\n    name: web-1\n    namespace: shop\n    labels: {app: web}\n  spec:\n    containers: [{name: web, image: nginx}]\n- metadata: {name: web-2, namespace: shop}\n  spec:\n    containers: [{name: web, image: nginx}]\n';
    const collected = objectsOf(text);
    expect(collected.diagnostics).toEqual([]);
    expect(collected.objects.map((o) => [o.kind, o.apiVersion, o.name, o.line])).toEqual([
      ['Pod', 'v1', 'web-1', 6],
      ['Pod', 'v1', 'web-2', 12],
    ]);
  });
  it('NamespaceList, DeploymentList and NetworkPolicyList items take their list’s kind and group', () => {
    const text = [
      'apiVersion: v1',
      'kind: NamespaceList',
      'items:',
      '- metadata: {name: shop, labels: {team: a}}',
      '---',
      'apiVersion: apps/v1',
      'kind: DeploymentList',
      'items:',
      '- metadata: {name: web, namespace: shop}',
      '  spec: {selector: {matchLabels: {app: web}}, template: {metadata: {labels: {app: web}}, spec: {containers: []}}}',
      '---',
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicyList',
      'items:',
      '- metadata: {name: deny, namespace: shop}',
      '  spec: {podSelector: {}}',
    ].join('\n');
    expect(objectsOf(text).objects.map((o) => [o.kind, o.apiVersion, o.name])).toEqual([
      ['Namespace', 'v1', 'shop'],
      ['Deployment', 'apps/v1', 'web'],
      ['NetworkPolicy', 'networking.k8s.io/v1', 'deny'],
    ]);
  });
  it('items that carry their own kind and apiVersion keep them', () => {
    const text =
      'apiVersion: v1\nkind: PodList\nitems:\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: odd}\n';
    expect(objectsOf(text).objects.map((o) => [o.kind, o.name])).toEqual([['Namespace', 'odd']]);
  });
  it('the items of a generic List take nothing from it', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n- metadata: {name: web-1, namespace: shop}\n';
    const collected = objectsOf(text);
    expect(collected.objects).toEqual([]);
    expect(collected.diagnostics.map((d) => [d.code, d.line])).toEqual([['NOT_KUBERNETES', 4]]);
  });
});

describe('Calico objects and kinds of other API groups (#9)', () => {
  const codesOf = (text: string) =>
    collectObjects(parse({ path: 'p.yaml', text }).documents).diagnostics.map((d) => [d.code, d.severity, d.line]);
  it('a Calico NetworkPolicy is read as a Calico object (both API groups), never told to change its apiVersion', () => {
    for (const apiVersion of ['projectcalico.org/v3', 'crd.projectcalico.org/v1']) {
      const text = `apiVersion: ${apiVersion}\nkind: NetworkPolicy\nmetadata: {name: allow-dns, namespace: shop}\nspec:\n  selector: all()\n`;
      const collected = collectObjects(parse({ path: 'p.yaml', text }).documents);
      expect(collected.diagnostics).toEqual([]);
      expect(collected.objects.map((o) => [o.kind, o.apiVersion])).toEqual([['NetworkPolicy', apiVersion]]);
    }
  });
  it('Calico policies, staged policies, network sets and tiers are read; host endpoints are reported; Calico configuration is skipped', () => {
    const kinds = [
      'GlobalNetworkPolicy',
      'StagedNetworkPolicy',
      'GlobalNetworkSet',
      'NetworkSet',
      'Tier',
      'HostEndpoint',
      'IPPool',
      'FelixConfiguration',
    ];
    const text = kinds
      .map((kind) => `apiVersion: projectcalico.org/v3\nkind: ${kind}\nmetadata: {name: x}\n`)
      .join('---\n');
    const collected = collectObjects(parse({ path: 'p.yaml', text }).documents);
    expect(collected.objects.map((o) => o.kind)).toEqual(kinds.slice(0, 5));
    expect(codesOf(text)).toEqual([['UNSUPPORTED_POLICY', 'warning', 21]]);
  });
  it('a policy kind of another API group is not evaluated and not told to switch group', () => {
    expect(
      codesOf('apiVersion: crd.antrea.io/v1beta1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: shop}\n'),
    ).toEqual([['UNSUPPORTED_POLICY', 'error', 1]]);
  });
  it('another kind of the same name in another group is skipped silently', () => {
    expect(codesOf('apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: {name: hello}\n')).toEqual([]);
  });
  it('an older version of the same API is told which version to use', () => {
    expect(codesOf('apiVersion: apps/v1beta2\nkind: Deployment\nmetadata: {name: web}\n')).toEqual([
      ['UNKNOWN_API_VERSION', 'error', 1],
    ]);
    expect(codesOf('apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata: {name: web}\n')).toEqual([
      ['UNKNOWN_API_VERSION', 'error', 1],
    ]);
  });
});
