// Parses CIDR text into address ranges, using ip-num for the arithmetic. Host bits set after
// the prefix are masked, as Go's parser does (SEMANTICS §2.10), and reported.
import { IPv4CidrRange, IPv6CidrRange, Validator } from 'ip-num';
import type { IpRange } from '../model/ip.js';
import { formatRange } from './ip-format.js';

export interface ParsedCidr {
  readonly range: IpRange;
  /** The network with host bits cleared, e.g. `10.0.0.0/8` for `10.1.2.3/8`. */
  readonly canonical: string;
  /** False when the text had host bits set. */
  readonly isCanonical: boolean;
}

/** Parsed texts: ip-num takes tens of microseconds a CIDR, and a repository repeats a few (the
 * same `except` list in every namespace, both revisions). A pure function's memo of immutable
 * values, bounded. */
const parsed = new Map<string, ParsedCidr | undefined>();
const MEMO_LIMIT = 100_000;

/** The parsed CIDR, or undefined when the text is not a CIDR. */
export function parseCidr(text: string): ParsedCidr | undefined {
  if (parsed.has(text)) return parsed.get(text);
  if (parsed.size >= MEMO_LIMIT) parsed.clear();
  const result = parseText(text);
  parsed.set(text, result);
  return result;
}

function parseText(text: string): ParsedCidr | undefined {
  const trimmed = text.trim();
  try {
    if (trimmed.includes(':')) {
      if (!Validator.isValidIPv6CidrNotation(trimmed)[0]) return undefined;
      const cidr = IPv6CidrRange.fromCidr(trimmed);
      return finish(cidr.getFirst().value, cidr.getLast().value, 6, Validator.isValidIPv6CidrRange(trimmed)[0]);
    }
    if (!Validator.isValidIPv4CidrNotation(trimmed)[0]) return undefined;
    const cidr = IPv4CidrRange.fromCidr(trimmed);
    return finish(cidr.getFirst().value, cidr.getLast().value, 4, Validator.isValidIPv4CidrRange(trimmed)[0]);
  } catch {
    return undefined;
  }
}

function finish(first: bigint, last: bigint, family: 4 | 6, isCanonical: boolean): ParsedCidr {
  const range = { family, first, last };
  return { range, canonical: formatRange(range)[0] as string, isCanonical };
}
