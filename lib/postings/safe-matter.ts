import './install-buffer';
import matter from 'gray-matter';

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

// The published typings do not know the js-yaml options gray-matter hands on (`json`).
const parseMatter = matter as unknown as (input: string, options: typeof SAFE_MATTER_OPTIONS) => { data: unknown };

/** The front-matter data gray-matter reads with SAFE_MATTER_OPTIONS. Throws what the YAML (or JSON) parser throws. */
export function safeMatter(text: string): unknown {
  return parseMatter(text, SAFE_MATTER_OPTIONS).data;
}
