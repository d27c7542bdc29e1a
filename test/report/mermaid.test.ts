// @vitest-environment happy-dom
// The Mermaid picture of a diff: every output is checked by mermaid's own flowchart parser
// (which sanitizes labels with DOMPurify, hence the DOM), not by a pattern.
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/model/change.js';
import type { Endpoint } from '../../src/model/endpoint.js';
import type { PortSet } from '../../src/model/ports.js';
import type { DiffReport } from '../../src/model/report.js';
import { renderMermaid, type MermaidPicture } from '../../src/report/mermaid.js';

const ALL: PortSet = { TCP: [[1, 65535]], UDP: [[1, 65535]], SCTP: [[1, 65535]] };
const tcp = (port: number): PortSet => ({ TCP: [[port, port]] });

function workload(namespace: string, name: string): Endpoint {
  return { type: 'workload', id: `${namespace}/${name}`, namespace, name, kind: 'Deployment' };
}

function change(src: string, dst: string, ports: { opened?: PortSet; closed?: PortSet }): Change {
  const opened = ports.opened ?? {};
  const closed = ports.closed ?? {};
  return {
    src,
    dst,
    before: closed,
    after: opened,
    opened,
    closed,
    endpointStatus: { src: 'unchanged', dst: 'unchanged' },
    because: [],
  };
}

function diff(endpoints: readonly Endpoint[], changes: readonly Change[]): DiffReport {
  return { endpoints, changes, added: [], removed: [], diagnostics: [], base: 'base', head: 'head' };
}

interface Parsed {
  readonly vertices: { id: string; text: string; link?: string; haveCallback?: boolean }[];
  readonly edges: { start: string; end: string; stroke: string; text: string; style: string[] }[];
  readonly subGraphs: { id: string; title: string; nodes: string[] }[];
  readonly config: unknown;
}

/** Runs mermaid's parser (it throws on a syntax error) and reads back what it understood. */
async function parse(picture: MermaidPicture | undefined): Promise<Parsed> {
  if (picture === undefined) throw new Error('no picture');
  const { diagramType, config } = (await mermaid.parse(picture.text)) as { diagramType: string; config: unknown };
  expect(diagramType).toBe('flowchart-v2');
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(picture.text);
  const db = diagram.db as unknown as {
    getVertices(): Map<string, Parsed['vertices'][number]>;
    getEdges(): Parsed['edges'];
    getSubGraphs(): Parsed['subGraphs'];
  };
  return { vertices: [...db.getVertices().values()], edges: db.getEdges(), subGraphs: db.getSubGraphs(), config };
}

/** Mermaid keeps entity codes as placeholders until it renders; this is what the reader sees. */
function decode(text: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>' };
  return text
    .replace(/ﬂ°°(\d+)¶ß/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/ﬂ°(\w+)¶ß/g, (_, n: string) => named[n] ?? `&${n};`);
}

const small = diff(
  [workload('shop', 'web'), workload('shop', 'api'), workload('db', 'postgres')],
  [
    change('shop/web', 'shop/api', { opened: tcp(8080) }),
    change('shop/api', 'db/postgres', { closed: tcp(5432) }),
    change('shop/web', 'db/postgres', { opened: { TCP: [[5432, 5432]], UDP: [[53, 53]] }, closed: tcp(6432) }),
  ],
);

describe('mermaid picture of the changed paths', () => {
  it('draws opened paths solid, closed ones dashed, and a change with both as two edges', async () => {
    const picture = renderMermaid(small);
    expect(picture?.level).toBe('workloads');
    expect(picture?.text).toMatchInlineSnapshot(`
      "flowchart LR
        subgraph s0 ["db"]
          n0["postgres"]
        end
        subgraph s1 ["shop"]
          n1["api"]
          n2["web"]
        end
        n1 -.->|"TCP 5432"| n0
        n2 -->|"TCP 5432; UDP 53"| n0
        n2 -.->|"TCP 6432"| n0
        n2 -->|"TCP 8080"| n1
        linkStyle 1,3 stroke:#1a7f37
        linkStyle 0,2 stroke:#cf222e"
    `);
    const parsed = await parse(picture);
    expect(parsed.subGraphs.map((s) => [s.title, s.nodes.length])).toEqual([
      ['db', 1],
      ['shop', 2],
    ]);
    expect(parsed.edges.map((e) => [e.text, e.stroke, e.style[0]])).toEqual([
      ['TCP 5432', 'dotted', 'stroke:#cf222e'],
      ['TCP 5432; UDP 53', 'normal', 'stroke:#1a7f37'],
      ['TCP 6432', 'dotted', 'stroke:#cf222e'],
      ['TCP 8080', 'normal', 'stroke:#1a7f37'],
    ]);
  });

  it('labels a path on every port "any"', async () => {
    const picture = renderMermaid(
      diff([workload('a', 'x'), workload('b', 'y')], [change('a/x', 'b/y', { opened: ALL })]),
    );
    expect((await parse(picture)).edges.map((e) => e.text)).toEqual(['any']);
  });

  it('names a workload by its id within the namespace, so name[Kind] stays told apart', async () => {
    const twin: Endpoint = { type: 'workload', id: 'a/x[StatefulSet]', namespace: 'a', name: 'x', kind: 'StatefulSet' };
    const picture = renderMermaid(
      diff([workload('a', 'x'), twin], [change('a/x', 'a/x[StatefulSet]', { opened: tcp(1) })]),
    );
    expect((await parse(picture)).vertices.map((v) => decode(v.text))).toEqual(['x', 'x[StatefulSet]']);
  });

  it('draws addresses, Cilium entities and DNS names as nodes outside every namespace', async () => {
    const endpoints: Endpoint[] = [
      workload('a', 'x'),
      { type: 'external', id: 'ip:10.0.0.0/8', ranges: [{ family: 4, first: 0x0a000000n, last: 0x0affffffn }] },
      {
        type: 'external',
        id: 'ip:2001:db8::/32',
        ranges: [{ family: 6, first: 0x20010db8n << 96n, last: (0x20010db9n << 96n) - 1n }],
      },
      { type: 'entity', id: 'entity:kube-apiserver', name: 'kube-apiserver' },
      { type: 'dns', id: 'dns:*.example.com', pattern: '*.example.com' },
    ];
    const changes = endpoints.slice(1).map((e) => change('a/x', e.id, { opened: tcp(443) }));
    const parsed = await parse(renderMermaid(diff(endpoints, changes)));
    expect(parsed.subGraphs.map((s) => s.nodes)).toEqual([['n0']]);
    expect(parsed.vertices.map((v) => decode(v.text))).toEqual([
      'x',
      '10.0.0.0/8',
      '[2001:db8::/32]',
      'entity:kube-apiserver',
      '*.example.com (DNS name)',
    ]);
  });

  it('keeps hostile names inside their labels: no new node, link, click, directive or fence', async () => {
    const hostile = [
      'x"]; click n0 "javascript:alert(1)"',
      'a --> b -.-> c ; n9["evil"]',
      '%%{init: {"securityLevel": "loose"}}%%',
      'line\n```\nend\n%% comment',
      '`**md**` <img src=x onerror=alert(1)> #quot; &lt; [(round)] {curly} |pipe|',
    ];
    const endpoints = hostile.flatMap((h) => [workload(h, h), workload('ok', h)]);
    const changes = hostile.flatMap((h) => [
      change(`${h}/${h}`, `ok/${h}`, { opened: tcp(80), closed: { UDP: [[53, 53]] } }),
    ]);
    const picture = renderMermaid(diff(endpoints, changes));
    const parsed = await parse(picture);
    expect(parsed.config).toEqual({});
    expect(parsed.vertices.map((v) => v.id)).toEqual(endpoints.map((_, i) => `n${i}`));
    expect(parsed.vertices.every((v) => v.link === undefined && v.haveCallback === undefined)).toBe(true);
    expect(parsed.edges).toHaveLength(2 * hostile.length);
    const seen = (h: string) => h.replace(/\n/g, ' ');
    expect(parsed.subGraphs.map((s) => decode(s.title)).sort()).toEqual([...hostile.map(seen), 'ok'].sort());
    expect(new Set(parsed.vertices.map((v) => decode(v.text)))).toEqual(new Set(hostile.map(seen)));
    expect(picture?.text.split('\n').filter((line) => /^\s*(```|~~~|%%)/.test(line))).toEqual([]);
  });

  it('folds to one edge per namespace pair and kind of change, counting the paths', async () => {
    const endpoints = [
      workload('a', 'x'),
      workload('a', 'y'),
      workload('b', 'z'),
      { type: 'entity', id: 'entity:host', name: 'host' } as const,
    ];
    const changes = [
      change('a/x', 'b/z', { opened: tcp(80) }),
      change('a/y', 'b/z', { opened: tcp(81), closed: tcp(82) }),
      change('a/x', 'a/y', { closed: tcp(83) }),
      change('entity:host', 'a/x', { opened: tcp(84) }),
    ];
    const picture = renderMermaid(diff(endpoints, changes), { maxEdges: 4 });
    expect(picture?.level).toBe('namespaces');
    const parsed = await parse(picture);
    expect(parsed.subGraphs).toEqual([]);
    expect(parsed.vertices.map((v) => v.text)).toEqual(['a', 'b', 'entity:host']);
    expect(parsed.edges.map((e) => `${e.start} ${e.stroke} ${e.end}: ${e.text}`)).toEqual([
      'n0 dotted n0: 1 path',
      'n0 normal n1: 2 paths',
      'n0 dotted n1: 1 path',
      'n2 normal n0: 1 path',
    ]);
  });

  it('folds at the default of 60 edges', () => {
    const many = (n: number) =>
      diff(
        [],
        Array.from({ length: n }, (_, i) =>
          change(`ns${i % 7}/w${i}`, `ns${(i + 1) % 7}/w${i + 1}`, { opened: tcp(80) }),
        ),
      );
    const endpoints = Array.from({ length: 62 }, (_, i) => workload(`ns${i % 7}`, `w${i}`));
    expect(renderMermaid({ ...many(60), endpoints })?.level).toBe('workloads');
    expect(renderMermaid({ ...many(61), endpoints })?.level).toBe('namespaces');
  });

  it("folds when long names would pass mermaid's text size limit", async () => {
    const long = 'w'.repeat(5000);
    const endpoints = Array.from({ length: 10 }, (_, i) => workload('a', `${long}${i}`));
    const changes = endpoints.slice(1).map((e) => change('a/' + `${long}0`, e.id, { opened: tcp(80) }));
    const picture = renderMermaid(diff(endpoints, changes));
    expect(picture?.level).toBe('namespaces');
    expect((await parse(picture)).edges.map((e) => e.text)).toEqual(['9 paths']);
  });

  it('draws nothing when even the namespaces are too many', () => {
    const endpoints = Array.from({ length: 6 }, (_, i) => workload(`ns${i}`, 'w'));
    const changes = endpoints.flatMap((a) => endpoints.map((b) => change(a.id, b.id, { opened: tcp(80) })));
    expect(renderMermaid(diff(endpoints, changes), { maxEdges: 10, maxNamespaceEdges: 35 })).toBeUndefined();
    expect(renderMermaid(diff(endpoints, changes), { maxEdges: 10, maxNamespaceEdges: 36 })?.level).toBe('namespaces');
  });

  it('draws nothing when no port was opened or closed', () => {
    expect(renderMermaid(diff([], []))).toBeUndefined();
    const onlyL7: Change = {
      ...change('a/x', 'b/y', {}),
      before: tcp(80),
      after: tcp(80),
      restrictedBy: { ports: tcp(80), by: ['HTTP GET /'] },
      restrictionBefore: { ports: {}, by: [] },
    };
    expect(renderMermaid(diff([workload('a', 'x'), workload('b', 'y')], [onlyL7]))).toBeUndefined();
  });

  it('gives the same text whatever the order of changes and endpoints', () => {
    const shuffled = diff([...small.endpoints].reverse(), [...small.changes].reverse());
    expect(renderMermaid(shuffled)).toEqual(renderMermaid(small));
  });

  it('draws an id that no endpoint describes as a node of its own', async () => {
    const parsed = await parse(renderMermaid(diff([], [change('a/x', 'b/y', { opened: tcp(80) })])));
    expect(parsed.vertices.map((v) => v.text)).toEqual(['a/x', 'b/y']);
  });
});

describe('the picture in the comment goldens (#10)', () => {
  it('every ```mermaid block of every fixture comment parses as a flowchart', async () => {
    const { readdirSync, readFileSync, existsSync } = await import('node:fs');
    const path = await import('node:path');
    const fixtures = path.resolve(__dirname, '../../fixtures');
    let blocks = 0;
    for (const dir of readdirSync(fixtures)) {
      const comment = path.join(fixtures, dir, 'expected', 'comment.md');
      if (!existsSync(comment)) continue;
      for (const match of readFileSync(comment, 'utf8').matchAll(/```mermaid\n([\s\S]*?)\n```/g)) {
        blocks++;
        const { diagramType } = (await mermaid.parse(match[1] as string)) as { diagramType: string };
        expect(diagramType).toBe('flowchart-v2');
      }
    }
    expect(blocks).toBeGreaterThan(2);
  });
});
