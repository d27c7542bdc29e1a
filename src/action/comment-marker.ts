// The hidden first line that lets a later run find, and judge, the comment an earlier run wrote:
// which tool, which key, which revisions.

export interface Marker {
  readonly key: string;
  readonly base: string;
  readonly head: string;
}

const PATTERN =
  /^<!-- netreach:comment key="([A-Za-z0-9._/-]{1,64})" base="([0-9a-f]{0,64})" head="([0-9a-f]{0,64})" -->/;

export function writeMarker(marker: Marker): string {
  return `<!-- netreach:comment key="${marker.key}" base="${marker.base}" head="${marker.head}" -->`;
}

/** The marker on the first line of a comment body, or undefined when it is not ours. */
export function readMarker(body: string | undefined | null): Marker | undefined {
  const match = PATTERN.exec(body ?? '');
  if (match === null) return undefined;
  return { key: match[1] as string, base: match[2] as string, head: match[3] as string };
}
