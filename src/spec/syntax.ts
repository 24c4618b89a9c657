/**
 * Strict JSON parsing on top of jsonc-parser: comments and trailing commas are errors (the file is
 * JSON, and other tools will read it as such), and every syntax error gets a message that says
 * how to fix it, located where the fix goes.
 */
import { createScanner, Node, ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';

/** Deepest nesting accepted. A spec needs about 5 levels; the parser recurses per level. */
export const MAX_NESTING = 100;

/** Syntax errors reported per file: after a few, the rest are mostly echoes of the first. */
export const MAX_SYNTAX_ERRORS = 10;

/** A syntax error as an offset range in the text. */
export interface SyntaxProblem {
  offset: number;
  length: number;
  message: string;
}

// jsonc-parser's SyntaxKind is a const enum, which transpilers that work file by file cannot inline.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;

/** Parses JSON strictly; `root` is the (possibly partial) tree, absent when nothing could be parsed. */
export function parseStrictJson(text: string): { root?: Node; problems: SyntaxProblem[] } {
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep !== undefined) {
    const message = `JSON syntax error: values are nested more than ${MAX_NESTING} levels deep; a spec needs only a few levels`;
    return { problems: [{ offset: tooDeep, length: 1, message }] };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const problems: SyntaxProblem[] = [];
  let previousEnd = -1;
  for (const error of errors) {
    // One mistake often yields a train of errors right after it; the first explains it best.
    if (previousEnd >= 0 && error.offset >= previousEnd - 1 && isBlank(text, previousEnd, error.offset)) continue;
    if (error.offset < previousEnd) continue;
    problems.push(describe(text, error));
    previousEnd = error.offset + Math.max(error.length, 1);
    if (problems.length >= MAX_SYNTAX_ERRORS) break;
  }
  return { root, problems };
}

/** True when text[from, to) is only JSON whitespace (or empty). */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') return false;
  }
  return true;
}

/** Offset of the first bracket that opens a level beyond MAX_NESTING, using jsonc-parser's own tokenizer. */
function findExcessiveNesting(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      depth++;
      if (depth > MAX_NESTING) return scanner.getTokenOffset();
    } else if ((token === CLOSE_BRACE || token === CLOSE_BRACKET) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

function describe(text: string, error: ParseError): SyntaxProblem {
  const code = printParseErrorCode(error.error);
  const at = { offset: error.offset, length: error.length };
  const trailingComma = trailingCommaBefore(text, error.offset);
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && trailingComma !== undefined) {
    const closer = text[error.offset];
    return { offset: trailingComma, length: 1, message: `JSON syntax error: trailing comma before "${closer}"; JSON allows none there, remove it` };
  }
  if (code === 'ValueExpected' && text.trim() === '') {
    return { ...at, message: 'the file is empty: a spec is a JSON object with at least "data", "layers" and "loss"' };
  }
  if (code === 'InvalidSymbol') return { ...at, message: invalidSymbolMessage(text.slice(error.offset, error.offset + Math.min(error.length, 40))) };
  return { ...at, message: `JSON syntax error: ${MESSAGES[code] ?? code}` };
}

const MESSAGES: Record<string, string> = {
  InvalidNumberFormat: 'invalid number; write numbers like 3, -0.5 or 1e-3',
  PropertyNameExpected: 'expected a property name in double quotes, e.g. "units"',
  ValueExpected: 'expected a value (a number, a "string", true, false, null, an object or an array)',
  ColonExpected: 'expected ":" between the property name and its value',
  CommaExpected: 'expected "," between two items (is a comma missing at the end of the previous item?)',
  CloseBraceExpected: 'expected "," or "}" (is a comma or a closing brace missing?)',
  CloseBracketExpected: 'expected "," or "]" (is a comma or a closing bracket missing?)',
  EndOfFileExpected: 'unexpected text after the end of the spec; a spec is exactly one JSON object',
  InvalidCommentToken: 'comments are not allowed in JSON; remove it',
  UnexpectedEndOfComment: 'unterminated comment (and comments are not allowed in JSON); remove it',
  UnexpectedEndOfString: 'unterminated string: add the closing double quote (strings cannot span lines)',
  UnexpectedEndOfNumber: 'the number ends too early, e.g. "1." needs a digit after the point',
  InvalidUnicode: 'invalid \\u escape: it needs exactly 4 hexadecimal digits, e.g. \\u00e9',
  InvalidEscapeCharacter: 'invalid escape in a string; write a backslash as \\\\',
  InvalidCharacter: 'control character inside a string; write it escaped, e.g. \\t',
};

function invalidSymbolMessage(symbol: string): string {
  const shown = JSON.stringify(symbol);
  if (symbol.startsWith("'")) return `JSON syntax error: unexpected ${shown}; JSON strings use double quotes`;
  if (/^(NaN|-?Infinity|undefined)$/.test(symbol)) return `JSON syntax error: ${symbol} is not a JSON value; write a number or null`;
  if (/^(True|False|TRUE|FALSE|None|Null|NULL)$/.test(symbol)) {
    return `JSON syntax error: unexpected ${shown}; JSON spells these true, false and null`;
  }
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(symbol)) return `JSON syntax error: unexpected ${shown}; strings need double quotes: "${symbol}"`;
  return `JSON syntax error: unexpected ${shown}`;
}

/** Offset of a comma directly before a closing `}`/`]` at `offset` (whitespace between), if any. */
function trailingCommaBefore(text: string, offset: number): number | undefined {
  const closer = text[offset];
  if (closer !== '}' && closer !== ']') return undefined;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text[i] === ',' ? i : undefined;
}
