import { describe, expect, it } from 'vitest';
import { pageMatch } from '../../lib/page/page-match';
import type { PackedSkillTrie } from '../../lib/skills/packed-trie';

const trie = {
  skills: [
    { name: 'Python', kind: 'skill' },
    { name: 'Docker', kind: 'skill' },
    { name: 'Logement', kind: 'domain' },
    { name: 'Autonomie', kind: 'soft' },
  ],
} as PackedSkillTrie;

describe('pageMatch', () => {
  it('counts the concrete skills seen on the page, never its domains or qualities', () => {
    expect(pageMatch(['Logement', 'Python', 'Autonomie', 'Docker'], { trie, mySkills: ['Python', 'Logement'] })).toEqual({
      score: 0.5,
      matched: ['Python'],
      missing: ['Docker'],
    });
  });

  it('gives no score to a page that names only domains and qualities', () => {
    expect(pageMatch(['Logement', 'Autonomie'], { trie, mySkills: ['Logement'] })).toEqual({ matched: [], missing: [] });
  });
});
