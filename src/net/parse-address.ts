// Parses a single IP address (a pod IP from status.podIP) with ip-num.
import { IPv4, IPv6, Validator } from 'ip-num';
import type { IpFamily } from '../model/ip.js';

export function parseAddress(text: string): { family: IpFamily; value: bigint } | undefined {
  try {
    if (text.includes(':'))
      return Validator.isValidIPv6String(text)[0] ? { family: 6, value: IPv6.fromString(text).value } : undefined;
    return Validator.isValidIPv4String(text)[0] ? { family: 4, value: IPv4.fromString(text).value } : undefined;
  } catch {
    return undefined;
  }
}
