import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { longestSpelling } from '../../lib/page/slice-text';
import { createSkillMatcher, matcherOfTrie } from '../../lib/skills/create-skill-matcher';
import { packSkillTrie, unpackSkillTrie } from '../../lib/skills/packed-trie';
import { buildSkillTrie } from '../../lib/skills/skill-trie';
import { SKILLS } from '../../lib/skills/taxonomy';
import type { SkillDefinition } from '../../lib/skills/types';
import { mulberry32 } from '../support/mulberry32';

const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures');
const corpus = readdirSync(FIXTURES).flatMap((folder) =>
  readdirSync(path.join(FIXTURES, folder)).filter((file) => file.endsWith('.md')).sort().map((file) => readFileSync(path.join(FIXTURES, folder, file), 'utf8')),
).join('\n');

/** What crosses from the worker to a page: JSON, both ways. */
function overTheWire(skills: readonly SkillDefinition[]) {
  const packed = packSkillTrie(buildSkillTrie(skills), longestSpelling(skills));
  const json = JSON.stringify(packed);
  return { packed, json, trie: unpackSkillTrie(JSON.parse(json)) };
}

describe('packSkillTrie', () => {
  it('gives back the same trie from its JSON, for the taxonomy', () => {
    const { packed, trie } = overTheWire(SKILLS);
    expect(packed.width).toBe(1);
    expect(trie).toEqual(buildSkillTrie(SKILLS));
    expect(packed.longest).toBe(longestSpelling(SKILLS));
  });

  it('finds in the real postings what the matcher compiled here finds', () => {
    expect(matcherOfTrie(overTheWire(SKILLS).trie).find(corpus)).toEqual(createSkillMatcher(SKILLS).find(corpus));
  });

  it('keeps each context word list once, and the JSON of the taxonomy far below the skill definitions in numbers', () => {
    const { packed, json } = overTheWire(SKILLS);
    expect(packed.contexts.length).toBeLessThan(packed.guards.length);
    // Characters of JSON: what the message to each page weighs.
    expect(json.length).toBeLessThan(4 * JSON.stringify(SKILLS).length);
    expect(json).not.toMatch(/\\u00[01]/);
  });

  it('writes numbers two code units each for a trie too large for one, and a user’s skills in any script', () => {
    const random = mulberry32(12);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const many: SkillDefinition[] = Array.from({ length: 7_000 }, (_, index) => ({
      name: `${Array.from({ length: 10 }, () => letters[Math.floor(random() * letters.length)]).join('')}${index}`,
      kind: 'skill',
      aliases: index === 0 ? ['ﾃﾞｰﾀ', '数据科学'] : [],
    }));
    const { packed, trie } = overTheWire(many);
    expect(packed.width).toBe(2);
    expect(trie).toEqual(buildSkillTrie(many));
    expect(matcherOfTrie(trie).find(`Du ${many[42]!.name} et du 数据科学.`).map((match) => match.name)).toEqual([many[42]!.name, many[0]!.name]);
    // Three compiles of 7,000 skills: 2–3 s alone, over the default 5 s on a busy machine.
  }, 30_000);
});
