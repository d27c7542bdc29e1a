// Finds the unquoted `yes`, `no`, `on`, `off`, `y`, `n` (any case form) that YAML 1.1 reads as
// booleans, where netreach reads them: label keys and values, selector values, object names.
// kubectl decodes with go-yaml v2 (YAML 1.1): a boolean label value makes it refuse the object
// ("cannot unmarshal bool into Go struct field ObjectMeta.metadata.labels of type string") and
// a boolean key becomes "true"/"false". kustomize (go-yaml v3, YAML 1.2) and netreach read the
// string. The Go tools disagree, so netreach keeps the string and says so.
import { EVENT_ID, SCALAR_STYLE, getScalarValue, type Event } from 'js-yaml';

const YAML_1_1_BOOLEAN = /^(?:y|Y|yes|Yes|YES|on|On|ON|n|N|no|No|NO|off|Off|OFF)$/;
const FALSE = /^(?:n|N|no|No|NO|off|Off|OFF)$/;
/** A cheap test before walking the events. */
const MAY_HOLD = /(?:^|[\s:,[{-])(?:y|Y|yes|Yes|YES|on|On|ON|n|N|no|No|NO|off|Off|OFF)(?=$|[\s,\]}:#])/m;
/** Mappings from label key to label value. */
const LABEL_MAPS = new Set(['labels', 'matchLabels', 'selector', 'nodeSelector']);

export interface Yaml11Boolean {
  /** Offset of the scalar in the text the events were parsed from. */
  readonly offset: number;
  readonly text: string;
  /** What go-yaml v2 reads. */
  readonly value: boolean;
  readonly isKey: boolean;
  /** Which field it is, e.g. `metadata.namespace`, `labels`, `matchExpressions values`. */
  readonly field: string;
}

type Path = readonly (string | number)[];
interface Frame {
  readonly kind: 'document' | 'mapping' | 'sequence';
  readonly path: Path;
  /** Mapping: the key whose value comes next, or undefined while a key is awaited. */
  key?: string | number | undefined;
  awaitingKey: boolean;
  index: number;
}

export function findYaml11Booleans(events: readonly Event[], text: string): Yaml11Boolean[] {
  if (!MAY_HOLD.test(text)) return [];
  const found: Yaml11Boolean[] = [];
  const stack: Frame[] = [];
  for (const event of events) {
    if (event.type === EVENT_ID.POP) {
      const done = stack.pop();
      if (done !== undefined && done.kind !== 'document') afterNode(stack.at(-1));
      continue;
    }
    if (event.type === EVENT_ID.DOCUMENT) {
      stack.push({ kind: 'document', path: [], awaitingKey: false, index: 0 });
      continue;
    }
    const parent = stack.at(-1);
    const isKey = parent?.kind === 'mapping' && parent.awaitingKey;
    const path = pathOf(parent);
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      if (isKey) parent.key = -1; // a complex key: nothing netreach reads sits below it
      stack.push({ kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence', path, awaitingKey: true, index: 0 });
      continue;
    }
    if (event.type === EVENT_ID.SCALAR) {
      const value = getScalarValue(text, event);
      const field =
        event.style === SCALAR_STYLE.PLAIN && YAML_1_1_BOOLEAN.test(value) ? fieldRead(parent, isKey) : undefined;
      if (field !== undefined)
        found.push({ offset: event.valueStart, text: value, value: !FALSE.test(value), isKey, field });
      if (isKey) {
        parent.key = value;
        parent.awaitingKey = false;
        continue;
      }
    }
    afterNode(parent);
  }
  return found;
}

function pathOf(parent: Frame | undefined): Path {
  if (parent === undefined || parent.kind === 'document') return [];
  if (parent.kind === 'sequence') return [...parent.path, parent.index];
  return parent.awaitingKey ? parent.path : [...parent.path, parent.key ?? ''];
}

function afterNode(parent: Frame | undefined): void {
  if (parent === undefined) return;
  if (parent.kind === 'sequence') parent.index++;
  else if (parent.kind === 'mapping') {
    if (parent.awaitingKey)
      parent.awaitingKey = false; // the complex key is done; its value comes
    else {
      parent.awaitingKey = true;
      parent.key = undefined;
    }
  }
}

/** The field, where netreach reads the scalar: a key or value of a label map, a matchExpressions
 * key or value, metadata.name or metadata.namespace; undefined elsewhere. */
function fieldRead(parent: Frame | undefined, isKey: boolean): string | undefined {
  if (parent === undefined || parent.kind === 'document') return undefined;
  const at = (i: number) => parent.path[parent.path.length - i];
  if (parent.kind === 'sequence')
    return at(1) === 'values' && at(3) === 'matchExpressions' ? 'matchExpressions values' : undefined;
  if (LABEL_MAPS.has(String(at(1)))) return `${String(at(1))} ${isKey ? 'key' : 'value'}`;
  if (isKey) return undefined;
  if (at(1) === 'metadata' && (parent.key === 'name' || parent.key === 'namespace')) return `metadata.${parent.key}`;
  return parent.key === 'key' && at(2) === 'matchExpressions' ? 'matchExpressions key' : undefined;
}
