import { asBoolean } from './field-values';

const UTF8_BOM = '\ufeff';
// Front matter opens with a line of three dashes; a few bytes are enough to tell, whatever the file's size.
const OPENING_BYTES = 64;
const OPENING_LINE = /^\s*---[ \t]*\r?\n/;

/** True when the file starts (after a BOM and blank lines) with a front-matter fence: what makes an `.html` or extension-less file a posting. */
export function startsWithFrontMatter(bytes: Uint8Array): boolean {
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, OPENING_BYTES));
  return OPENING_LINE.test(start.startsWith(UTF8_BOM) ? start.slice(1) : start);
}

/** A draft the publisher has not published: `draft: true` (Hugo, Jekyll) or `published: false` (Jekyll). */
export function isDraft(frontMatter: Record<string, unknown>): boolean {
  for (const [key, value] of Object.entries(frontMatter)) {
    const name = key.trim().toLowerCase();
    if (name === 'draft' && asBoolean(value) === true) return true;
    if (name === 'published' && asBoolean(value) === false) return true;
  }
  return false;
}
