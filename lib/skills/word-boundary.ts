import { SPACE, foldCodeUnit, isWordCodeUnit } from './fold-code-unit';

/*
 * Where a skill name may start and end. \b is no use here: it takes accented letters for
 * boundaries (/\bRGAA\b/ matches in "RGAAé") and never finds one after a name ending in a
 * symbol ("C++ et", "C# ou").
 */

const DOT = 0x2e;
/** Characters that open a URL in prose, Markdown ("[text](url)") or HTML ("href=\"url\""). */
const URL_OPENERS = new Set(['(', '<', '[', '"', "'", '='].map((char) => char.charCodeAt(0)));
const URL_START = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;
/** The shortest text URL_START matches: "a://" or "www.". */
const SHORTEST_URL_START = 4;
/** Longer URLs than this are not looked through: a bound on the work done per match. */
const LONGEST_URL = 300;

/** Neither glued to a letter or digit nor inside a host or file name ("www.figma.com", "index.html"). */
export function startsWord(text: string, start: number): boolean {
  if (start === 0) return true;
  const before = text.charCodeAt(start - 1);
  if (isWordCodeUnit(before)) return false;
  return !(before === DOT && isLowercaseOrDigit(text.charCodeAt(start - 2)));
}

/** The same rule after a match: "Python." and "Python," end a name, "python.org" does not. */
export function endsWord(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const after = text.charCodeAt(end);
  if (isWordCodeUnit(after)) return false;
  return !(after === DOT && isLowercaseOrDigit(text.charCodeAt(end + 1)));
}

/** Links name tools without asking for them: "https://github.com/betagouv/mes-aides-ui". */
export function isInsideUrl(text: string, start: number): boolean {
  let tokenStart = start;
  while (tokenStart > 0 && start - tokenStart < LONGEST_URL) {
    const code = text.charCodeAt(tokenStart - 1);
    if (foldCodeUnit(code) === SPACE || URL_OPENERS.has(code)) break;
    tokenStart--;
  }
  // Most matches start their token: no need to cut a string out and test it.
  return start - tokenStart >= SHORTEST_URL_START && URL_START.test(text.slice(tokenStart, start));
}

function isLowercaseOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}
