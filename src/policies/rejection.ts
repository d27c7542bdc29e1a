// How a policy compiler stops on input the API server would refuse: it throws a Rejection
// (inside the compiler only), which becomes one error diagnostic on the field at fault, and the
// policy is left out whole — never half-applied.
import type { Diagnostic, DiagnosticCode } from '../model/diagnostic.js';
import type { DocumentPath } from '../model/manifest.js';

export class Rejection extends Error {
  constructor(
    readonly code: DiagnosticCode,
    /** Path of the field at fault, inside the object. */
    readonly path: DocumentPath,
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

/** The error diagnostic for a rejection of the object `what`; anything else is a bug and is
 * thrown on. */
export function rejectionDiagnostic(
  error: unknown,
  what: string,
  file: string,
  at: (path: DocumentPath) => number,
  by = 'the API server',
): Diagnostic {
  if (!(error instanceof Rejection)) throw error;
  return {
    code: error.code,
    severity: 'error',
    file,
    line: at(error.path),
    message: `${what}: ${error.message}; ${by} would reject it, so it was not evaluated`,
    fix: error.fix,
  };
}
