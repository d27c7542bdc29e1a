// Walks a parsed object against its shape and lists the fields the shape does not know, with
// their path. Values of the wrong type (a scalar where a mapping belongs) are left to the readers
// of each kind; a field inside an unknown field is not looked at.
import type { DocumentPath } from '../../model/manifest.js';
import { isRecord } from '../is-record.js';
import type { Shape } from './shape.js';

export interface UnknownField {
  /** Path of the field from the object's root, ending with the field's own name. */
  readonly path: DocumentPath;
  /** The fields known at that place, in the shape's order. */
  readonly known: readonly string[];
}

export function findUnknownFields(value: unknown, shape: Shape): UnknownField[] {
  const found: UnknownField[] = [];
  walk(value, shape, [], found);
  return found;
}

function walk(value: unknown, shape: Shape, path: DocumentPath, found: UnknownField[]): void {
  if (shape === 'any') return;
  if (Array.isArray(shape)) {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, shape[0] as Shape, [...path, i], found));
    return;
  }
  if (!isRecord(value)) return;
  const fields = shape as { readonly [field: string]: Shape };
  for (const [key, child] of Object.entries(value)) {
    // Own fields only: `constructor` or `__proto__` in a manifest is unknown, not Object's.
    if (Object.hasOwn(fields, key)) walk(child, fields[key] as Shape, [...path, key], found);
    else found.push({ path: [...path, key], known: Object.keys(fields) });
  }
}
