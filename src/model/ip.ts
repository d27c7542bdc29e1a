// IP address ranges. Addresses are bigints so IPv4 and IPv6 share one representation.

export type IpFamily = 4 | 6;

/** An inclusive range of addresses of one family. */
export interface IpRange {
  readonly family: IpFamily;
  readonly first: bigint;
  readonly last: bigint;
}

/** Sorted (IPv4 before IPv6, then by address), disjoint, non-adjacent ranges. */
export type IpSet = readonly IpRange[];
