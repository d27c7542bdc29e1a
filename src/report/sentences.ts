// The sentences of DESIGN §5: "team-one/pod-2 can now reach team-two/pod-3:TCP".
import type { Change, Connection } from '../model/change.js';
import type { Endpoint } from '../model/endpoint.js';
import type { PortSet } from '../model/ports.js';
import { isEmptyPorts } from '../engine/port-set.js';
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

export function connectionSentence(c: Connection, lookup: EndpointLookup): string {
  return sentence(c.src, 'can reach', c.dst, c.allowed, lookup);
}

/** One line for the ports a change opens and one for those it closes (either may be absent). */
export function changeSentences(c: Change, lookup: EndpointLookup): { opened?: string; closed?: string } {
  return {
    ...(isEmptyPorts(c.opened) ? {} : { opened: sentence(c.src, 'can now reach', c.dst, c.opened, lookup) }),
    ...(isEmptyPorts(c.closed) ? {} : { closed: sentence(c.src, 'can no longer reach', c.dst, c.closed, lookup) }),
  };
}
