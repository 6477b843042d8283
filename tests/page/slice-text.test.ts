import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInSlice, mergeMatches, type TextSlice } from '../../lib/page/slice-text';
import { createSkillMatcher, SKILLS, type SkillDefinition, type SkillMatch } from '../../lib/skills';

const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures');
const corpus = readdirSync(FIXTURES).flatMap((folder) =>
  readdirSync(path.join(FIXTURES, folder)).filter((file) => file.endsWith('.md')).sort().map((file) => readFileSync(path.join(FIXTURES, folder, file), 'utf8')),
).join('\n');

/** Slices of `size` characters, cut anywhere, in a word or not. */
function cut(text: string, size: number): TextSlice[] {
  const slices: TextSlice[] = [];
  for (let start = 0; start < text.length; start += size) slices.push({ start, end: Math.min(text.length, start + size) });
  return slices;
}

function bySlices(skills: SkillDefinition[], text: string, size: number): SkillMatch[] {
  const matcher = createSkillMatcher(skills);
  const longest = Math.max(...skills.flatMap((skill) => [skill.name, ...skill.aliases].map((spelling) => spelling.length)));
  const merged = new Map<string, SkillMatch>();
  for (const slice of cut(text, size)) mergeMatches(merged, findInSlice(matcher, text, slice, longest));
  return [...merged.values()];
}

describe('slice by slice', () => {
  it.each([
    ['the taxonomy, small slices', [...SKILLS], 2_001],
    ['the taxonomy, large slices', [...SKILLS], 60_000],
    ['150 of its skills', SKILLS.filter((_, index) => index % 3 === 0).slice(0, 150), 7_000],
  ])('finds exactly what one pass finds, with %s', (_name, skills, size) => {
    expect(bySlices(skills, corpus, size)).toEqual(createSkillMatcher(skills).find(corpus));
  });

  it('agrees at slice edges: guards, URLs, names across a line break', () => {
    const text = `${'mot '.repeat(20)}Un backend en Go. https://www.figma.com/file Ruby on\nRails et le point de vue ${'mot '.repeat(20)}`;
    for (const size of [1, 3, 10, 25, 50, 77]) expect(bySlices([...SKILLS], text, size)).toEqual(createSkillMatcher(SKILLS).find(text));
  });
});
