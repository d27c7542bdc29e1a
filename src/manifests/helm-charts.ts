// Sets aside what only a template engine can turn into manifests: Helm charts (a directory
// holding Chart.yaml, with everything under it) and Go-templated files outside charts. They are
// reported once each, with how to render them first, instead of as dozens of YAML errors.
// Rendering them (which runs the chart's code) is left to an earlier step of the user's workflow.
import path from 'node:path/posix';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ManifestFile } from '../model/manifest.js';
import { mayAffectReachability } from './relevance.js';

export interface SetAsideTemplates {
  /** The files to read as manifests. */
  readonly files: readonly ManifestFile[];
  /** One HELM_CHART per chart and one TEMPLATED_FILE per templated file outside charts. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Everything under a chart's directory is set aside, not only templates/: values*.yaml and
 * Chart.yaml are not manifests, charts/ holds subcharts that `helm template` renders with their
 * parent (they get no warning of their own), and crds/ holds CustomResourceDefinitions, which
 * netreach does not read; `helm template --include-crds` renders those too.
 */
export function setAsideTemplates(files: readonly ManifestFile[]): SetAsideTemplates {
  const roots = chartRoots(files);
  const inChart = new Map<string, ManifestFile[]>(roots.map((root) => [root, []]));
  const kept: ManifestFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const root = roots.find((r) => r === '' || file.path.startsWith(`${r}/`));
    if (root !== undefined) (inChart.get(root) as ManifestFile[]).push(file);
    else {
      const line = templateLine(file.text);
      if (line > 0) diagnostics.push(templatedFile(file, line));
      else kept.push(file);
    }
  }
  const charts = [...inChart].map(([root, chartFiles]) => helmChart(root, chartFiles));
  return { files: kept, diagnostics: [...charts, ...diagnostics] };
}

/** Directories holding a Chart.yaml, outermost only ('' for the top of what was read). */
function chartRoots(files: readonly ManifestFile[]): string[] {
  const all = files
    .filter((f) => path.basename(f.path) === 'Chart.yaml')
    .map((f) => (path.dirname(f.path) === '.' ? '' : path.dirname(f.path)));
  const inside = (dir: string, root: string) => root === '' || dir.startsWith(`${root}/`);
  return [...new Set(all)].filter((dir) => !all.some((other) => other !== dir && inside(dir, other))).sort();
}

function helmChart(root: string, chartFiles: readonly ManifestFile[]): Diagnostic {
  const chartYaml = root === '' ? 'Chart.yaml' : `${root}/Chart.yaml`;
  const name =
    /^name:\s*["']?([\w.-]+)/m.exec(chartFiles.find((f) => f.path === chartYaml)?.text ?? '')?.[1] ??
    (path.basename(root) || 'chart');
  const templates = chartFiles.filter((f) => /(^|\/)templates\//.test(f.path));
  // The verdict misses what the chart deploys: error when its templates hold workloads or policies.
  const matters = templates.some((f) => mayAffectReachability(f.text));
  const dir = root === '' ? '.' : root;
  return {
    code: 'HELM_CHART',
    severity: matters ? 'error' : 'warning',
    file: chartYaml,
    line: 0,
    message: `${dir} is the Helm chart ${name}: its ${chartFiles.length} files (${templates.length} templates) are not manifests until Helm renders them, so they were not evaluated${matters ? ', and the verdict misses the workloads and policies the chart deploys' : ''}`,
    fix: `render the chart in an earlier step for both revisions, e.g. \`helm template ${name} ${dir} --namespace NAMESPACE -f VALUES > rendered/${name}.yaml\`, then give netreach the rendered files (action: source: dirs with base-dir and head-dir; CLI: netreach diff BASE_RENDERED HEAD_RENDERED), or leave the chart out with exclude-paths`,
  };
}

function templatedFile(file: ManifestFile, line: number): Diagnostic {
  return {
    code: 'TEMPLATED_FILE',
    severity: mayAffectReachability(file.text) ? 'error' : 'warning',
    file: file.path,
    line,
    message: 'the file is a template ({{ … }}), not a manifest, so it was not evaluated',
    fix: 'render it in an earlier step (helm template, or the tool that owns the template) and give netreach the rendered file, or leave it out with exclude-paths',
  };
}

/** A line that is a template action of its own: `{{- if .Values.x }}`, `{{ include "x" . | nindent 4 }}`. */
const TEMPLATE_ACTION =
  /^\s*\{\{-?\s*(?:if|else|end|range|with|define|template|include|toYaml|tpl|block|\/\*|\.[A-Z]\w*|\$\w*\s*:?=)[\s}(.-]/;
/** A node that starts with a template: `name: {{ .Release.Name }}`, `- {{ .Values.host }}`. */
const TEMPLATED_NODE = /(?::|^\s*-)\s+\{\{/;
/** A line whose value is a block scalar (`key: |`, `- >-`). */
const BLOCK_SCALAR = /(?:^|[:-]\s)\s*[|>][0-9+-]*\s*$/;

/**
 * The first line (1-based) that makes the file a Go template, or 0. `{{` inside a quoted string
 * or a block scalar is valid YAML (Prometheus rules and Argo Workflows use it), so only templates
 * where YAML syntax is expected count: an action on a line of its own, or a node starting with `{{`.
 */
function templateLine(text: string): number {
  if (!text.includes('{{')) return 0;
  const lines = text.split('\n');
  let blockParent: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const code = uncommented(lines[i] as string);
    const indent = (/^ */.exec(code) as RegExpExecArray)[0].length;
    if (blockParent !== undefined && (code.trim() === '' || indent > blockParent)) continue;
    blockParent = BLOCK_SCALAR.test(code) ? indent : undefined;
    if (TEMPLATE_ACTION.test(code) || TEMPLATED_NODE.test(code)) return i + 1;
  }
  return 0;
}

/** The line without a YAML comment (a `#` at its start or after whitespace). */
function uncommented(line: string): string {
  const hash = /(^|\s)#/.exec(line);
  return hash === null ? line : line.slice(0, hash.index);
}
