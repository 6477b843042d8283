import { matchesOf } from '../text/matches-of';

/** Link targets a contact or an application address may come from. */
const SAFE_TARGET = /^<?\s*(?:https?:|mailto:)/i;
// HTML attributes that carry an address.
const HTML_ADDRESS = /\b(?:href|src|action|formaction)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
// A Markdown reference definition: "[apply]: javascript:…".
const REFERENCE = /^ {0,3}\[[^\]\n]{1,1000}\]:[ \t]*(\S.*)$/gm;
const AUTOLINK = /<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi;
// An address that runs something when followed, wherever it stands.
const SCRIPT_SCHEME = /\b(?:javascript|vbscript|data)\s*:/gi;

/**
 * The text with every link target that is not an http(s): or mailto: address blanked out, so
 * that an address written inside `[Postuler](javascript:fetch('https://evil.example/x@y.fr'))`
 * is never taken for the posting's contact. Blanks keep the text's length and line breaks.
 */
export function withoutScriptLinks(text: string): string {
  let result = blankMarkdownTargets(text);
  // Each pattern needs a character most Markdown bodies lack: looking for it is a cheaper pass.
  if (result.includes('=')) result = result.replace(HTML_ADDRESS, (whole, value: string) => (isSafe(unquote(value)) ? whole : blank(whole)));
  if (result.includes(']:')) result = result.replace(REFERENCE, (whole, target: string) => (isSafe(target) ? whole : blank(whole)));
  if (result.includes('<')) result = result.replace(AUTOLINK, (whole, target: string) => (isSafe(target) ? whole : blank(whole)));
  return result.includes(':') ? blankScriptSchemes(result) : result;
}

/** `](target)`: the target runs to the parenthesis that closes it (payloads nest parentheses). */
function blankMarkdownTargets(text: string): string {
  let result = text;
  for (let open = result.indexOf(']('); open !== -1; open = result.indexOf('](', open + 2)) {
    const end = closingParenthesis(result, open + 1);
    const target = result.slice(open + 2, end);
    if (!isSafe(target.trim())) result = result.slice(0, open + 2) + blank(target) + result.slice(end);
  }
  return result;
}

function blankScriptSchemes(text: string): string {
  let result = text;
  for (const match of matchesOf(SCRIPT_SCHEME, text)) {
    const end = endOfBareTarget(text, match.index);
    result = result.slice(0, match.index) + blank(text.slice(match.index, end)) + result.slice(end);
  }
  return result;
}

/** Index of the ")" closing the "(" at `open`, or of the line's end when there is none. */
function closingParenthesis(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    const char = text.charAt(index);
    if (char === '\n') return index;
    if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return index;
  }
  return text.length;
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
