// Helm charts and templated files are set aside with one diagnostic each, not parsed into
// dozens of YAML errors (#9). The shapes follow public charts: a chart at the top of the
// repository or in a folder, with templates/, values.yaml, a subchart under charts/ and crds/.
import { describe, expect, it } from 'vitest';
import { setAsideTemplates } from '../../src/manifests/helm-charts.js';
import { needsPositions } from '../../src/manifests/kubernetes-objects.js';
import { createDocumentParser } from '../../src/manifests/parse-documents.js';
import { buildCluster } from '../../src/policies/build-cluster.js';

const netpolTemplate = [
  '{{- if .Values.networkPolicy.enabled }}',
  'apiVersion: networking.k8s.io/v1',
  'kind: NetworkPolicy',
  'metadata:',
  '  name: {{ include "shop.fullname" . }}',
  '  labels:',
  '    {{- include "shop.labels" . | nindent 4 }}',
  'spec:',
  '  podSelector:',
  '    matchLabels:',
  '      {{- include "shop.selectorLabels" . | nindent 6 }}',
  '{{- end }}',
].join('\n');
const deploymentTemplate =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-web\nspec:\n  replicas: {{ .Values.replicas }}\n';
const chart = (root: string) => [
  { path: `${root}Chart.yaml`, text: 'apiVersion: v2\nname: shop\nversion: 1.0.0\n' },
  { path: `${root}values.yaml`, text: 'networkPolicy:\n  enabled: true\nreplicas: 2\n' },
  { path: `${root}templates/networkpolicy.yaml`, text: netpolTemplate },
  { path: `${root}templates/deployment.yaml`, text: deploymentTemplate },
  { path: `${root}charts/redis/Chart.yaml`, text: 'apiVersion: v2\nname: redis\nversion: 1.0.0\n' },
  {
    path: `${root}charts/redis/templates/statefulset.yaml`,
    text: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: {{ .Release.Name }}-redis\n',
  },
  {
    path: `${root}crds/widget.yaml`,
    text: 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\n',
  },
];
const plain = { path: 'deploy/namespace.yaml', text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n' };
const parse = createDocumentParser({ keepPositions: needsPositions });

describe('Helm charts are set aside with one diagnostic each (#9)', () => {
  it('a chart in a folder gives one HELM_CHART at its Chart.yaml, and no YAML errors', () => {
    const model = buildCluster([...chart('charts-src/shop/'), plain], { parse, defaultNamespace: 'default' });
    expect(model.diagnostics.map((d) => [d.code, d.severity, d.file, d.line])).toEqual([
      ['HELM_CHART', 'error', 'charts-src/shop/Chart.yaml', 0],
    ]);
    expect([...model.namespaces.keys()]).toEqual(['shop']);
  });
  it('without the chart set aside, its templates are dozens of YAML errors (what #9 reported)', () => {
    const files = chart('charts-src/shop/');
    const errors = files.flatMap((f) => parse(f).diagnostics);
    expect(errors.map((d) => d.code)).toContain('YAML_SYNTAX');
  });
  it('a chart at the top of what was read covers every file', () => {
    const result = setAsideTemplates(chart(''));
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.file])).toEqual([['HELM_CHART', 'Chart.yaml']]);
  });
  it('a chart whose templates deploy nothing that reaches the network is a warning', () => {
    const files = [
      { path: 'c/Chart.yaml', text: 'apiVersion: v2\nname: cfg\n' },
      {
        path: 'c/templates/cm.yaml',
        text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n',
      },
    ];
    expect(setAsideTemplates(files).diagnostics.map((d) => [d.code, d.severity])).toEqual([['HELM_CHART', 'warning']]);
  });
  it('two charts give two diagnostics; files beside them are kept', () => {
    const result = setAsideTemplates([...chart('a/'), ...chart('b/'), plain]);
    expect(result.diagnostics.map((d) => d.file)).toEqual(['a/Chart.yaml', 'b/Chart.yaml']);
    expect(result.files).toEqual([plain]);
  });
});

describe('templated files outside charts are set aside (#9)', () => {
  it('a file with template actions gets one TEMPLATED_FILE at its first template line', () => {
    const result = setAsideTemplates([{ path: 'np.yaml', text: netpolTemplate }, plain]);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([['TEMPLATED_FILE', 'error', 1]]);
    expect(result.files).toEqual([plain]);
  });
  it('a value that starts with a template makes a file templated', () => {
    const result = setAsideTemplates([
      {
        path: 'svc.yaml',
        text: 'kind: Service\napiVersion: v1\nmetadata:\n  name: etcd-{{cell}}\n  labels:\n    cell: {{cell}}\n',
      },
    ]);
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['TEMPLATED_FILE', 6]]);
  });
  it('templates inside quoted strings, block scalars and comments are text, not templating', () => {
    const rule = [
      'apiVersion: monitoring.coreos.com/v1',
      'kind: PrometheusRule',
      'metadata:',
      '  name: web',
      '  # rendered with {{ .Values.x }} once',
      'spec:',
      '  groups:',
      '  - name: web',
      '    rules:',
      '    - alert: Down',
      '      annotations:',
      '        summary: "{{ $labels.instance }} is down"',
      '        description: |',
      '          {{ .Labels.instance }} has been down',
      '          {{- if gt $value 1.0 }} for long{{ end }}',
    ].join('\n');
    const workflow =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n    - run: echo ${{ github.sha }}\n      if: ${{ always() }}\n';
    const result = setAsideTemplates([
      { path: 'rule.yaml', text: rule },
      { path: '.github/workflows/ci.yaml', text: workflow },
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.files.length).toBe(2);
  });
});
