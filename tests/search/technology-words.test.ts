import { describe, expect, it } from 'vitest';
import { SKILLS } from '../../lib/skills/taxonomy';
import { TECHNOLOGY_WORDS } from '../../lib/search/technology-words';
import { tokenizeQuery } from '../../lib/search/tokenize';

describe('the technologies named by ordinary words, as the search keeps them', () => {
  it('lists the one-word spellings of every case-sensitive skill of the taxonomy, one technology a line', () => {
    const fromTaxonomy = SKILLS.filter((skill) => skill.caseSensitive)
      .map(({ name, aliases }) => [...new Set([name, ...aliases].map(tokenizeQuery).filter((words) => words.length === 1).map(([word]) => word!))].sort())
      .filter((spellings) => spellings.length > 0);
    const kept = TECHNOLOGY_WORDS.map((spellings) => [...spellings].sort());
    expect(new Set(kept.map(String))).toEqual(new Set(fromTaxonomy.map(String)));
  });

  it('holds the spellings the search relies on, each with its own technology', () => {
    const line = (word: string) => TECHNOLOGY_WORDS.findIndex((spellings) => spellings.includes(word));
    expect(line('rails')).toBeGreaterThanOrEqual(0);
    expect(line('rail')).toBe(-1);
    expect(line('api')).toBe(line('apis'));
    expect(line('vue')).toBe(line('vuejs'));
    expect(line('vues')).toBe(-1);
  });
});
