// Whether a file's text can affect reachability, judged without parsing it: does it declare a
// kind that netreach reads (or a policy kind it reports)? Used to skip pull requests that touch
// no policy, namespace or workload manifest, within seconds.
import { CALICO_READ_KINDS, KNOWN_KINDS } from './kubernetes-objects.js';

const POLICY_KINDS = [
  'CiliumNetworkPolicy',
  'CiliumClusterwideNetworkPolicy',
  'AdminNetworkPolicy',
  'BaselineAdminNetworkPolicy',
  'ClusterNetworkPolicy',
  'GlobalNetworkPolicy',
];
// Calico's kinds too: a change of a Tier's order or a network set's nets changes verdicts.
const KINDS = [...Object.keys(KNOWN_KINDS), ...POLICY_KINDS, ...CALICO_READ_KINDS].join('|');
// `kind: Deployment`, `"kind": "Deployment"`, `kind: "List"`, `kind: DeploymentList`, in YAML or JSON.
const KIND_LINE = new RegExp(`["']?kind["']?\\s*:\\s*["']?(?:${KINDS}|\\w*List)["']?\\s*(?:[,}#]|$)`, 'm');

export function mayAffectReachability(text: string): boolean {
  return KIND_LINE.test(text);
}
