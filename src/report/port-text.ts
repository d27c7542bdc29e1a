// Writes a PortSet the way the sentences of DESIGN §5 do, the short way: nothing for every port
// of every protocol, `TCP` for every TCP port, `TCP 8080,9090-9100; UDP 53` for a few ports, and
// a complement where it is shorter: `TCP except 9555`, `every port except TCP 9555` — never a
// complement spelt out as ranges.
import { MAX_PORT, MIN_PORT, PROTOCOLS, type PortRange, type PortSet, type Protocol } from '../model/ports.js';
import { ALL_PORTS, isAllPorts, isEmptyPorts, subtractPorts } from '../engine/port-set.js';

const isWhole = (ranges: readonly PortRange[]) =>
  ranges.length === 1 && ranges[0]?.[0] === MIN_PORT && ranges[0][1] === MAX_PORT;
const rangeList = (ranges: readonly PortRange[]) => ranges.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',');

/** One protocol's ports: `TCP`, `TCP 80,443`, or `TCP except 9555` when that is shorter. */
function protocolText(protocol: Protocol, ranges: readonly PortRange[]): string {
  if (isWhole(ranges)) return protocol;
  const listed = `${protocol} ${rangeList(ranges)}`;
  const missing = subtractPorts({ [protocol]: [[MIN_PORT, MAX_PORT]] }, { [protocol]: ranges })[protocol] ?? [];
  const except = `${protocol} except ${rangeList(missing)}`;
  return except.length < listed.length ? except : listed;
}

/** The ports as listed, protocol by protocol ('' for every port). */
function listedText(ports: PortSet): string {
  const groups: string[] = [];
  for (const protocol of PROTOCOLS) {
    const ranges = ports[protocol];
    if (ranges !== undefined && ranges.length > 0) groups.push(protocolText(protocol, ranges));
  }
  return groups.join('; ');
}

/** Every range spelt out (`TCP 1-8079,8081-65535; UDP; SCTP`): for tables that compare exact
 * port sets, never for sentences. */
export function listPorts(ports: PortSet): string {
  if (isAllPorts(ports)) return '';
  return PROTOCOLS.flatMap((p) => {
    const ranges = ports[p] ?? [];
    if (ranges.length === 0) return [];
    return [isWhole(ranges) ? p : `${p} ${rangeList(ranges)}`];
  }).join('; ');
}

export function formatPorts(ports: PortSet): string {
  if (isAllPorts(ports)) return '';
  const listed = listedText(ports);
  const missing = subtractPorts(ALL_PORTS, ports);
  if (isEmptyPorts(missing)) return listed;
  // Within the complement, "and" (not ";") joins protocols: "every port except TCP 53 and UDP 53".
  const except = `every port except ${listedText(missing).split('; ').join(' and ')}`;
  // On a tie the complement reads better, and a list with an "except" of its own ("TCP; UDP;
  // SCTP except 9003") would be misread as applying to every protocol.
  const misread = listed.includes('except') && listed.includes('; ');
  return except.length <= listed.length || misread ? except : listed;
}

/** The ports after a destination in a sentence: `:TCP 8080`, ` on every port except TCP 9555`
 * (a `:` before a complement would read as a port list), or '' for every port. */
export function portsSuffix(ports: PortSet): string {
  const text = formatPorts(ports);
  if (text === '') return '';
  return text.startsWith('every port') ? ` on ${text}` : `:${text}`;
}

/** The ports as a phrase of their own: `every port`, `TCP 8080`, `every port except UDP`. */
export function portsPhrase(ports: PortSet): string {
  if (isEmptyPorts(ports)) return 'no port';
  return formatPorts(ports) || 'every port';
}
