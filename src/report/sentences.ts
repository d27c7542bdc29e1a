// The sentences of DESIGN §5: "team-one/pod-2 can now reach team-two/pod-3:TCP".
import type { Change, Connection, Restriction } from '../model/change.js';
import type { Endpoint } from '../model/endpoint.js';
import type { PortSet } from '../model/ports.js';
import { intersectPorts, isEmptyPorts, portsEqual } from '../engine/port-set.js';
import { endpointText } from './endpoint-text.js';
import { formatPorts } from './port-text.js';

export type EndpointLookup = (id: string) => Endpoint | undefined;

export function endpointLookup(endpoints: readonly Endpoint[]): EndpointLookup {
  const byId = new Map(endpoints.map((e) => [e.id, e]));
  return (id) => byId.get(id);
}

function name(id: string, lookup: EndpointLookup): string {
  const endpoint = lookup(id);
  return endpoint === undefined ? id : endpointText(endpoint);
}

export function sentence(src: string, verb: string, dst: string, ports: PortSet, lookup: EndpointLookup): string {
  const suffix = formatPorts(ports);
  return `${name(src, lookup)} ${verb} ${name(dst, lookup)}${suffix === '' ? '' : `:${suffix}`}`;
}

/** Marks a sentence whose ports are partly uncertain (admin policies of one priority disagree). */
function withDoubt(text: string, ports: PortSet, uncertain: PortSet | undefined): string {
  return uncertain !== undefined && !isEmptyPorts(intersectPorts(ports, uncertain)) ? `${text} (uncertain)` : text;
}

/** Says which requests may use ports that only L7 rules or DNS names allow:
 * `…:TCP 8080 (HTTP GET /metrics only)`, `… (on TCP 443: depends on DNS at run time)`. */
export function restrictionText(ports: PortSet, restriction: Restriction | undefined): string {
  if (restriction === undefined) return '';
  const affected = intersectPorts(ports, restriction.ports);
  if (isEmptyPorts(affected)) return '';
  const what = restriction.by.map((b) => (b.startsWith('depends on') ? b : `${b} only`)).join('; ') || 'restricted at L7';
  return portsEqual(affected, ports) ? ` (${what})` : ` (on ${formatPorts(affected) || 'every port'}: ${what})`;
}

export function connectionSentence(c: Connection, lookup: EndpointLookup): string {
  return withDoubt(`${sentence(c.src, 'can reach', c.dst, c.allowed, lookup)}${restrictionText(c.allowed, c.restrictedBy)}`, c.allowed, c.uncertain);
}

/**
 * A change of restriction on ports allowed before and after (an L7 rule or DNS name added,
 * removed or changed): `opened` when the ports are no longer restricted, `closed` when they
 * became (or stay, differently) restricted.
 */
export function restrictionChange(c: Change): { which: 'opened' | 'closed'; ports: PortSet; now: Restriction | undefined; was: Restriction | undefined } | undefined {
  if (c.restrictionBefore === undefined) return undefined;
  const now = c.restrictedBy !== undefined && !isEmptyPorts(c.restrictedBy.ports) ? c.restrictedBy : undefined;
  const was = c.restrictionBefore.by.length > 0 && !isEmptyPorts(c.restrictionBefore.ports) ? c.restrictionBefore : undefined;
  const ports = intersectPorts(intersectPorts(c.before, c.after), now?.ports ?? was?.ports ?? {});
  if (isEmptyPorts(ports)) return undefined;
  return { which: now === undefined ? 'opened' : 'closed', ports, now, was };
}

function requests(r: Restriction | undefined): string {
  if (r === undefined) return 'for any request';
  return `only ${r.by.map((b) => (b.startsWith('depends on') ? `depending on DNS at run time` : `for ${b}`)).join(' and ')}`;
}

/** The line for a changed restriction: `… can now reach …:TCP 8080 only for HTTP GET /metrics (before: for any request)`. */
export function restrictionSentence(c: Change, lookup: EndpointLookup): { which: 'opened' | 'closed'; text: string } | undefined {
  const r = restrictionChange(c);
  if (r === undefined) return undefined;
  return { which: r.which, text: `${sentence(c.src, 'can now reach', c.dst, r.ports, lookup)} ${requests(r.now)} (before: ${requests(r.was)})` };
}

/** One line for the ports a change opens and one for those it closes (either may be absent). */
export function changeSentences(c: Change, lookup: EndpointLookup): { opened?: string; closed?: string } {
  return {
    ...(isEmptyPorts(c.opened) ? {} : { opened: withDoubt(`${sentence(c.src, 'can now reach', c.dst, c.opened, lookup)}${restrictionText(c.opened, c.restrictedBy)}`, c.opened, c.uncertain) }),
    ...(isEmptyPorts(c.closed) ? {} : { closed: withDoubt(sentence(c.src, 'can no longer reach', c.dst, c.closed, lookup), c.closed, c.uncertain) }),
  };
}
