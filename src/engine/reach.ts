// The `reach` pipeline: one revision's files to every allowed connection.
import type { Connection } from '../model/change.js';
import type { ManifestDocument, ManifestFile } from '../model/manifest.js';
import type { ReachReport } from '../model/report.js';
import { needsPositions } from '../manifests/kubernetes-objects.js';
import { createDocumentParser } from '../manifests/parse-documents.js';
import { buildCluster } from '../policies/build-cluster.js';
import { hasBit } from './bitset.js';
import { evaluate } from './evaluate.js';
import type { Connectivity } from './connectivity.js';
import type { EvaluationOptions } from './options.js';
import { allowedPorts, uncertainPorts } from './pair.js';
import { isEmptyPorts } from './port-set.js';
import { restrictionOf } from './restriction.js';
import { buildUniverse } from './universe.js';

export function reach(
  files: readonly ManifestFile[],
  options: EvaluationOptions,
  documents: readonly ManifestDocument[] = [],
  parse = createDocumentParser({ keepPositions: needsPositions }),
): ReachReport {
  const model = buildCluster(files, { parse, defaultNamespace: options.defaultNamespace, documents });
  const universe = buildUniverse([model], options);
  const conn = evaluate(universe, model, options);
  return {
    endpoints: universe.endpoints,
    connections: listConnections(conn),
    diagnostics: [...model.diagnostics, ...conn.diagnostics],
  };
}

function listConnections(conn: Connectivity): Connection[] {
  const { endpoints } = conn.universe;
  const out: Connection[] = [];
  for (let src = 0; src < endpoints.length; src++) {
    if (!hasBit(conn.present, src)) continue;
    for (let dst = 0; dst < endpoints.length; dst++) {
      if (!hasBit(conn.present, dst)) continue;
      const allowed = allowedPorts(conn, src, dst);
      if (isEmptyPorts(allowed)) continue;
      const uncertain = uncertainPorts(conn, src, dst);
      const restrictedBy = restrictionOf(conn, src, dst);
      out.push({
        src: (endpoints[src] as { id: string }).id,
        dst: (endpoints[dst] as { id: string }).id,
        allowed,
        ...(isEmptyPorts(uncertain) ? {} : { uncertain }),
        ...(restrictedBy === undefined ? {} : { restrictedBy }),
      });
    }
  }
  return out;
}
