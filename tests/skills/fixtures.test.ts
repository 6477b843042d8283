import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { canonicalSkillName, extractSkills } from '../../lib/skills';

const JOBS = path.resolve(__dirname, '../../../shared/fixtures/beta.gouv.fr-jobs');

/** beta.gouv.fr writes `techno` as a YAML list or as prose: "React, NodeJS, Go, Docker", "Python et JavaScript". */
function technoItems(techno: unknown): string[] {
  const items = Array.isArray(techno) ? techno.map(String) : typeof techno === 'string' ? [techno] : [];
  return items.flatMap((item) => item.split(/,| \/ |\s+et\s+|\n/)).map((item) => item.trim());
}

const postings = readdirSync(JOBS)
  .filter((file) => file.endsWith('.md'))
  .map((file) => {
    const { data, matter: frontMatter } = matter(readFileSync(path.join(JOBS, file), 'utf8'));
    return { file, data, frontMatter };
  })
  .filter((posting) => 'techno' in posting.data);

const cases = postings.map(({ file, data, frontMatter }) => {
  const expected = technoItems(data.techno).flatMap((item) => canonicalSkillName(item) ?? []);
  return [file, frontMatter, expected] as const;
});

describe('extractSkills on beta.gouv.fr postings', () => {
  it('reads enough `techno` keys to mean something', () => {
    expect(postings.length).toBeGreaterThanOrEqual(10);
    expect(cases.flatMap(([, , expected]) => expected).length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('%s: finds its `techno` skills in its front matter', (_, frontMatter, expected) => {
    const found = extractSkills(frontMatter).map((match) => match.name);
    expect(found).toEqual(expect.arrayContaining(expected));
  });
});
