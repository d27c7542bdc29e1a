// Calico `nets`: CIDRs, or single addresses (a /32 or /128), docs/semantics-calico.md §6.2.
import type { IpRange } from '../model/ip.js';
import { parseCidr } from '../net/cidr.js';

export function parseCalicoNet(text: string): IpRange | undefined {
  const trimmed = text.trim();
  const withPrefix = trimmed.includes('/') ? trimmed : `${trimmed}/${trimmed.includes(':') ? 128 : 32}`;
  return parseCidr(withPrefix)?.range;
}
