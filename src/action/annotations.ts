// Chooses the annotations of a run: errors on manifests that were rejected, warnings on the
// rules that opened paths (and on other warnings). GitHub shows at most 10 of each level per
// step, so each level is cut to 9 plus one that counts the rest.
import type { Diagnostic } from '../model/diagnostic.js';
import type { DiffReport } from '../model/report.js';
import { groupChanges } from '../report/group-changes.js';
import { endpointLookup, partsSentence } from '../report/sentences.js';
import { reasonText } from '../report/reason-text.js';
import { wordsText } from '../report/rule-names.js';

export interface Annotation {
  readonly level: 'error' | 'warning';
  readonly title: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
}

export const ANNOTATIONS_PER_LEVEL = 10;

/** `fileOf` maps a report path to a repository path, or undefined when it has none. */
export function selectAnnotations(report: DiffReport, fileOf: (file: string) => string | undefined): Annotation[] {
  const lookup = endpointLookup(report.endpoints);
  const errors: Annotation[] = [];
  const warnings: Annotation[] = [];
  const at = (file: string, line: number) => {
    const f = fileOf(file);
    return f === undefined ? {} : line > 0 ? { file: f, line } : { file: f };
  };
  // Guardrails first: the rules behind a new violation (errors), and new findings (warnings).
  for (const a of report.assertions ?? []) {
    if (a.status !== 'newly-violated') continue;
    const rules = new Map<string, { file: string; line: number; rule: string; pairs: string[] }>();
    for (const w of a.witnesses) {
      for (const r of w.because) {
        const entry = rules.get(`${r.file}:${r.line}`) ?? {
          file: r.file,
          line: r.line,
          rule: reasonText(r),
          pairs: [],
        };
        entry.pairs.push(`${w.srcDescription ?? w.src} -> ${w.dstDescription ?? w.dst}`);
        rules.set(`${r.file}:${r.line}`, entry);
      }
    }
    if (rules.size === 0)
      errors.push({
        level: 'error',
        title: `netreach: assertion "${a.name}" is newly violated`,
        message: a.witnesses
          .map((w) => `${w.srcDescription ?? w.src} -> ${w.dstDescription ?? w.dst}`)
          .slice(0, 5)
          .join('\n'),
        ...at(a.file, a.line),
      });
    for (const e of rules.values()) {
      errors.push({
        level: 'error',
        title: `netreach: ${e.rule} breaks the assertion "${a.name}"`,
        message: e.pairs.slice(0, 5).join('\n') + (e.pairs.length > 5 ? `\n… and ${e.pairs.length - 5} more` : ''),
        ...at(e.file, e.line),
      });
    }
  }
  for (const f of report.findings ?? [])
    if (f.new)
      warnings.push({
        level: 'warning',
        title: `netreach: ${f.code}`,
        message: `${wordsText(f.message)} — ${f.fix}`,
        ...at(f.file, f.line),
      });
  const byRule = new Map<string, { file: string; line: number; rule: string; sentences: string[] }>();
  for (const group of groupChanges(report.changes, 'opened')) {
    for (const reason of group.reasons) {
      if (reason.revision !== 'head') continue;
      const rule = reasonText(reason);
      const key = `${reason.file}:${reason.line}:${rule}`;
      let entry = byRule.get(key);
      if (entry === undefined) byRule.set(key, (entry = { file: reason.file, line: reason.line, rule, sentences: [] }));
      for (const pair of group.pairs) entry.sentences.push(partsSentence(pair.src, group.parts, pair.dst, lookup));
    }
  }
  for (const e of byRule.values()) {
    const shown = e.sentences.slice(0, 5).join('\n');
    const more = e.sentences.length > 5 ? `\n… and ${e.sentences.length - 5} more` : '';
    warnings.push({
      level: 'warning',
      title: `netreach: ${e.rule} opens ${e.sentences.length} ${e.sentences.length === 1 ? 'path' : 'paths'}`,
      message: `${shown}${more}`,
      ...at(e.file, e.line),
    });
  }
  for (const d of report.diagnostics) {
    const annotation = fromDiagnostic(d, at);
    (d.severity === 'error' ? errors : warnings).push(annotation);
  }
  return [...cut(errors, 'error'), ...cut(warnings, 'warning')];
}

function fromDiagnostic(d: Diagnostic, at: (file: string, line: number) => object): Annotation {
  const inBase = d.message.startsWith('in base: ');
  return {
    level: d.severity,
    title: `netreach: ${d.code}`,
    message: `${d.message} — ${d.fix}`,
    ...(inBase ? {} : at(d.file, d.line)),
  };
}

function cut(list: Annotation[], level: Annotation['level']): Annotation[] {
  if (list.length <= ANNOTATIONS_PER_LEVEL) return list;
  const kept = list.slice(0, ANNOTATIONS_PER_LEVEL - 1);
  const rest = list.length - kept.length;
  return [
    ...kept,
    {
      level,
      title: `netreach: ${rest} more`,
      message: `${rest} more ${level === 'error' ? 'errors' : 'warnings'}; the job summary lists them all`,
    },
  ];
}
