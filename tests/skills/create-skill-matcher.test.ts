import { describe, expect, it } from 'vitest';
import { createSkillMatcher, type SkillDefinition } from '../../lib/skills';

describe('createSkillMatcher', () => {
  it('compiles any list, such as the user’s own skills', () => {
    const matcher = createSkillMatcher([
      { name: 'Tricot', category: 'soft', aliases: ['knitting'] },
      { name: 'Cuisine végétale', category: 'soft', aliases: ['cuisine vegan'] },
    ]);
    const text = 'Du KNITTING et de la Cuisine Végétale, du tricot.';
    expect(matcher.find(text)).toEqual([
      { name: 'Tricot', category: 'soft', ranges: [[3, 11], [42, 48]] },
      { name: 'Cuisine végétale', category: 'soft', ranges: [[21, 37]] },
    ]);
  });

  it('applies the same guards as the taxonomy', () => {
    const go: SkillDefinition = {
      name: 'Go',
      category: 'language',
      aliases: [],
      caseSensitive: true,
      needsContext: ['backend'],
    };
    const matcher = createSkillMatcher([go]);
    expect(matcher.find('Go pour un café ?')).toEqual([]);
    expect(matcher.find('Un backend en Go.')).toEqual([{ name: 'Go', category: 'language', ranges: [[14, 16]] }]);
  });

  it('merges skills listed twice under one name', () => {
    const matcher = createSkillMatcher([
      { name: 'Python', category: 'language', aliases: [] },
      { name: 'Python', category: 'language', aliases: ['py3'] },
    ]);
    expect(matcher.find('Python ou py3')).toEqual([
      { name: 'Python', category: 'language', ranges: [[0, 6], [10, 13]] },
    ]);
  });

  it('finds nothing with an empty list or in an empty text', () => {
    expect(createSkillMatcher([]).find('Python')).toEqual([]);
    expect(createSkillMatcher([{ name: 'Python', category: 'language', aliases: [''] }]).find('')).toEqual([]);
  });
});
