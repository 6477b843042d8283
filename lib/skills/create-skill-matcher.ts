import { FOLDED_BITS, SPACE, WORD_BIT, codeUnitInfo, foldCodeUnit, isCombiningMark } from './fold-code-unit';
import { passesGuard } from './spelling-guard';
import { buildSkillTrie, childOf, type SkillTrie, type Spelling } from './skill-trie';
import type { SkillDefinition, SkillMatch } from './types';
import { endsWord, isInsideUrl, startsWord } from './word-boundary';

export interface SkillMatcher {
  /** Skills found in `text`, by first occurrence, each with every range where it was found. */
  find(text: string): SkillMatch[];
}

/**
 * Compiles skills into a trie over folded characters, walked once over the text: a 1 MB page
 * costs one pass whatever the number of skills, where one RegExp per spelling would cost a
 * pass each. At each word start the longest accepted spelling wins ("Ruby on Rails" over
 * "Ruby"), and scanning resumes after it.
 */
export function createSkillMatcher(skills: readonly SkillDefinition[]): SkillMatcher {
  const trie = buildSkillTrie(skills);
  return { find: (text) => findSkills(trie, text) };
}

function findSkills(trie: SkillTrie, text: string): SkillMatch[] {
  // Skill ids, not definitions, in this loop: definitions come in a dozen shapes (whichever
  // optional fields they set), and reading one of a shape the loop has not seen deoptimizes it.
  const rangesById = new Map<number, Array<[number, number]>>();
  let afterWord = false;
  for (let index = 0; index < text.length; index++) {
    const info = codeUnitInfo(text.charCodeAt(index));
    const first = afterWord ? 0 : childOf(trie, 0, info & FOLDED_BITS);
    const match = first === 0 ? undefined : matchAt(trie, text, index, first);
    if (!match) {
      afterWord = (info & WORD_BIT) !== 0;
      continue;
    }
    const ranges = rangesById.get(match.skill);
    if (ranges) ranges.push([index, match.end]);
    else rangesById.set(match.skill, [[index, match.end]]);
    index = match.end - 1;
    afterWord = (codeUnitInfo(text.charCodeAt(index)) & WORD_BIT) !== 0;
  }
  return [...rangesById].map(([id, ranges]) => ({ ...trie.skills[id]!, ranges }));
}

interface Candidate {
  /** Index in `SkillTrie.skills`. */
  skill: number;
  end: number;
}

/** The longest accepted spelling starting at `start`, whose first code unit led to node `first`. */
function matchAt(trie: SkillTrie, text: string, start: number, first: number): Candidate | undefined {
  let node = first;
  let position = start + 1;
  let best: Candidate | undefined;
  for (;;) {
    // "é" written as "e" + U+0301 reads as "e".
    let raw = text.charCodeAt(position);
    while (isCombiningMark(raw)) raw = text.charCodeAt(++position);
    const spellings = trie.spellings[node];
    if (spellings !== undefined && endsWord(text, position)) best = accepted(spellings, text, start, position) ?? best;
    if (position >= text.length) break;
    const code = foldCodeUnit(raw);
    node = childOf(trie, node, code);
    if (node === 0) break;
    position++;
    // "Ruby  on\nRails" reads as "Ruby on Rails".
    if (code === SPACE) while (position < text.length && foldCodeUnit(text.charCodeAt(position)) === SPACE) position++;
  }
  if (!best || !startsWord(text, start) || isInsideUrl(text, start)) return undefined;
  return best;
}

function accepted(spellings: Spelling[], text: string, start: number, end: number): Candidate | undefined {
  for (const { skill, guard } of spellings) {
    if (!guard || passesGuard(guard, text, start, end)) return { skill, end };
  }
  return undefined;
}
