import { describe, expect, it } from 'vitest';
import { SKILLS, createSkillMatcher, type SkillDefinition } from '../../lib/skills';

describe('createSkillMatcher', () => {
  it('compiles any list, such as the user’s own skills', () => {
    const matcher = createSkillMatcher([
      { name: 'Tricot', kind: 'soft', aliases: ['knitting'] },
      { name: 'Cuisine végétale', kind: 'soft', aliases: ['cuisine vegan'] },
    ]);
    const text = 'Du KNITTING et de la Cuisine Végétale, du tricot.';
    expect(matcher.find(text)).toEqual([
      { name: 'Tricot', kind: 'soft', ranges: [[3, 11], [42, 48]] },
      { name: 'Cuisine végétale', kind: 'soft', ranges: [[21, 37]] },
    ]);
  });

  it('applies the same guards as the taxonomy', () => {
    const go: SkillDefinition = {
      name: 'Go',
      kind: 'skill',
      aliases: [],
      caseSensitive: true,
      needsContext: ['backend'],
    };
    const matcher = createSkillMatcher([go]);
    expect(matcher.find('Go pour un café ?')).toEqual([]);
    expect(matcher.find('Un backend en Go.')).toEqual([{ name: 'Go', kind: 'skill', ranges: [[14, 16]] }]);
  });

  it('merges skills listed twice under one name', () => {
    const matcher = createSkillMatcher([
      { name: 'Python', kind: 'skill', aliases: [] },
      { name: 'Python', kind: 'skill', aliases: ['py3'] },
    ]);
    expect(matcher.find('Python ou py3')).toEqual([
      { name: 'Python', kind: 'skill', ranges: [[0, 6], [10, 13]] },
    ]);
  });

  it('finds nothing with an empty list or in an empty text', () => {
    expect(createSkillMatcher([]).find('Python')).toEqual([]);
    expect(createSkillMatcher([{ name: 'Python', kind: 'skill', aliases: [''] }]).find('')).toEqual([]);
  });
});

describe('createSkillMatcher on every spelling of the taxonomy', () => {
  // The matcher walks its trie only from words that start some spelling (lib/skills/first-words.ts):
  // each spelling must still be found, whatever its case, accents and symbols.
  const needsContext = (skill: SkillDefinition, spelling: string) =>
    Boolean(skill.needsContext?.length) && (!skill.ambiguous || skill.ambiguous.includes(spelling));
  const cases = SKILLS.flatMap((skill) =>
    [skill.name, ...skill.aliases].filter((spelling) => !needsContext(skill, spelling)).map((spelling) => [spelling, skill] as const),
  );
  const matcher = createSkillMatcher(SKILLS);
  const names = (text: string) => matcher.find(text).map((match) => match.name);

  it.each(cases)('finds %s written alone', (spelling, skill) => {
    expect(names(`Compétences : ${spelling}.`)).toContain(skill.name);
    expect(names(`Compétences : ${spelling.normalize('NFD')}.`)).toContain(skill.name);
    if (!skill.caseSensitive) expect(names(`COMPÉTENCES : ${spelling.toUpperCase()}.`)).toContain(skill.name);
  });
});

describe('createSkillMatcher with apostrophes', () => {
  it('reads U+02BC and U+2019 as the apostrophe of a name', () => {
    const matcher = createSkillMatcher([{ name: "L'Oréal", kind: 'skill', aliases: ["chef d'orchestre"] }]);
    expect(matcher.find('Chez Lʼoréal, un chef d’orchestre.')).toEqual([
      { name: "L'Oréal", kind: 'skill', ranges: [[5, 12], [17, 33]] },
    ]);
  });
});
