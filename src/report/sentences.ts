// The sentences of DESIGN §5: "team-one/pod-2 can now reach team-two/pod-3:TCP".
import type { Change, Connection } from '../model/change.js';
import type { Endpoint } from '../model/endpoint.js';
import type { PortSet } from '../model/ports.js';
import { intersectPorts, isEmptyPorts } from '../engine/port-set.js';
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

export function connectionSentence(c: Connection, lookup: EndpointLookup): string {
  return withDoubt(sentence(c.src, 'can reach', c.dst, c.allowed, lookup), c.allowed, c.uncertain);
}

/** One line for the ports a change opens and one for those it closes (either may be absent). */
export function changeSentences(c: Change, lookup: EndpointLookup): { opened?: string; closed?: string } {
  return {
    ...(isEmptyPorts(c.opened) ? {} : { opened: withDoubt(sentence(c.src, 'can now reach', c.dst, c.opened, lookup), c.opened, c.uncertain) }),
    ...(isEmptyPorts(c.closed) ? {} : { closed: withDoubt(sentence(c.src, 'can no longer reach', c.dst, c.closed, lookup), c.closed, c.uncertain) }),
  };
}
