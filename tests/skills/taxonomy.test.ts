import { describe, expect, it } from 'vitest';
import { SKILLS, type SkillDefinition } from '../../lib/skills';
import { IMPLIES } from '../../lib/skills/implications';
import { foldText } from '../../lib/text/fold';

const spellingsOf = (skill: SkillDefinition) => [skill.name, ...skill.aliases];
const key = (spelling: string) => foldText(spelling).replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/** Spellings that two skills claim: extractSkills and canonicalSkillName could only pick one. */
function claimedTwice(skills: readonly SkillDefinition[]): string[] {
  const owners = new Map<string, Set<string>>();
  for (const skill of skills) {
    for (const spelling of spellingsOf(skill)) {
      const names = owners.get(key(spelling)) ?? new Set<string>();
      owners.set(key(spelling), names.add(skill.name));
    }
  }
  return [...owners].filter(([, names]) => names.size > 1).map(([spelling, names]) => `${spelling}: ${[...names].join(', ')}`);
}

describe('SKILLS', () => {
  it('has at least 300 skills with unique names', () => {
    const names = SKILLS.map((skill) => key(skill.name));
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(300);
  });

  it('implies only concrete skills it names, never a skill itself', () => {
    const kinds = new Map(SKILLS.map((skill) => [skill.name, skill.kind]));
    const wrong = Object.entries(IMPLIES).flatMap(([name, implied]) => implied
      .filter((each) => kinds.get(name) !== 'skill' || kinds.get(each) !== 'skill' || each === name)
      .map((each) => `${name} → ${each}`));
    expect(wrong).toEqual([]);
  });

  it('gives no spelling to two skills', () => {
    expect(claimedTwice(SKILLS)).toEqual([]);
  });

  it('notices a spelling given to two skills', () => {
    const twice = [
      { name: 'PostgreSQL', kind: 'skill', aliases: ['Postgres'] },
      { name: 'Postgres Cloud', kind: 'skill', aliases: ['postgres'] },
    ] satisfies SkillDefinition[];
    expect(claimedTwice(twice)).toEqual(['postgres: PostgreSQL, Postgres Cloud']);
  });

  it.each(SKILLS.map((skill) => [skill.name, skill] as const))('%s: each spelling once, none empty', (_, skill) => {
    const spellings = spellingsOf(skill);
    expect(spellings.every((spelling) => spelling.trim() === spelling && spelling !== '')).toBe(true);
    // Only case-sensitive spellings may differ by case alone ("Excel", "EXCEL").
    const keys = skill.caseSensitive ? spellings : spellings.map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(SKILLS.filter((skill) => skill.ambiguous).map((skill) => [skill.name, skill] as const))(
    '%s: ambiguous spellings are its own',
    (_, skill) => {
      for (const spelling of skill.ambiguous ?? []) expect(spellingsOf(skill)).toContain(spelling);
    },
  );

  it.each(SKILLS.filter((skill) => skill.notIn).map((skill) => [skill.name, skill] as const))(
    '%s: each notIn phrase contains an ambiguous spelling',
    (_, skill) => {
      const guarded = (skill.ambiguous ?? spellingsOf(skill)).map(key);
      for (const phrase of skill.notIn ?? []) expect(guarded.some((spelling) => key(phrase).includes(spelling))).toBe(true);
    },
  );
});
