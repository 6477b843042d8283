import { canonicalSkillName } from '../skills/canonical-skill-name';
import { packSkillTrie, type PackedSkillTrie } from '../skills/packed-trie';
import { buildSkillTrie } from '../skills/skill-trie';
import { SKILLS } from '../skills/taxonomy';
import type { SkillDefinition } from '../skills/types';
import { longestSpelling } from './slice-text';

export interface PageSkillTerms {
  /** What the content script matches: the taxonomy, plus the user's skills it does not know. */
  skills: SkillDefinition[];
  /** The user's skills by the names the matcher reports. */
  mine: string[];
}

/**
 * The terms a page is scanned for. The worker sends them rather than the content script
 * bundling the taxonomy: its 75 KB would be most of the script's size budget.
 */
export function pageSkillTerms(mySkills: readonly string[]): PageSkillTerms {
  const known = new Set(SKILLS.map((skill) => skill.name));
  const mine = [...new Set(mySkills.map((skill) => canonicalSkillName(skill) ?? skill.trim()).filter(Boolean))];
  // A skill outside the taxonomy is matched as typed; a short one ("C", "UX") only with its case.
  const custom = mine
    .filter((name) => !known.has(name))
    .map((name): SkillDefinition => ({ name, kind: 'skill', aliases: [], caseSensitive: name.length <= 2 }));
  return { skills: [...SKILLS, ...custom], mine };
}

let lastPacked: { key: string; trie: PackedSkillTrie } | undefined;

/**
 * The terms compiled, for the content script: compiling them there would cost each page's first
 * task 25–30 ms of cold code (bench/page.bench.ts). Kept for the next page while the user's own
 * terms stay the same.
 */
export function packedPageTrie(terms: PageSkillTerms): PackedSkillTrie {
  const key = JSON.stringify(terms.skills.slice(SKILLS.length));
  if (lastPacked?.key !== key) lastPacked = { key, trie: packSkillTrie(buildSkillTrie(terms.skills), longestSpelling(terms.skills)) };
  return lastPacked.trie;
}
