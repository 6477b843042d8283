import type { RemoteFile } from './types';

/**
 * What a folder entry's name says before its content is read. Postings are recognized by content
 * (front matter), not only by extension: pythonjobs publishes `.html` files holding YAML and
 * Markdown, and beta.gouv.fr's folder holds a posting whose name has no extension at all. Names that
 * say "not a posting" (readmes, index pages, templates) are skipped with their reason, which the
 * options page shows on the source.
 */
export type SkipReason =
  | 'readme'
  | 'repository-file'
  | 'index'
  | 'template'
  | 'other-format'
  | 'no-front-matter'
  | 'draft'
  | 'duplicate';

export type FileNameVerdict =
  /** A Markdown file: read it. */
  | { kind: 'posting' }
  /** HTML, a file without extension, or an unknown one: a posting only if it starts with front matter. */
  | { kind: 'if-front-matter' }
  | { kind: 'skip'; reason: SkipReason };

const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown']);

// Formats that never hold a posting; any other extension (or a dot inside a name, as in
// beta.gouv.fr's "2021-05-27-developpeur.se.full.stack") is left to the content.
const OTHER_FORMATS = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'ico', 'pdf', 'doc', 'docx', 'odt', 'zip', 'gz',
  'yml', 'yaml', 'json', 'toml', 'csv', 'xml', 'js', 'mjs', 'cjs', 'ts', 'css', 'scss', 'liquid',
  'njk', 'py', 'rb', 'sh', 'lock', 'gitignore', 'gitkeep', 'keep', 'ds_store',
]);

/** Name rules in the order they apply: the first that matches decides. */
const SKIPPED_NAMES: ReadonlyArray<{ reason: SkipReason; pattern: RegExp }> = [
  { reason: 'readme', pattern: /^readme$/i },
  { reason: 'repository-file', pattern: /^(license|licence|contributing|changelog|code_of_conduct|security|codeowners)$/i },
  { reason: 'index', pattern: /^_?index$/i },
  // `_template.md`, `TEMPLATE`, `example.md`, `exemple-offre.md` (starting with the word), `job-template.md` (ending with it).
  { reason: 'template', pattern: /^_?(template|example|exemple|sample)s?([._ -]|$)|[._ -](template|example|exemple)$/i },
];

/** The listed files that may be postings: not skipped for their name. A job board's posting always is (its `name` is a title). */
export function mayBePosting(file: Pick<RemoteFile, 'name' | 'posting'>): boolean {
  return file.posting !== undefined || classifyFileName(file.name).kind !== 'skip';
}

export function classifyFileName(name: string): FileNameVerdict {
  if (name.startsWith('.')) return { kind: 'skip', reason: 'other-format' };
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  // "README.txt", "LICENSE.rst": the name rules read the name without its last extension, known or not.
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const skipped = SKIPPED_NAMES.find((rule) => rule.pattern.test(stem) || rule.pattern.test(name));
  if (skipped) return { kind: 'skip', reason: skipped.reason };
  if (MARKDOWN_EXTENSIONS.has(extension)) return { kind: 'posting' };
  if (OTHER_FORMATS.has(extension)) return { kind: 'skip', reason: 'other-format' };
  return { kind: 'if-front-matter' };
}
