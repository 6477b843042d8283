import matterDefaults from 'gray-matter/lib/defaults.js';
import getEngine from 'gray-matter/lib/engine.js';

function refuseToRun(): never {
  throw new Error('front matter written in a programming language is never evaluated');
}

/**
 * gray-matter options for untrusted files. A block opened by `---js` or `---javascript` would be
 * run by `eval` (CVE-2022-25863); `engines: { js: false }` does not stop it, since the lookup
 * falls through to the `javascript` engine: both names, and CoffeeScript's, get a parser that throws.
 * Passing options at all also keeps gray-matter from caching every file it sees by content.
 */
export const SAFE_MATTER_OPTIONS = {
  engines: { js: refuseToRun, javascript: refuseToRun, coffee: refuseToRun, coffeescript: refuseToRun, cson: refuseToRun },
  // No excerpt: gray-matter would honour an `excerpt_separator` key of the file itself.
  excerpt: () => '',
  // Handed on to js-yaml: a repeated key keeps its last value instead of failing the whole block.
  json: true,
};

// gray-matter's options merged once (its engines table, then SAFE_MATTER_OPTIONS' own): gray-matter merges them three times a call.
const MERGED_OPTIONS = matterDefaults(SAFE_MATTER_OPTIONS);
const OPENING = '---';
const CLOSING = '\n---';
const DEFAULT_LANGUAGE = 'yaml';
// gray-matter's /^\s*#[^\n]+/gm with the line's own spaces only: \s* across line breaks is quadratic in a block of blank lines.
const COMMENT_LINES = /^[^\S\n]*#[^\n]+/gm;
const STARTS_WITH_DATA = /^\s*[^\s#]/;

/**
 * The front-matter data gray-matter reads with SAFE_MATTER_OPTIONS from `text`, by its own rules
 * (lib/parse-matter in gray-matter 4.0.3: the language named after the opening `---`, the block up
 * to the next line starting with `---`, a block of comments or spaces read as no data, then its
 * engine for that language), without what gray-matter does around them for every file: a `Buffer`
 * copy of the text (in the extension, the `buffer` package's JavaScript encoder), its options merged
 * three times, a file object with four defined properties. Throws what the engine throws.
 */
export function safeMatter(text: string): unknown {
  if (!text.startsWith(OPENING) || text.charAt(OPENING.length) === '-') return {};
  let rest = text.slice(OPENING.length);
  const languageLine = rest.slice(0, rest.search(/\r?\n/));
  const named = languageLine.trim();
  if (named !== '') rest = rest.slice(languageLine.length);
  const close = rest.indexOf(CLOSING);
  return safeMatterBlock(named, close === -1 ? rest : rest.slice(0, close));
}

/**
 * safeMatter's data from a block already cut out by gray-matter's rules: `language` as named after
 * the opening `---` ('' for none), `block` as gray-matter hands it to its engine (from the opening
 * line's end, or from its spaces after `---` when it names no language, up to the closing line).
 */
export function safeMatterBlock(language: string, block: string): unknown {
  if (isBlank(block)) return {};
  const name = language === '' ? DEFAULT_LANGUAGE : language;
  const engine = getEngine(name, MERGED_OPTIONS);
  if (typeof engine.parse !== 'function') throw new TypeError(`expected "${name}.parse" to be a function`);
  // gray-matter gives no data as an empty object.
  return engine.parse(block, MERGED_OPTIONS) ?? {};
}

/** Only spaces and comment lines, as gray-matter tells an empty block. */
function isBlank(block: string): boolean {
  // What comes first, when not a comment, is data: no need to copy the block without its comments.
  if (STARTS_WITH_DATA.test(block)) return false;
  return block.replace(COMMENT_LINES, '').trim() === '';
}
