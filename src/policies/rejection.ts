// How a policy compiler stops on input the API server would refuse: it throws a Rejection
// (inside the compiler only), which becomes one error diagnostic on the field at fault, and the
// policy is left out whole — never half-applied.
import type { DiagnosticCode } from '../model/diagnostic.js';
import type { DocumentPath } from '../model/manifest.js';

export class Rejection {
  constructor(
    readonly code: DiagnosticCode,
    /** Path of the field at fault, inside the object. */
    readonly path: DocumentPath,
    readonly message: string,
    readonly fix: string,
  ) {}
}
