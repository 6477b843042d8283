import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = new URL('../../../shared/fixtures/', import.meta.url).pathname;

export interface PostingFile {
  path: string;
  content: string;
}

/** The real fixture files, as they are. */
export function fixtureFiles(): PostingFile[] {
  return ['beta.gouv.fr-jobs', 'multi.coop-jobs'].flatMap((folder) =>
    readdirSync(join(FIXTURES, folder))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => ({ path: name, content: readFileSync(join(FIXTURES, folder, name), 'utf8') })),
  );
}

/**
 * `count` raw posting files derived deterministically from the real ones: the same front
 * matter and prose, a numbered title, about four in ten open, body paragraphs rotated, and a
 * numbered reference line, so that every file is distinct and parses like a real one. (Many
 * real files have no `title:` key to number, and identical files are one posting to Vigie.)
 */
export function generatePostingFiles(count: number): PostingFile[] {
  const base = fixtureFiles();
  return Array.from({ length: count }, (_, index) => {
    const template = base[index % base.length]!;
    const [, frontMatter = '', body = template.content] = /^(---\r?\n[\s\S]*?\r?\n---\r?\n)([\s\S]*)$/.exec(template.content) ?? [];
    const paragraphs = body.split(/\n\s*\n/);
    const shift = index % Math.max(1, paragraphs.length);
    const rotated = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)].join('\n\n');
    const open = index % 5 < 2;
    const head = frontMatter
      .replace(/^open:.*$/m, `open: ${open}`)
      .replace(/^title:\s*(.*)$/m, (_line, title: string) => `title: ${JSON.stringify(`${title.replace(/^["']|["']$/g, '')} (${index})`)}`);
    return { path: `${String(index).padStart(5, '0')}-${template.path}`, content: `${head}\n${rotated}\n\nRéférence de l'offre : ${index}\n` };
  });
}
