// Evaluates a small cluster and answers "what may src send to dst" as the sentence suffix:
// 'all' for everything, 'none' for nothing, else e.g. 'TCP 80; UDP'.
import type { ClusterModel } from '../../src/model/cluster.js';
import type { ManifestFile } from '../../src/model/manifest.js';
import { evaluate } from '../../src/engine/evaluate.js';
import type { Connectivity } from '../../src/engine/connectivity.js';
import { DEFAULT_EVALUATION_OPTIONS, type EvaluationOptions } from '../../src/engine/options.js';
import { allowedPorts } from '../../src/engine/pair.js';
import { isEmptyPorts } from '../../src/engine/port-set.js';
import { buildUniverse } from '../../src/engine/universe.js';
import { needsPositions } from '../../src/manifests/kubernetes-objects.js';
import { createDocumentParser } from '../../src/manifests/parse-documents.js';
import { buildCluster } from '../../src/policies/build-cluster.js';
import { listPorts } from '../../src/report/port-text.js';
import { ipSetHas } from '../../src/net/ip-set.js';
import { parseAddress } from '../../src/net/parse-address.js';
import { file } from './manifests.js';

export interface Evaluated {
  readonly model: ClusterModel;
  readonly conn: Connectivity;
  /** Allowed ports from src to dst: endpoint ids, or an IP address for the external part holding it. */
  ports(src: string, dst: string): string;
  codes(): string[];
}

export function evaluateObjects(objects: object[], options: Partial<EvaluationOptions> = {}): Evaluated {
  return evaluateFiles([file('cluster.yaml', objects)], options);
}

export function evaluateFiles(files: ManifestFile[], options: Partial<EvaluationOptions> = {}): Evaluated {
  const opts = { ...DEFAULT_EVALUATION_OPTIONS, ...options };
  const model = buildCluster(files, {
    parse: createDocumentParser({ keepPositions: needsPositions }),
    defaultNamespace: opts.defaultNamespace,
  });
  const universe = buildUniverse([model], opts);
  const conn = evaluate(universe, model, opts);
  const indexOf = (id: string): number => {
    const direct = universe.indexById.get(id);
    if (direct !== undefined) return direct;
    const address = parseAddress(id);
    const found = universe.endpoints.findIndex(
      (e) => e.type === 'external' && address !== undefined && ipSetHas(e.ranges, address.family, address.value),
    );
    if (found < 0) throw new Error(`no endpoint ${id}; have ${universe.endpoints.map((e) => e.id).join(' ')}`);
    return found;
  };
  return {
    model,
    conn,
    ports(src, dst) {
      const p = allowedPorts(conn, indexOf(src), indexOf(dst));
      if (isEmptyPorts(p)) return 'none';
      return listPorts(p) || 'all';
    },
    codes: () => [...model.diagnostics, ...conn.diagnostics].map((d) => d.code),
  };
}
