// Ports as NetworkPolicy sees them: destination ports per protocol.

export type Protocol = 'TCP' | 'UDP' | 'SCTP';
export const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];
export const MIN_PORT = 1;
export const MAX_PORT = 65535;

/** An inclusive range of ports, `[first, last]`, within 1–65535. */
export type PortRange = readonly [number, number];

/**
 * Per protocol, sorted, merged, inclusive port ranges. A missing protocol means no port of it.
 * `{}` is nothing; every protocol at [1, 65535] is everything.
 */
export type PortSet = Readonly<Partial<Record<Protocol, readonly PortRange[]>>>;

/** What one `ports[]` entry of a rule admits before named ports are resolved. */
export type PortMatch =
  | { readonly kind: 'range'; readonly protocol: Protocol; readonly first: number; readonly last: number }
  /** Resolved on the destination's container ports: same name and same protocol. */
  | { readonly kind: 'named'; readonly protocol: Protocol; readonly name: string };
