// Parses Calico's selector language (docs/semantics-calico.md §7) with a recursive-descent parser
// over a tokenizer, so that an error names the column where the selector stops making sense:
//   expr    := and ('||' and)*
//   and     := unary ('&&' unary)*
//   unary   := '!' unary | primary
//   primary := '(' expr ')' | 'all()' | 'global()' | 'has(' key ')'
//            | key ('==' | '!=' | 'contains' | 'starts with' | 'ends with') string
//            | key ('in' | 'not in') '{' [string (',' string)*] '}'
// An empty selector means all().
import type { CalicoSelector } from '../model/calico-selector.js';

export interface SelectorError {
  readonly message: string;
  /** 1-based column in the selector text. */
  readonly column: number;
}

interface Token {
  readonly kind: 'word' | 'string' | 'symbol';
  readonly text: string;
  readonly at: number;
}

const SYMBOLS = ['&&', '||', '==', '!=', '!', '(', ')', '{', '}', ','];
const WORD = /[A-Za-z0-9_./-]/;

function tokenize(text: string): Token[] | SelectorError {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return { message: `the string starting here has no closing ${c}`, column: i + 1 };
      tokens.push({ kind: 'string', text: text.slice(i + 1, end), at: i });
      i = end + 1;
      continue;
    }
    const symbol = SYMBOLS.find((s) => text.startsWith(s, i));
    if (symbol !== undefined) {
      tokens.push({ kind: 'symbol', text: symbol, at: i });
      i += symbol.length;
      continue;
    }
    if (WORD.test(c)) {
      let j = i;
      while (j < text.length && WORD.test(text[j] as string)) j++;
      tokens.push({ kind: 'word', text: text.slice(i, j), at: i });
      i = j;
      continue;
    }
    return { message: `unexpected character ${JSON.stringify(c)}`, column: i + 1 };
  }
  return tokens;
}

class Failure extends Error {
  constructor(readonly error: SelectorError) {
    super(error.message);
  }
}

export function parseCalicoSelector(text: string): CalicoSelector | SelectorError {
  const tokens = tokenize(text);
  if (!Array.isArray(tokens)) return tokens;
  if (tokens.length === 0) return { op: 'all' };
  let pos = 0;
  const peek = () => tokens[pos];
  const fail = (message: string, token = peek()): never => {
    throw new Failure({ message, column: token === undefined ? text.length + 1 : token.at + 1 });
  };
  const expect = (kind: Token['kind'], what: string, value?: string): Token => {
    const t = peek();
    if (t === undefined || t.kind !== kind || (value !== undefined && t.text !== value))
      return fail(`expected ${what}${t === undefined ? ' at the end' : `, found ${JSON.stringify(t.text)}`}`);
    pos++;
    return t;
  };
  const isSymbol = (s: string) => peek()?.kind === 'symbol' && peek()?.text === s;
  const isWord = (s: string, offset = 0) => tokens[pos + offset]?.kind === 'word' && tokens[pos + offset]?.text === s;

  const expr = (): CalicoSelector => {
    const operands = [and()];
    while (isSymbol('||')) {
      pos++;
      operands.push(and());
    }
    return operands.length === 1 ? (operands[0] as CalicoSelector) : { op: '||', operands };
  };
  const and = (): CalicoSelector => {
    const operands = [unary()];
    while (isSymbol('&&')) {
      pos++;
      operands.push(unary());
    }
    return operands.length === 1 ? (operands[0] as CalicoSelector) : { op: '&&', operands };
  };
  const unary = (): CalicoSelector => {
    if (isSymbol('!')) {
      pos++;
      return { op: '!', operand: unary() };
    }
    return primary();
  };
  const call = (name: string): boolean => {
    if (!isWord(name) || tokens[pos + 1]?.text !== '(') return false;
    pos += 2;
    return true;
  };
  const primary = (): CalicoSelector => {
    if (isSymbol('(')) {
      pos++;
      const inner = expr();
      expect('symbol', 'a closing parenthesis', ')');
      return inner;
    }
    if (call('all')) {
      expect('symbol', 'a closing parenthesis after all(', ')');
      return { op: 'all' };
    }
    if (call('global')) {
      expect('symbol', 'a closing parenthesis after global(', ')');
      return { op: 'global' };
    }
    if (call('has')) {
      const key = expect('word', 'a label key in has()').text;
      expect('symbol', 'a closing parenthesis after has(key', ')');
      return { op: 'has', key };
    }
    const key = expect('word', 'a label key, has(), all(), global(), ! or (').text;
    if (isSymbol('==') || isSymbol('!=')) {
      const op = (peek() as Token).text as '==' | '!=';
      pos++;
      return { op, key, value: expect('string', 'a quoted value').text };
    }
    if (isWord('contains')) {
      pos++;
      return { op: 'contains', key, value: expect('string', 'a quoted value after contains').text };
    }
    for (const first of ['starts', 'ends'] as const) {
      if (isWord(first) && isWord('with', 1)) {
        pos += 2;
        return { op: `${first} with`, key, value: expect('string', `a quoted value after ${first} with`).text };
      }
    }
    if (isWord('in')) {
      pos++;
      return { op: 'in', key, values: set() };
    }
    if (isWord('not') && isWord('in', 1)) {
      pos += 2;
      return { op: 'not in', key, values: set() };
    }
    return fail(`expected ==, !=, in, not in, contains, starts with or ends with after the label key ${key}`);
  };
  const set = (): string[] => {
    expect('symbol', 'a { to start the set of values', '{');
    const values: string[] = [];
    if (isSymbol('}')) {
      pos++;
      return values;
    }
    for (;;) {
      values.push(expect('string', 'a quoted value in the set').text);
      if (isSymbol('}')) {
        pos++;
        return values;
      }
      expect('symbol', 'a comma or } in the set', ',');
    }
  };

  try {
    const result = expr();
    if (pos < tokens.length) fail('expected && or || between two terms');
    return result;
  } catch (e) {
    if (e instanceof Failure) return e.error;
    throw e;
  }
}

export function isSelectorError(value: CalicoSelector | SelectorError): value is SelectorError {
  return 'message' in value;
}

/** The selector as Calico would print it, for messages and because-lines. */
export function formatCalicoSelector(s: CalicoSelector): string {
  const q = (v: string) => `'${v}'`;
  switch (s.op) {
    case 'all':
    case 'global':
      return `${s.op}()`;
    case 'has':
      return `has(${s.key})`;
    case 'in':
    case 'not in':
      return `${s.key} ${s.op} {${s.values.map(q).join(', ')}}`;
    case '!':
      return s.operand.op === 'has' ? `!${formatCalicoSelector(s.operand)}` : `!(${formatCalicoSelector(s.operand)})`;
    case '&&':
    case '||':
      return s.operands
        .map((o) =>
          o.op === '||' || (o.op === '&&' && s.op === '||') ? `(${formatCalicoSelector(o)})` : formatCalicoSelector(o),
        )
        .join(` ${s.op} `);
    default:
      return `${s.key} ${s.op} ${q(s.value)}`;
  }
}
