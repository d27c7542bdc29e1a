// The sentences of DESIGN §5: "team-one/pod-2 can now reach team-two/pod-3:TCP". A sentence is
// `<src> <verb> <dst><tail>`; the tail says the ports the short way and, where a pair keeps some
// ports, what it keeps or had ("only on TCP 3550 (before: every port)").
import type { Change, Connection, Restriction } from '../model/change.js';
import type { Endpoint } from '../model/endpoint.js';
import type { PortSet } from '../model/ports.js';
import { intersectPorts, isEmptyPorts, portsEqual } from '../engine/port-set.js';
import { endpointText } from './endpoint-text.js';
import { formatPorts, portsPhrase, portsSuffix } from './port-text.js';
import { serviceNote } from './service-text.js';

export type EndpointLookup = (id: string) => Endpoint | undefined;

export function endpointLookup(endpoints: readonly Endpoint[]): EndpointLookup {
  const byId = new Map(endpoints.map((e) => [e.id, e]));
  return (id) => byId.get(id);
}

export function endpointName(id: string, lookup: EndpointLookup): string {
  const endpoint = lookup(id);
  return endpoint === undefined ? id : endpointText(endpoint);
}

export function sentence(src: string, verb: string, dst: string, ports: PortSet, lookup: EndpointLookup): string {
  return `${endpointName(src, lookup)} ${verb} ${endpointName(dst, lookup)}${portsSuffix(ports)}`;
}

/** What a change says about one pair, without the pair's names: `can now reach` + `:TCP 8080`. */
export interface SentenceParts {
  readonly verb: string;
  readonly tail: string;
  /** The ports the sentence names (opened, closed, or those a pair keeps), to name the Services
   * that forward to them. */
  readonly ports: PortSet;
}

export function partsSentence(src: string, parts: SentenceParts, dst: string, lookup: EndpointLookup): string {
  return `${endpointName(src, lookup)} ${parts.verb} ${endpointName(dst, lookup)}${parts.tail}${serviceNote(lookup(dst), parts.ports)}`;
}

/** Marks a sentence whose ports are partly uncertain (admin policies of one priority disagree). */
function isDoubtful(ports: PortSet, uncertain: PortSet | undefined): boolean {
  return uncertain !== undefined && !isEmptyPorts(intersectPorts(ports, uncertain));
}

/** Says which requests may use ports that only L7 rules or DNS names allow:
 * `…:TCP 8080 (HTTP GET /metrics only)`, `… (on TCP 443: depends on DNS at run time)`. */
export function restrictionText(ports: PortSet, restriction: Restriction | undefined): string {
  if (restriction === undefined) return '';
  const affected = intersectPorts(ports, restriction.ports);
  if (isEmptyPorts(affected)) return '';
  const what =
    restriction.by.map((b) => (b.startsWith('depends on') ? b : `${b} only`)).join('; ') || 'restricted at L7';
  return portsEqual(affected, ports) ? ` (${what})` : ` (on ${formatPorts(affected) || 'every port'}: ${what})`;
}

export function connectionSentence(c: Connection, lookup: EndpointLookup): string {
  const text = `${sentence(c.src, 'can reach', c.dst, c.allowed, lookup)}${restrictionText(c.allowed, c.restrictedBy)}`;
  return isDoubtful(c.allowed, c.uncertain) ? `${text} (uncertain)` : text;
}

/**
 * A change of restriction on ports allowed before and after (an L7 rule or DNS name added,
 * removed or changed): `opened` when the ports are no longer restricted, `closed` when they
 * became (or stay, differently) restricted.
 */
export function restrictionChange(
  c: Change,
):
  | { which: 'opened' | 'closed'; ports: PortSet; now: Restriction | undefined; was: Restriction | undefined }
  | undefined {
  if (c.restrictionBefore === undefined) return undefined;
  const now = c.restrictedBy !== undefined && !isEmptyPorts(c.restrictedBy.ports) ? c.restrictedBy : undefined;
  const was =
    c.restrictionBefore.by.length > 0 && !isEmptyPorts(c.restrictionBefore.ports) ? c.restrictionBefore : undefined;
  const ports = intersectPorts(intersectPorts(c.before, c.after), now?.ports ?? was?.ports ?? {});
  if (isEmptyPorts(ports)) return undefined;
  return { which: now === undefined ? 'opened' : 'closed', ports, now, was };
}

function requests(r: Restriction | undefined): string {
  if (r === undefined) return 'for any request';
  return `only ${r.by.map((b) => (b.startsWith('depends on') ? `depending on DNS at run time` : `for ${b}`)).join(' and ')}`;
}

/** The parts for a changed restriction: `can now reach` + `:TCP 8080 only for HTTP GET /metrics (before: for
 * any request)`. */
export function restrictionParts(c: Change): SentenceParts | undefined {
  const r = restrictionChange(c);
  if (r === undefined) return undefined;
  return {
    verb: 'can now reach',
    tail: `${portsSuffix(r.ports)} ${requests(r.now)} (before: ${requests(r.was)})`,
    ports: r.ports,
  };
}

/** The line for a changed restriction: `… can now reach …:TCP 8080 only for HTTP GET /metrics (before: for any
 * request)`. */
export function restrictionSentence(c: Change, lookup: EndpointLookup): string | undefined {
  const parts = restrictionParts(c);
  return parts === undefined ? undefined : partsSentence(c.src, parts, c.dst, lookup);
}

/**
 * The parts for the ports a change opens (or closes). A pair that only gains ports says what it
 * had (`:TCP 8080 (before: only TCP 3550)`); one that only loses some says what it keeps
 * (`can now reach … only on TCP 3550 (before: every port)`); otherwise the ports themselves.
 */
export function changeParts(c: Change, which: 'opened' | 'closed'): SentenceParts | undefined {
  const ports = c[which];
  if (isEmptyPorts(ports)) return undefined;
  const doubt = isDoubtful(ports, c.uncertain) ? ' (uncertain)' : '';
  if (which === 'opened') {
    const restriction = restrictionText(ports, c.restrictedBy);
    const before = !isEmptyPorts(c.before) && isEmptyPorts(c.closed) ? ` (before: only ${portsPhrase(c.before)})` : '';
    const tail =
      before !== '' && formatPorts(c.after) === ''
        ? ` on every port${restriction}${before}`
        : `${portsSuffix(ports)}${restriction}${before}`;
    return { verb: 'can now reach', tail: `${tail}${doubt}`, ports };
  }
  if (!isEmptyPorts(c.after) && isEmptyPorts(c.opened)) {
    return {
      verb: 'can now reach',
      tail: ` only on ${portsPhrase(c.after)} (before: ${portsPhrase(c.before)})${doubt}`,
      ports: c.after,
    };
  }
  return { verb: 'can no longer reach', tail: `${portsSuffix(ports)}${doubt}`, ports };
}

/** One line for the ports a change opens and one for those it closes (either may be absent). */
export function changeSentences(c: Change, lookup: EndpointLookup): { opened?: string; closed?: string } {
  const opened = changeParts(c, 'opened');
  const closed = changeParts(c, 'closed');
  return {
    ...(opened === undefined ? {} : { opened: partsSentence(c.src, opened, c.dst, lookup) }),
    ...(closed === undefined ? {} : { closed: partsSentence(c.src, closed, c.dst, lookup) }),
  };
}
