// Draws the changed paths of a diff as a Mermaid flowchart: workloads in one subgraph per
// namespace, opened paths solid and green, closed ones dashed and red, folded to namespaces when
// there are too many. Wrapping it in a ```mermaid fence and saying so in the comment is the caller's.
import type { Endpoint } from '../model/endpoint.js';
import type { PortSet } from '../model/ports.js';
import type { DiffReport } from '../model/report.js';
import { isEmptyPorts } from '../engine/port-set.js';
import { endpointText } from './endpoint-text.js';
import { formatPorts } from './port-text.js';
import { endpointLookup, type EndpointLookup } from './sentences.js';

export interface MermaidOptions {
  /** Most edges drawn between workloads before folding to namespaces (an opened and a closed
   * edge of one pair count as two); default 60. */
  readonly maxEdges?: number;
  /** Most edges drawn between namespaces before giving up on a picture; default 40. */
  readonly maxNamespaceEdges?: number;
}

export interface MermaidPicture {
  /** The diagram, starting `flowchart LR`, lines joined by `\n`, no fence, no trailing newline. */
  readonly text: string;
  /** `namespaces` when workloads were folded: one edge per namespace pair and kind of change,
   * labelled with its count of paths. */
  readonly level: 'workloads' | 'namespaces';
}

// GitHub's renderer refuses a diagram of more than 500 edges, but a left-to-right chart in a
// comment's width is a hairball long before: about 60 edges between workloads, and 40 between
// the fewer, larger namespace boxes, is what still reads.
const MAX_EDGES = 60;
const MAX_NAMESPACE_EDGES = 40;
// Mermaid refuses a text over 50,000 characters (maxTextSize); long hostile names could get there.
const MAX_TEXT = 40_000;

type Which = 'opened' | 'closed';
interface Path {
  readonly src: string;
  readonly dst: string;
  readonly which: Which;
  readonly ports: PortSet;
}
/** A box: `namespace` set for a workload drawn inside its namespace's subgraph. */
interface Node {
  readonly key: string;
  readonly label: string;
  readonly rank: number;
  readonly namespace?: string;
}
interface Edge {
  readonly src: Node;
  readonly dst: Node;
  readonly which: Which;
  readonly label: string;
}

export function renderMermaid(report: DiffReport, options: MermaidOptions = {}): MermaidPicture | undefined {
  const lookup = endpointLookup(report.endpoints);
  const paths = report.changes.flatMap((c) =>
    (['opened', 'closed'] as const).flatMap((which) =>
      isEmptyPorts(c[which]) ? [] : [{ src: c.src, dst: c.dst, which, ports: c[which] }],
    ),
  );
  if (paths.length === 0) return undefined;
  if (paths.length <= (options.maxEdges ?? MAX_EDGES)) {
    const text = render(workloadEdges(paths, lookup));
    if (text.length <= MAX_TEXT) return { text, level: 'workloads' };
  }
  const folded = namespaceEdges(paths, lookup);
  if (folded.length > (options.maxNamespaceEdges ?? MAX_NAMESPACE_EDGES)) return undefined;
  const text = render(folded);
  return text.length <= MAX_TEXT ? { text, level: 'namespaces' } : undefined;
}

function workloadEdges(paths: readonly Path[], lookup: EndpointLookup): Edge[] {
  return paths.map((p) => ({
    src: workloadNode(p.src, lookup),
    dst: workloadNode(p.dst, lookup),
    which: p.which,
    label: formatPorts(p.ports) || 'any',
  }));
}

function namespaceEdges(paths: readonly Path[], lookup: EndpointLookup): Edge[] {
  const counts = new Map<string, { src: Node; dst: Node; which: Which; count: number }>();
  for (const p of paths) {
    const src = namespaceNode(p.src, lookup);
    const dst = namespaceNode(p.dst, lookup);
    const key = `${src.key}\u0000${dst.key}\u0000${p.which}`;
    const entry = counts.get(key);
    if (entry === undefined) counts.set(key, { src, dst, which: p.which, count: 1 });
    else entry.count++;
  }
  return [...counts.values()].map((e) => ({
    src: e.src,
    dst: e.dst,
    which: e.which,
    label: `${e.count} ${e.count === 1 ? 'path' : 'paths'}`,
  }));
}

/** Outside endpoints sort after workloads: addresses, then entities, then DNS names. */
const OUTSIDE_RANK: Readonly<Record<Exclude<Endpoint['type'], 'workload'>, number>> = {
  external: 1,
  entity: 2,
  dns: 3,
};

function outsideNode(id: string, endpoint: Endpoint | undefined): Node {
  if (endpoint === undefined || endpoint.type === 'workload') return { key: id, label: id, rank: 4 };
  return { key: id, label: endpointText(endpoint), rank: OUTSIDE_RANK[endpoint.type] };
}

function workloadNode(id: string, lookup: EndpointLookup): Node {
  const e = lookup(id);
  if (e?.type !== 'workload') return outsideNode(id, e);
  // The id, not the name: `name[Kind]` tells apart two workloads of one name.
  return {
    key: id,
    label: id.startsWith(`${e.namespace}/`) ? id.slice(e.namespace.length + 1) : e.name,
    rank: 0,
    namespace: e.namespace,
  };
}

function namespaceNode(id: string, lookup: EndpointLookup): Node {
  const e = lookup(id);
  if (e?.type !== 'workload') return outsideNode(id, e);
  return { key: `namespace\u0000${e.namespace}`, label: e.namespace, rank: 0 };
}

function compareNodes(a: Node, b: Node): number {
  return (
    a.rank - b.rank ||
    compareText(a.namespace ?? '', b.namespace ?? '') ||
    compareText(a.label, b.label) ||
    compareText(a.key, b.key)
  );
}

const whichRank = (which: Which): number => (which === 'opened' ? 0 : 1);

/** Code-unit order, the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function render(edges: readonly Edge[]): string {
  const nodes = [...new Map(edges.flatMap((e) => [e.src, e.dst]).map((n) => [n.key, n])).values()].sort(compareNodes);
  // Generated ids only: no text of a manifest is ever a Mermaid identifier.
  const idOf = new Map(nodes.map((n, i) => [n.key, `n${i}`]));
  const id = (n: Node) => idOf.get(n.key) as string;
  const lines = ['flowchart LR'];
  const namespaces = [...new Set(nodes.flatMap((n) => (n.namespace === undefined ? [] : [n.namespace])))];
  namespaces.forEach((namespace, i) => {
    lines.push(`  subgraph s${i} ["${escapeMermaid(namespace)}"]`);
    for (const n of nodes) if (n.namespace === namespace) lines.push(`    ${id(n)}["${escapeMermaid(n.label)}"]`);
    lines.push('  end');
  });
  // Namespaces (when folded) as boxes; what is outside the cluster as rounded boxes.
  for (const n of nodes)
    if (n.namespace === undefined)
      lines.push(
        n.rank === 0 ? `  ${id(n)}["${escapeMermaid(n.label)}"]` : `  ${id(n)}(["${escapeMermaid(n.label)}"])`,
      );
  const ordered = [...edges].sort(
    (a, b) => compareNodes(a.src, b.src) || compareNodes(a.dst, b.dst) || whichRank(a.which) - whichRank(b.which),
  );
  for (const e of ordered)
    lines.push(`  ${id(e.src)} ${e.which === 'opened' ? '-->' : '-.->'}|"${escapeMermaid(e.label)}"| ${id(e.dst)}`);
  lines.push(...linkStyle(ordered, 'opened', '#1a7f37'), ...linkStyle(ordered, 'closed', '#cf222e'));
  return lines.join('\n');
}

/** Colours the edges of one kind; the line style (solid or dashed) already tells them apart
 * for a reader who does not see the colour. */
function linkStyle(edges: readonly Edge[], which: Which, colour: string): string[] {
  const indices = edges.flatMap((e, i) => (e.which === which ? [i] : []));
  return indices.length === 0 ? [] : [`  linkStyle ${indices.join(',')} stroke:${colour}`];
}

// Inside a quoted Mermaid string only `"` ends the text, but `#…;` is an entity code, `<>` is
// HTML, a backtick starts Markdown, `%%{` a directive anywhere in the text, and a line break a
// new statement (or, at a line's start, a Markdown fence): each becomes an entity code.
const ENTITIES: Readonly<Record<string, string>> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
  '[': '#91;',
  ']': '#93;',
  '%': '#37;',
};

function escapeMermaid(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
      .replace(/["#&<>`[\]%]/g, (c) => ENTITIES[c] as string)
  );
}
