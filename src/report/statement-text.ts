// How a reach statement reads: "team-one/* can reach team-two/pod-3:TCP 8080", and for a set that
// reaches itself, "every workload (400) can reach each other".
import { describeEndpoints, type EndpointContext } from './endpoint-sets.js';
import { portsSuffix } from './port-text.js';
import type { Statement } from './reach-statements.js';
import { restrictionText } from './sentences.js';
import { serviceNote } from './service-text.js';
import { intersectPorts, isEmptyPorts } from '../engine/port-set.js';

export function statementSentence(s: Statement, context: EndpointContext): string {
  const who = describeEndpoints(s.srcs, context);
  const same =
    s.srcs.length > 1 &&
    s.srcs.length === s.dsts.length &&
    new Set(s.srcs).size === new Set([...s.srcs, ...s.dsts]).size;
  const whom = same ? 'each other' : describeEndpoints(s.dsts, context);
  const doubt =
    s.uncertain !== undefined && !isEmptyPorts(intersectPorts(s.allowed, s.uncertain)) ? ' (uncertain)' : '';
  const note = s.dsts.length === 1 ? serviceNote(context.lookup(s.dsts[0] as string), s.allowed) : '';
  return `${who} can reach ${whom}${portsSuffix(s.allowed)}${restrictionText(s.allowed, s.restrictedBy)}${doubt}${note}`;
}
