// The compact description of the fields an object may hold, as the API server's strict field
// validation knows them. Which kind has which shape is left to the *-shapes.ts files; walking an
// object against a shape, to find-unknown-fields.ts.

/**
 * `'any'`: a value whose inside is not checked (a scalar, a map of free keys such as labels, or a
 * subtree netreach never reads). A one-element array: a list whose items have that shape. An
 * object: a mapping that may hold exactly these fields.
 */
export type Shape = 'any' | readonly [Shape] | { readonly [field: string]: Shape };

/** Fields whose insides are not checked, written as one space-separated list of names. */
export function leaves(names: string): Readonly<Record<string, 'any'>> {
  return Object.fromEntries(
    names
      .split(/\s+/)
      .filter((n) => n !== '')
      .map((n) => [n, 'any' as const]),
  );
}
