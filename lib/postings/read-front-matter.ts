import { LIMITS } from './limits';
import { readLooseFrontMatter } from './read-loose-front-matter';
import { safeMatterBlock } from './safe-matter';
import type { PostingWarning } from './types';

export interface FrontMatter {
  /** Parsed values, not yet made safe (see toSafeData). */
  data: Record<string, unknown>;
  /** The Markdown after the front matter. */
  body: string;
  /** 'none' when the file does not open with a `---` line. */
  block: 'none' | 'valid' | 'invalid' | 'unterminated';
  warnings: PostingWarning[];
}

// gray-matter's own rules: the block opens with `---` (optionally naming a language: `---yaml`)
// and closes at the next line starting with `---`. A first line `----` or `--- text` is a rule.
const OPENING_LINE = /^---[ \t]*(?:([A-Za-z][\w-]*)[ \t]*)?(?:\n|$)/;
const OPENING = '---';
const CLOSING = '\n---';
const BLANK_LINES = /\n(?:[ \t]*\n){2,}/g;

/** Splits a file (with `\n` line ends) into front-matter data and body, never throwing. */
export function readFrontMatter(text: string, path: string): FrontMatter {
  const opening = OPENING_LINE.exec(text);
  if (!opening) return { data: {}, body: text, block: 'none', warnings: [] };

  const blockStart = opening[0].length;
  const close = text.indexOf(CLOSING, blockStart - 1);
  if (close === -1) {
    return {
      data: {},
      body: text.slice(blockStart),
      block: 'unterminated',
      warnings: [{ code: 'unterminated-front-matter', message: `${path}: the front matter has no closing "---" line; read as text` }],
    };
  }
  // The body starts on the line after the closing one: cut out of the text, not copied by a replace.
  const closingLineEnd = text.indexOf('\n', close + CLOSING.length);
  const body = closingLineEnd === -1 ? '' : text.slice(closingLineEnd + 1);
  const block = text.slice(blockStart, Math.max(blockStart, close));
  if (block.length > LIMITS.maxFrontMatterSize) {
    return invalid(body, {}, `${path}: the front matter is larger than ${LIMITS.maxFrontMatterSize} characters; not read`);
  }
  return parseBlock(opening[0], block, body, opening[1], path);
}

function parseBlock(openingLine: string, block: string, body: string, language: string | undefined, path: string): FrontMatter {
  let data: unknown;
  try {
    // The engine gets the block as gray-matter would cut it out of the front matter alone (so its
    // error messages give the file's line numbers), with runs of blank lines shortened: gray-matter's
    // comment-stripping /^\s*#[^\n]+/gm is quadratic in them (60,000 blank lines take seconds).
    // Handed over already cut, the block is not searched for again.
    const spacesAfterOpening = language === undefined ? openingLine.slice(OPENING.length, -1) : '';
    data = safeMatterBlock(language ?? '', spacesAfterOpening + `\n${block}\n`.replace(BLANK_LINES, '\n\n').slice(0, -1));
  } catch (error) {
    const isYaml = language === undefined || /^ya?ml$/i.test(language);
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unreadable';
    const loose = isYaml ? readLooseFrontMatter(block) : {};
    const rescued = Object.keys(loose).length;
    const how = rescued > 0 ? `; read key by key instead (${rescued} keys)` : '';
    return invalid(body, loose, `${path}: the front matter is not valid YAML (${reason})${how}`);
  }
  if (data === null || data === undefined) return { data: {}, body, block: 'valid', warnings: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return invalid(body, {}, `${path}: the front matter is not a list of "key: value" pairs`);
  }
  return { data: data as Record<string, unknown>, body, block: 'valid', warnings: [] };
}

function invalid(body: string, data: Record<string, unknown>, message: string): FrontMatter {
  return { data, body, block: 'invalid', warnings: [{ code: 'invalid-front-matter', message }] };
}
