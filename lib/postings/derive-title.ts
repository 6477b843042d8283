import { asText } from './field-values';
import type { FrontMatterFields } from './front-matter-fields';
import { LIMITS } from './limits';
import { markdownToLine } from './markdown-to-text';

export interface DerivedTitle {
  title: string;
  /** Where the title came from when the front matter has no `title`: shown in the warning. */
  derivedFrom?: string;
}

const ATX_HEADING = /^[ \t]{0,3}#{1,6}[ \t]+([^\n]+)/m;
const SETEXT_HEADING = /^([^\n]{1,200})\n=+[ \t]*$/m;
const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}-/;
const UNTITLED = 'Sans titre';

/**
 * The posting's title: `title`, else the position named by `titles`/`roles`/`role`, else the
 * body's first heading, else its first line, else the file name.
 */
export function deriveTitle(fields: FrontMatterFields, body: string, plainBody: string, path: string): DerivedTitle {
  const declared = cleanTitle(asText(fields.find('title')?.value));
  if (declared) return { title: declared };
  const role = fields.find('derivedTitle');
  const fromRole = cleanTitle(asText(role?.value));
  if (role && fromRole) return { title: capitalize(fromRole), derivedFrom: `the "${role.key}" key` };
  const heading = cleanTitle(ATX_HEADING.exec(body)?.[1] ?? SETEXT_HEADING.exec(body)?.[1]);
  if (heading) return { title: heading, derivedFrom: 'the first heading' };
  const firstLine = cleanTitle(plainBody.split('\n').find((line) => line.trim() !== ''));
  if (firstLine) return { title: firstLine, derivedFrom: 'the first line' };
  return { title: cleanTitle(fileTitle(path)) ?? UNTITLED, derivedFrom: 'the file name' };
}

// Zero-width and bidirectional controls: invisible, they could make a title look empty or,
// with a right-to-left override, show "exe.elif" as "file.exe".
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** A title's text: one line of Markdown as text, no invisible controls, at most LIMITS.maxTitle. */
export function cleanTitle(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const line = markdownToLine(text).replace(FORMAT_CHARACTERS, '').trim();
  if (line === '') return undefined;
  return line.length > LIMITS.maxTitle ? `${line.slice(0, LIMITS.maxTitle - 1).trimEnd()}…` : line;
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

function fileTitle(path: string): string {
  const name = path.split('/').pop() ?? '';
  return capitalize(name.replace(/\.[a-z]{1,8}$/i, '').replace(DATE_PREFIX, '').replace(/[-_.]+/g, ' ').trim());
}
