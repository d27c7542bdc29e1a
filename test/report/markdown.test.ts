// The Markdown report shows names from manifests in code spans: nothing in them can become
// HTML, a link, a mention or a broken line.
import { describe, expect, it } from 'vitest';
import type { DiffReport } from '../../src/model/report.js';
import { escapeCode, escapeMarkdown } from '../../src/report/markdown-escape.js';
import { renderDiffMarkdown } from '../../src/report/markdown.js';

const hostile = 'x`<img src=x onerror=alert(1)>@octocat [link](http://evil)\n# heading';

describe('markdown escaping', () => {
  it('escapes HTML, links, mentions and emphasis in prose', () => {
    const out = escapeMarkdown(hostile);
    expect(out).not.toMatch(/<img|@octocat|\]\(|\n/);
    expect(out).toContain('&lt;img');
    expect(out).toContain('&#64;octocat');
  });
  it('keeps code spans closed and on one line', () => {
    expect(escapeCode(hostile)).not.toMatch(/[`\n]/);
  });
  it('renders hostile file names and messages inside code spans', () => {
    const report: DiffReport = {
      endpoints: [],
      changes: [
        {
          src: 'a/b',
          dst: 'c/d',
          before: {},
          after: { TCP: [[80, 80]] },
          opened: { TCP: [[80, 80]] },
          closed: {},
          endpointStatus: { src: 'unchanged', dst: 'unchanged' },
          because: [
            {
              ref: {
                type: 'rule',
                rule: { type: 'network-policy', namespace: 'c', name: hostile, place: { list: 'ingress', index: 0 } },
              },
              revision: 'head',
              explains: 'opened',
              file: hostile,
              line: 3,
            },
          ],
        },
      ],
      added: [],
      removed: [],
      diagnostics: [{ code: 'YAML_SYNTAX', severity: 'error', file: hostile, line: 1, message: hostile, fix: hostile }],
      base: hostile,
      head: 'head',
    };
    const md = [...renderDiffMarkdown(report)].join('');
    for (const line of md.split('\n')) {
      // Outside code spans, no raw HTML tag, mention or link survives.
      const prose = line.replace(/`[^`]*`/g, '');
      expect(prose).not.toMatch(/<img|@octocat|\]\(http/);
    }
    expect(md).toContain('a/b can now reach c/d:TCP 80');
  });
});
