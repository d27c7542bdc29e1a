// Reads the whitespace of a YAML text as go-yaml does (the parser of kubectl, through
// sigs.k8s.io/yaml, and of kustomize, through kyaml) where js-yaml reads it differently. A line
// scanner, not a YAML parser: it follows flow depth, quotes, comments and block scalars only.
//
// What go-yaml does, checked with kubectl 1.32 and kustomize 5.5 (the corpus is described in
// test/manifests/go-yaml-whitespace.test.ts):
// - inside flow collections a tab separates tokens like a space (`args: [ "a",\t"b" ]`), also at
//   the start of a line, and a flow content line may be indented less than its parent: js-yaml
//   refuses both ("deficient indentation"). Only a tab that would continue a plain scalar onto
//   a new line is refused by go-yaml too ("found a tab character that violates indentation");
// - outside flow collections a tab in the indentation of a line is refused, even on a blank or
//   comment line, where js-yaml accepts it;
// - a directive (`%YAML`, `%TAG`) is refused: kubectl splits it from its document at `---`
//   ("did not find expected <document start>"), and so does kustomize;
// - a multi-line quoted scalar may go on at any indentation, with tabs: both fold it away.
// Tabs stay content inside quoted and block scalars and between the words of a plain scalar.

export interface GoYamlWhitespace {
  /** The text with each separating tab inside a flow collection turned into a space and each flow
   * content line indented deeper than the bracket that opened the collection: what js-yaml then
   * reads as go-yaml reads the original. Same lines; offsets move. Undefined when nothing changes. */
  readonly flowText: string | undefined;
  /** Where go-yaml refuses what js-yaml accepts: offset of the line, and why. */
  readonly refusals: readonly { readonly offset: number; readonly reason: Refusal }[];
}

interface State {
  /** Depth of flow collections; 0 in block context. */
  flow: number;
  /** Column of the bracket that opened the outermost flow collection, or of the quote that
   * opened a quoted scalar in block context. */
  openColumn: number;
  quote: '"' | "'" | undefined;
  /** Inside a plain scalar of a flow collection (it may go on to the next line). */
  plain: boolean;
  /** In flow: a scalar or collection may start here (after `[`, `{`, `,`, `:`). */
  expectToken: boolean;
  /** In a block scalar (`|`, `>`) whose parent line has this indentation. */
  blockScalarParent: number | undefined;
  /** The block scalar's content indentation (spaces of its first non-blank line), once known. */
  blockScalarIndent: number | undefined;
  /** After a `...` line and before the next document's content (go-yaml skips tabs there). */
  afterDocumentEnd: boolean;
  /** False once the rewrite was given up: lines are then only scanned. */
  rewrite: boolean;
}

type Refusal = 'tab-indent' | 'directive';

/** Characters that indenting flow lines may add to a text before netreach gives up on it. */
const MAX_ADDED = 1 << 20;

export function readGoYamlWhitespace(text: string): GoYamlWhitespace {
  const state: State = {
    flow: 0,
    openColumn: 0,
    quote: undefined,
    plain: false,
    expectToken: false,
    blockScalarParent: undefined,
    blockScalarIndent: undefined,
    afterDocumentEnd: false,
    rewrite: true,
  };
  const refusals: { offset: number; reason: Refusal }[] = [];
  // Indenting continuation lines adds characters: hostile input (a bracket far to the right,
  // then many short lines) must not make the text grow without bound.
  let rewritten: string[] | undefined = [];
  let changed = false;
  let added = 0;
  let offset = 0;
  for (const line of text.split('\n')) {
    const out = readLine(line, state, (reason) => refusals.push({ offset, reason }));
    offset += line.length + 1;
    if (rewritten === undefined) continue;
    added += out.length - line.length;
    if (added > MAX_ADDED) {
      rewritten = undefined;
      state.rewrite = false;
      continue;
    }
    if (out !== line) changed = true;
    rewritten.push(out);
  }
  return { flowText: rewritten !== undefined && changed ? rewritten.join('\n') : undefined, refusals };
}

/** One line: returns it as js-yaml should read it. */
function readLine(line: string, state: State, refuse: (reason: Refusal) => void): string {
  const lead = (/^[ \t]*/.exec(line) as RegExpExecArray)[0];
  const rest = line.slice(lead.length);
  const blank = /^\r?$/.test(rest);
  if (state.blockScalarParent !== undefined) {
    // A block scalar's indentation is made of spaces; a tab after it is content, a tab within
    // it is refused ("found a tab character where an indentation space is expected").
    const spaces = (/^ */.exec(line) as RegExpExecArray)[0].length;
    if (blank || spaces > state.blockScalarParent) {
      if (!blank) state.blockScalarIndent ??= spaces;
      if (lead.includes('\t') && spaces < (state.blockScalarIndent ?? Infinity)) refuse('tab-indent');
      return line;
    }
    state.blockScalarParent = undefined;
    state.blockScalarIndent = undefined;
  }
  if (state.quote !== undefined) {
    // Continuation of a quoted scalar: its leading whitespace is folded away, so it may change.
    const newLead = continuationLead(lead, state, blank);
    return state.flow > 0 ? newLead + scanFlow(rest, state) : newLead + scanBlock(rest, newLead.length, state, false);
  }
  if (state.flow > 0) {
    // go-yaml refuses a tab that would continue a plain scalar: leave the line for js-yaml to refuse.
    if (state.plain && lead.includes('\t')) return line;
    return continuationLead(lead, state, blank) + scanFlow(rest, state);
  }
  if (/^\.\.\.(?:[ \t#\r]|$)/.test(line)) state.afterDocumentEnd = true;
  else if (!blank) state.afterDocumentEnd = false;
  if (lead.includes('\t') && !(blank && state.afterDocumentEnd)) refuse('tab-indent');
  if (lead === '' && rest.startsWith('%')) refuse('directive');
  return lead + scanBlock(rest, lead.length, state);
}

function continuationLead(lead: string, state: State, blank: boolean): string {
  if (blank || !state.rewrite) return lead.replace(/\t/g, ' ');
  return ' '.repeat(Math.max(lead.length, state.openColumn + 1));
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const ends = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\r';

/** Block context: finds where a flow collection, a quoted scalar or a block scalar starts.
 * `indent` is the column of `rest`'s first character. */
function scanBlock(rest: string, indent: number, state: State, nodeStart = true): string {
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i] as string;
    if (state.quote !== undefined) {
      i = skipQuoted(rest, i, state);
      nodeStart = false;
      continue;
    }
    if (c === '#' && (i === 0 || isSpace(rest[i - 1]))) return rest;
    if (nodeStart) {
      if (isSpace(c)) continue;
      if (c === '"' || c === "'") {
        state.quote = c;
        state.openColumn = indent + i;
        nodeStart = false;
        continue;
      }
      if (c === '[' || c === '{') {
        state.flow = 1;
        state.openColumn = indent + i;
        state.expectToken = true;
        state.plain = false;
        return rest.slice(0, i + 1) + scanFlow(rest.slice(i + 1), state);
      }
      if ((c === '|' || c === '>') && /^[|>][0-9+-]*[ \t]*(#.*)?\r?$/.test(rest.slice(i))) {
        state.blockScalarParent = indent;
        return rest;
      }
      if ((c === '-' || c === '?') && ends(rest[i + 1])) continue;
      if (c === '&' || c === '!') {
        while (i + 1 < rest.length && !isSpace(rest[i + 1])) i++;
        continue;
      }
      if (rest.startsWith('---', i) && ends(rest[i + 3])) {
        i += 2;
        continue;
      }
      nodeStart = false;
    }
    if (c === ':' && ends(rest[i + 1])) nodeStart = true;
  }
  return rest;
}

/** Index of the last character read of a quoted scalar that starts or goes on at `i`. */
function skipQuoted(rest: string, i: number, state: State): number {
  for (let j = i; j < rest.length; j++) {
    const c = rest[j];
    if (state.quote === '"' && c === '\\') {
      j++;
      continue;
    }
    if (c !== state.quote) continue;
    if (state.quote === "'" && rest[j + 1] === "'") {
      j++;
      continue;
    }
    state.quote = undefined;
    return j;
  }
  return rest.length;
}

/** Flow context: turns separating tabs into spaces, and follows the collection to its end. */
function scanFlow(rest: string, state: State): string {
  const out = rest.split('');
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i] as string;
    if (state.flow === 0) return out.slice(0, i).join('') + scanBlock(rest.slice(i), state.openColumn, state, false);
    if (state.quote !== undefined) {
      i = skipQuoted(rest, i, state);
      state.expectToken = false;
      continue;
    }
    if (isSpace(c)) {
      let j = i;
      while (isSpace(rest[j])) j++;
      // Whitespace inside a plain scalar (`a\tb`) is content; around tokens it separates.
      if (!state.plain || endsPlain(rest, j)) for (let k = i; k < j; k++) out[k] = ' ';
      i = j - 1;
      continue;
    }
    if (c === '#' && (i === 0 || isSpace(rest[i - 1]))) {
      state.plain = false;
      break;
    }
    if (!state.plain && (c === '"' || c === "'")) {
      state.quote = c;
      continue;
    }
    if (c === '[' || c === '{') {
      state.flow++;
      state.expectToken = true;
      state.plain = false;
    } else if (c === ']' || c === '}') {
      state.flow--;
      state.plain = false;
      state.expectToken = false;
    } else if (
      c === ',' ||
      (c === ':' && (ends(rest[i + 1]) || ',[]{}'.includes(rest[i + 1] as string) || !state.plain))
    ) {
      state.plain = false;
      state.expectToken = true;
    } else if (!(c === '?' && state.expectToken && ends(rest[i + 1])) && c !== '\r') {
      state.plain = true;
      state.expectToken = false;
    }
  }
  return out.join('');
}

/** Whether a plain scalar ends at `j` (after whitespace): at a flow indicator, a comment or the line end. */
function endsPlain(rest: string, j: number): boolean {
  const c = rest[j];
  return (
    c === undefined ||
    c === '\r' ||
    c === '#' ||
    c === ',' ||
    c === ']' ||
    c === '}' ||
    (c === ':' && ends(rest[j + 1]))
  );
}
