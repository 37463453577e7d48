import { getLocation, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { messages } from '../../src/data/validation/messages.ts';
import type { Bilingual, DataPath } from '../../src/data/validation/problem.ts';

/** Keyed by jsonc-parser's error names (printParseErrorCode). */
const explanations: Partial<Record<string, Bilingual>> = {
  InvalidSymbol: { pl: 'niedozwolony znak', en: 'unexpected character' },
  InvalidNumberFormat: { pl: 'niepoprawny zapis liczby', en: 'invalid number' },
  PropertyNameExpected: {
    pl: 'oczekiwano nazwy pola w cudzysłowie; może zbędny przecinek przed "}"?',
    en: 'expected a key in quotes; a stray comma before "}"?',
  },
  ValueExpected: {
    pl: 'oczekiwano wartości; może zbędny przecinek przed "]" albo brak wartości po ":"?',
    en: 'expected a value; a stray comma before "]" or nothing after ":"?',
  },
  ColonExpected: {
    pl: 'oczekiwano dwukropka ":" po nazwie pola',
    en: 'expected a colon ":" after the key',
  },
  CommaExpected: {
    pl: 'oczekiwano przecinka między elementami',
    en: 'expected a comma between items',
  },
  CloseBraceExpected: {
    pl: 'oczekiwano "}" zamykającego obiekt (plik urwany?)',
    en: 'expected "}" to close the object (is the file cut short?)',
  },
  CloseBracketExpected: {
    pl: 'oczekiwano "]" zamykającego listę (plik urwany?)',
    en: 'expected "]" to close the list (is the file cut short?)',
  },
  EndOfFileExpected: {
    pl: 'po zamknięciu całego obiektu jest jeszcze tekst',
    en: 'there is more text after the whole object was closed',
  },
  InvalidCommentToken: {
    pl: 'JSON nie pozwala na komentarze',
    en: 'JSON does not allow comments',
  },
  UnexpectedEndOfComment: { pl: 'niezamknięty komentarz', en: 'unclosed comment' },
  UnexpectedEndOfString: {
    pl: 'niezamknięty tekst: brak cudzysłowu " na końcu',
    en: 'unclosed text: the closing quote " is missing',
  },
  UnexpectedEndOfNumber: { pl: 'urwana liczba', en: 'number cut short' },
  InvalidUnicode: {
    pl: 'niepoprawny zapis \\u w tekście',
    en: 'invalid \\u escape in text',
  },
  InvalidEscapeCharacter: {
    pl: 'niedozwolony znak po "\\" w tekście; ukośnik wsteczny zapisuj jako "\\\\"',
    en: 'invalid character after "\\" in text; write a backslash as "\\\\"',
  },
  InvalidCharacter: {
    pl: 'niedozwolony znak sterujący (np. tabulator lub nowy wiersz) wewnątrz tekstu',
    en: 'a control character (e.g. a tab or new line) inside text',
  },
};

export interface SyntaxProblem {
  readonly offset: number;
  readonly path: DataPath;
  readonly message: Bilingual;
}

/** "52,4" in place of 52.4: a number, a comma and digits where a key should start. */
function isDecimalComma(text: string, error: ParseError): boolean {
  return (
    /\d,[ \t]*$/.test(text.slice(Math.max(0, error.offset - 12), error.offset)) &&
    /^\d/.test(text.slice(error.offset))
  );
}

function problemAt(
  text: string,
  offset: number,
  message: Bilingual,
  pathOffset = offset,
): SyntaxProblem {
  const path = getLocation(text, pathOffset).path.filter((key) => key !== '');
  return { offset, path, message };
}

/** Points at the comma in "lat": 52,4, with the path of the number before it. */
function decimalComma(text: string, error: ParseError): SyntaxProblem {
  const comma = text.lastIndexOf(',', error.offset);
  return problemAt(text, comma, messages.decimalComma(), comma - 1);
}

const hints = {
  singleQuotes: {
    pl: 'tekst i nazwy pól zapisuj w cudzysłowie podwójnym "…", nie w apostrofach \'…\'',
    en: 'write text and keys in double quotes "…", not single quotes \'…\'',
  },
  bareWord: {
    pl: 'tekst i nazwy pól muszą być w cudzysłowie "…"; bez cudzysłowu wolno pisać tylko liczby, true, false i null',
    en: 'text and keys must be in double quotes "…"; only numbers, true, false and null go without quotes',
  },
  mergeMarkers: {
    pl: 'w pliku zostały znaczniki konfliktu wersji (<<<<<<<, =======, >>>>>>>): zostaw jedną wersję i usuń znaczniki',
    en: 'version-conflict markers (<<<<<<<, =======, >>>>>>>) are left in the file: keep one version and remove the markers',
  },
  mangledByteOrderMark: {
    pl: 'znaki ï»¿ to znak BOM zapisany w złym kodowaniu: usuń je i zapisz plik jako UTF-8',
    en: 'the characters ï»¿ are a byte order mark saved in the wrong encoding: delete them and save the file as UTF-8',
  },
  htmlPage: {
    pl: 'to wygląda na stronę WWW (HTML), nie na plik JSON z danymi',
    en: 'this looks like a web page (HTML), not a JSON data file',
  },
  byteOrderMark: {
    pl: 'niewidoczny znak BOM (U+FEFF) w niewłaściwym miejscu: usuń go albo zapisz plik ponownie jako UTF-8',
    en: 'an invisible byte order mark (U+FEFF) in the wrong place: delete it or save the file again as UTF-8',
  },
} satisfies Record<string, Bilingual>;

/** The item a comma follows: `visits[7]` after a visit's "}", `cities[4].relation` after a value. */
function pathBeforeComma(text: string, comma: number): DataPath {
  const clean = (path: DataPath) => path.filter((key) => key !== '');
  const last = text.slice(0, comma).trimEnd().at(-1);
  if (last === '}' || last === ']') {
    const next = clean(getLocation(text, comma + 1).path);
    const index = next.at(-1);
    return typeof index === 'number' ? [...next.slice(0, -1), index - 1] : next;
  }
  return clean(getLocation(text, comma - 1).path);
}

/** A more exact place and a more helpful explanation than the parser's own. */
function pinpoint(
  text: string,
  error: ParseError,
): { offset: number; explanation: Bilingual; path?: DataPath } {
  const code = printParseErrorCode(error.error);
  const generic = explanations[code] ?? { pl: 'niepoprawny JSON', en: 'invalid JSON' };
  const char = text[error.offset] ?? '';
  if (code === 'CommaExpected') {
    // The comma is missing after the previous item, not before the next one.
    return { offset: text.slice(0, error.offset).trimEnd().length, explanation: generic };
  }
  const closing = char === ']' || char === '}';
  if ((code === 'ValueExpected' || code === 'PropertyNameExpected') && closing) {
    // A comma before "]" or "}": point at the comma, not at an item that does not exist.
    const comma = text.lastIndexOf(',', error.offset);
    if (comma >= 0 && text.slice(comma + 1, error.offset).trim() === '') {
      return { offset: comma, explanation: generic, path: pathBeforeComma(text, comma) };
    }
  }
  if (code === 'InvalidEscapeCharacter') {
    const escape = /\\(?!["\\/bfnrtu])/.exec(text.slice(error.offset, error.offset + error.length));
    return { offset: error.offset + (escape?.index ?? 0), explanation: generic };
  }
  if (char === '\uFEFF') return { offset: error.offset, explanation: hints.byteOrderMark };
  if (char === "'") return { offset: error.offset, explanation: hints.singleQuotes };
  if (text.startsWith('ï»¿', error.offset)) {
    return { offset: error.offset, explanation: hints.mangledByteOrderMark };
  }
  if (/^(<{7}|={7}|>{7})/.test(text.slice(error.offset, error.offset + 7))) {
    return { offset: error.offset, explanation: hints.mergeMarkers };
  }
  if (char === '<' && /^\s*$/.test(text.slice(0, error.offset))) {
    return { offset: error.offset, explanation: hints.htmlPage };
  }
  if (/[\p{L}_]/u.test(char)) return { offset: error.offset, explanation: hints.bareWord };
  return { offset: error.offset, explanation: generic };
}

/**
 * Nesting far deeper than any data file: refused before a recursive parser overflows. In text
 * JSON.parse refused, the depth is the parser's own (counted in its callbacks), so text it
 * reads differently (a string cut short by a new line, brackets skipped while recovering)
 * cannot slip past.
 */
export const MAX_DEPTH = 64;

/** Thrown from the parser's callbacks to stop it at the bracket that opens one level too many. */
class TooDeep {
  constructor(readonly offset: number) {}
}

/** What a scan of the whole text found, kept small however broken the text is. */
interface Scan {
  /** The first syntax error: later ones are mostly echoes of it. */
  first: ParseError | undefined;
  /** Some error sits at the very end: the file was cut short (a failed upload, a bad copy). */
  truncated: boolean;
  /** Offset of the bracket that opens level MAX_DEPTH + 1, if the parser got that deep. */
  tooDeepAt: number | undefined;
}

/**
 * One streaming pass of the parser (much lighter than a syntax tree on a large file). Keeps
 * the first error, not all of them (a binary file has millions).
 */
function scan(text: string): Scan {
  const found: Scan = { first: undefined, truncated: false, tooDeepAt: undefined };
  const end = text.trimEnd().length;
  let depth = 0;
  const enter = (offset: number) => {
    if (depth >= MAX_DEPTH) throw new TooDeep(offset);
    depth += 1;
  };
  try {
    visit(
      text,
      {
        onObjectBegin: (offset) => enter(offset),
        onObjectEnd: () => void (depth -= 1),
        onArrayBegin: (offset) => enter(offset),
        onArrayEnd: () => void (depth -= 1),
        onError: (error, offset, length) => {
          found.first ??= { error, offset, length };
          if (offset >= end) found.truncated = true;
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    found.tooDeepAt = error.offset;
  }
  return found;
}

/** Nesting deeper than MAX_DEPTH in text JSON.parse accepted, found by the shared reader. */
export function tooDeep(offset: number): SyntaxProblem {
  return { offset, path: [], message: messages.tooDeep(MAX_DEPTH) };
}

/**
 * The first syntax error of a text the app's reader refused (read-json-bytes.ts, with
 * JSON.parse), with its position and an explanation: the app's words, "not valid JSON", do
 * not say where.
 */
export function syntaxProblem(text: string): SyntaxProblem {
  if (text.trim() === '') return { offset: 0, path: [], message: messages.emptyFile() };
  const { first, truncated, tooDeepAt } = scan(text);
  // An error before the nesting went too deep is the cause (say, a string cut short by a new
  // line, after which the parser reads its brackets as structure): report that one.
  if (tooDeepAt !== undefined && (first === undefined || first.offset >= tooDeepAt)) {
    return tooDeep(tooDeepAt);
  }
  if (first !== undefined) {
    if (isDecimalComma(text, first)) return decimalComma(text, first);
    if (truncated) return problemAt(text, first.offset, messages.truncated());
    const { offset, explanation, path } = pinpoint(text, first);
    const problem = problemAt(text, offset, messages.syntax(explanation));
    return path ? { ...problem, path } : problem;
  }
  // The parser here is more lenient than JSON.parse (e.g. about white space): its words then.
  let error: unknown = 'invalid JSON';
  try {
    JSON.parse(text);
  } catch (thrown) {
    error = thrown;
  }
  const position = /position (\d+)/.exec(String(error));
  const offset = position ? Number(position[1]) : 0;
  return problemAt(text, offset, messages.syntax({ pl: String(error), en: String(error) }));
}
