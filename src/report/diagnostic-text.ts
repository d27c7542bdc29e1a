// One line per diagnostic, for the terminal: `file:line: severity: message (fix: …)`.
import type { Diagnostic } from '../model/diagnostic.js';

export function diagnosticLine(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}` : d.file;
  return `${where}: ${d.severity}: ${d.message} (${d.fix})`;
}
