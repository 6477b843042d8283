import { mayBeFirstWord, readFirstWord, type FirstWord } from './first-words';
import { FOLDED_BITS, FOLDS_TO_WORD_BIT, SPACE, WORD_BIT, isCombiningMark, knownInfo, learnCodeUnits } from './fold-code-unit';
import { passesGuard } from './spelling-guard';
import { buildSkillTrie, childOf, type SkillTrie } from './skill-trie';
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
 * "Ruby"), and scanning resumes after it. The walk starts only at the words that begin some
 * spelling (see first-words.ts), about one word in seven of a posting.
 */
export function createSkillMatcher(skills: readonly SkillDefinition[]): SkillMatcher {
  return matcherOfTrie(buildSkillTrie(skills));
}

/** A matcher over a trie compiled already: by the worker, for a page (lib/skills/packed-trie.ts). */
export function matcherOfTrie(trie: SkillTrie): SkillMatcher {
  return {
    find(text) {
      learnCodeUnits(text);
      return groupBySkill(trie, findHits(trie, text));
    },
  };
}

/**
 * Each match as three numbers (skill id, start, end), in reading order, in a text whose code
 * units were learned (see learnCodeUnits). Numbers in one array rather than an object per
 * match: this loop runs for every character of a page, and V8 keeps it fast only while
 * everything it touches has a single shape.
 */
function findHits(trie: SkillTrie, text: string): number[] {
  const hits: number[] = [];
  const word: FirstWord = { hash: 0, end: 0 };
  const length = text.length;
  // At the top of the loop, `index` follows no word character: a skill may start there.
  let index = 0;
  while (index < length) {
    const info = knownInfo(text.charCodeAt(index));
    let resume = index + 1;
    // A word is hashed while read; another character (".NET") is looked up in the trie's root.
    let mayStart = true;
    if ((info & FOLDS_TO_WORD_BIT) !== 0) {
      readFirstWord(text, index, word);
      resume = word.end;
      mayStart = mayBeFirstWord(trie.firstWords, word.hash);
    }
    const first = mayStart ? childOf(trie, 0, info & FOLDED_BITS) : 0;
    const end = first === 0 ? -1 : matchAt(trie, text, index, first, hits);
    if (end >= 0) resume = end;
    index = resume;
    if ((knownInfo(text.charCodeAt(resume - 1)) & WORD_BIT) === 0) continue;
    // Inside a word, and on the character that ends it, no skill starts.
    while (index < length && (knownInfo(text.charCodeAt(index)) & WORD_BIT) !== 0) index++;
    index++;
  }
  return hits;
}

/**
 * The longest accepted spelling starting at `start`, whose first code unit led to node `first`:
 * pushed onto `hits`, and its end returned; -1 when there is none. The trie's arrays are read
 * into locals and each character is read once: the walk runs thousands of times on a page.
 */
function matchAt(trie: SkillTrie, text: string, start: number, first: number, hits: number[]): number {
  const { symbolOf, rowOf, rows, soleSymbol, soleChild, spellings } = trie;
  const length = text.length;
  let node = first;
  let position = start + 1;
  let bestSkill = -1;
  let bestEnd = -1;
  for (;;) {
    let raw = position < length ? text.charCodeAt(position) : -1;
    // "é" written as "e" + U+0301 reads as "e".
    while (isCombiningMark(raw)) raw = ++position < length ? text.charCodeAt(position) : -1;
    if (spellings[node] !== undefined && endsWord(text, position)) {
      const skill = acceptedSkill(trie, node, text, start, position);
      if (skill >= 0) {
        bestSkill = skill;
        bestEnd = position;
      }
    }
    if (raw < 0) break;
    const code = knownInfo(raw) & FOLDED_BITS;
    // childOf, inlined by hand.
    const symbol = symbolOf[code]!;
    const row = rowOf[node]!;
    node = row >= 0 ? rows[row + symbol]! : soleSymbol[node] === symbol ? soleChild[node]! : 0;
    if (node === 0) break;
    position++;
    // "Ruby  on\nRails" reads as "Ruby on Rails".
    if (code === SPACE) while (position < length && (knownInfo(text.charCodeAt(position)) & FOLDED_BITS) === SPACE) position++;
  }
  if (bestSkill < 0 || !startsWord(text, start) || isInsideUrl(text, start)) return -1;
  hits.push(bestSkill, start, bestEnd);
  return bestEnd;
}

/** The skill of the first spelling ending at `node` that is accepted here, or -1. */
function acceptedSkill(trie: SkillTrie, node: number, text: string, start: number, end: number): number {
  for (const { skill, guard } of trie.spellings[node] ?? []) {
    if (!guard || passesGuard(guard, text, start, end)) return skill;
  }
  return -1;
}

/** Skills by first occurrence, each with its ranges. */
function groupBySkill(trie: SkillTrie, hits: number[]): SkillMatch[] {
  const rangesById = new Map<number, Array<[number, number]>>();
  for (let hit = 0; hit < hits.length; hit += 3) {
    const id = hits[hit]!;
    const range: [number, number] = [hits[hit + 1]!, hits[hit + 2]!];
    const ranges = rangesById.get(id);
    if (ranges) ranges.push(range);
    else rangesById.set(id, [range]);
  }
  return [...rangesById].map(([id, ranges]) => {
    const { name, kind } = trie.skills[id]!;
    return { name, kind, ranges };
  });
}
