/** Link targets a contact or an application address may come from. */
const SAFE_TARGET = /^<?\s*(?:https?:|mailto:)/i;
// HTML attributes that carry an address, tried (sticky) where a word before a "=" names one.
const HTML_ADDRESS_AT = /\b(?:href|src|action|formaction)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/iy;
const ADDRESS_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction']);
// A Markdown reference definition: "[apply]: javascript:…".
const REFERENCE = /^ {0,3}\[[^\]\n]{1,1000}\]:[ \t]*(\S.*)$/gm;
const AUTOLINK = /<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi;
// Schemes of an address that runs something when followed, wherever it stands ("javascript :" too).
const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'data']);
const SPACE = /\s/;
// The longest of those names ("formaction"): a longer word is none of them.
const MAX_NAME_LENGTH = 10;

/**
 * The text with every link target that is not an http(s): or mailto: address blanked out, so
 * that an address written inside `[Postuler](javascript:fetch('https://evil.example/x@y.fr'))`
 * is never taken for the posting's contact. Blanks keep the text's length and line breaks.
 */
export function withoutScriptLinks(text: string): string {
  let result = blankMarkdownTargets(text);
  // Each pattern needs a character most Markdown bodies lack: looking for it is a cheaper pass.
  if (result.includes('=')) result = blankHtmlAddresses(result);
  if (result.includes(']:')) result = result.replace(REFERENCE, (whole, target: string) => (isSafe(target) ? whole : blank(whole)));
  if (result.includes('<')) result = result.replace(AUTOLINK, (whole, target: string) => (isSafe(target) ? whole : blank(whole)));
  return result.includes(':') ? blankScriptSchemes(result) : result;
}

/**
 * `](target)`: the target runs to the parenthesis that closes it (payloads nest parentheses). The
 * text is built once, not copied again for each target, and the parentheses met while reading one
 * target are remembered for the targets nested in it: "](http://a](http://a…" read each one's
 * rest of the line again, a quadratic path on a hostile file.
 */
function blankMarkdownTargets(text: string): string {
  const closings = new Map<number, number>();
  // A "](" within a target already blanked was blanked with it.
  return replaceFromEach(text, '](', (open) => {
    const end = closings.get(open + 1) ?? closingParenthesis(text, open + 1, closings);
    const target = text.slice(open + 2, end);
    return isSafe(target.trim()) ? undefined : { start: open + 2, end, text: blank(target) };
  });
}

/**
 * `href="…"`, `src=…`: each attribute found from its "=" and read by a sticky pattern there. A
 * global /\b(?:href|src|…)\s*=/gi tried every position of the body, case-insensitively, and cost
 * more than the rest of the contact's reading; what it matches starts with the whole word before a "=".
 */
function blankHtmlAddresses(text: string): string {
  return replaceFromEach(text, '=', (equals, kept) => {
    const start = wordBefore(text, equals, ADDRESS_ATTRIBUTES);
    if (start < kept) return undefined;
    HTML_ADDRESS_AT.lastIndex = start;
    const match = HTML_ADDRESS_AT.exec(text);
    if (!match) return undefined;
    const whole = match[0];
    return { start, end: start + whole.length, text: isSafe(unquote(match[1]!)) ? whole : blank(whole) };
  });
}

/**
 * "javascript:", "data :": each scheme found from its ":" (see blankHtmlAddresses), blanked up to
 * the end of its target. A scheme within a target already blanked is part of it: reading its own
 * target again made "javascript:javascript:…" quadratic (20 s for 44,000 characters).
 */
function blankScriptSchemes(text: string): string {
  return replaceFromEach(text, ':', (colon, kept) => {
    const start = wordBefore(text, colon, SCRIPT_SCHEMES);
    if (start === -1 || start < kept) return undefined;
    const end = endOfBareTarget(text, start);
    return { start, end, text: blank(text.slice(start, end)) };
  });
}

/** Characters of a text to put in place of [start, end). */
interface Replacement {
  start: number;
  end: number;
  text: string;
}

/**
 * The text built once with the replacement `replacementAt` finds from each `mark` (none:
 * undefined), which must start at or after `kept`, the end of the last one. The marks within
 * a replaced span are not looked at: each is part of it.
 */
function replaceFromEach(text: string, mark: string, replacementAt: (at: number, kept: number) => Replacement | undefined): string {
  let result = '';
  let kept = 0;
  for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, Math.max(at + mark.length, kept))) {
    const replacement = replacementAt(at, kept);
    if (replacement === undefined) continue;
    result += text.slice(kept, replacement.start) + replacement.text;
    kept = replacement.end;
  }
  return kept === 0 ? text : result + text.slice(kept);
}

/**
 * Where the word before `at` starts (spaces between them skipped), when it is one of `names`
 * (lower-case ASCII, compared case-insensitively); -1 otherwise.
 */
function wordBefore(text: string, at: number, names: ReadonlySet<string>): number {
  let end = at;
  while (end > 0 && isSpace(text, end - 1)) end--;
  let start = end;
  while (start > 0 && end - start <= MAX_NAME_LENGTH && isWordCharacter(text.charCodeAt(start - 1))) start--;
  return end - start <= MAX_NAME_LENGTH && names.has(text.slice(start, end).toLowerCase()) ? start : -1;
}

/** /\s/ at `index`, by code for ASCII (this runs before every ":" of a body). */
function isSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : SPACE.test(text.charAt(index));
}

/** /\w/ without the u flag: ASCII letters, digits and "_". */
function isWordCharacter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

/**
 * Index of the ")" closing the "(" at `open`, or of the line's end when there is none. Every "("
 * met on the way has its own closing noted in `closings`.
 */
function closingParenthesis(text: string, open: number, closings: Map<number, number>): number {
  const opened: number[] = [];
  for (let index = open; index < text.length; index++) {
    const char = text.charAt(index);
    if (char === '\n') return closeAll(opened, index, closings);
    if (char === '(') opened.push(index);
    else if (char === ')' && opened.length > 0) {
      closings.set(opened.pop()!, index);
      if (opened.length === 0) return index;
    }
  }
  return closeAll(opened, text.length, closings);
}

/** The "(" still open at a line's end close there. */
function closeAll(opened: readonly number[], end: number, closings: Map<number, number>): number {
  for (const open of opened) closings.set(open, end);
  return end;
}

/** A bare target ends at a space outside parentheses and quotes. */
function endOfBareTarget(text: string, start: number): number {
  let depth = 0;
  let quote = '';
  for (let index = start; index < text.length; index++) {
    const char = text.charAt(index);
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '(') depth++;
    else if (char === ')' && depth-- === 0) return index;
    else if (/\s/.test(char) && depth === 0) return index;
    if (char === '\n') return index;
  }
  return text.length;
}

function isSafe(target: string): boolean {
  return SAFE_TARGET.test(target.trim());
}

function unquote(value: string): string {
  return /^["']/.test(value) ? value.slice(1, -1) : value;
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}
