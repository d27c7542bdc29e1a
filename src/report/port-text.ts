// Writes a PortSet the way the sentences of DESIGN §5 do: nothing for every port of every
// protocol, `TCP` for every TCP port, `TCP 8080,9090-9100; UDP 53` otherwise.
import { MAX_PORT, MIN_PORT, PROTOCOLS, type PortSet } from '../model/ports.js';
import { isAllPorts } from '../engine/port-set.js';

export function formatPorts(ports: PortSet): string {
  if (isAllPorts(ports)) return '';
  const groups: string[] = [];
  for (const protocol of PROTOCOLS) {
    const ranges = ports[protocol];
    if (ranges === undefined || ranges.length === 0) continue;
    const [only] = ranges;
    if (ranges.length === 1 && only !== undefined && only[0] === MIN_PORT && only[1] === MAX_PORT) groups.push(protocol);
    else groups.push(`${protocol} ${ranges.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',')}`);
  }
  return groups.join('; ');
}
