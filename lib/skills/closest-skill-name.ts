import Fuse from 'fuse.js';
import { editDistance } from '../text/edit-distance';
import { foldText } from '../text/fold';
import { canonicalSkillName } from './canonical-skill-name';
import { SKILLS } from './taxonomy';

/** Shorter inputs are close to too many names ("java" and "lava", "css" and "cms"). */
const MIN_TYPED_LENGTH = 5;
/** fuse.js's score past which a spelling shares letters with the input rather than being it misspelt. */
const CANDIDATE_THRESHOLD = 0.4;
/** From this length a word may hold two slips ("Symphony" for "Symfony"); shorter, one. */
const TWO_SLIPS_FROM_LENGTH = 8;

interface Spelling {
  name: string;
  spelling: string;
}

let concreteSkills: { fuse: Fuse<Spelling>; longest: number } | undefined;

/**
 * The taxonomy's skill the user most likely meant when what they typed is not one of its
 * spellings ("pyhton" → "Python"): a skill spelt otherwise than postings spell it is found in
 * none, so it would silently count for nothing in every match. Undefined when the taxonomy
 * knows the input as typed, or when no skill is a slip or two away from it.
 */
export function closestSkillName(typed: string): string | undefined {
  const input = typed.trim();
  if (input.length < MIN_TYPED_LENGTH || canonicalSkillName(input) !== undefined) return undefined;
  concreteSkills ??= indexConcreteSkills();
  const slips = input.length >= TWO_SLIPS_FROM_LENGTH ? 2 : 1;
  // Each slip changes the length by one at most: a longer input (a pasted sentence) is no slip of
  // any spelling, and fuse.js would take seconds over it (about 2 ms a character).
  if (input.length > concreteSkills.longest + slips) return undefined;
  // fuse.js ranks the spellings by closeness; its score counts a substring as no error and a swap
  // of two letters as two, so the first it ranks must also be within the slips allowed, swaps one.
  const folded = foldText(input);
  return concreteSkills.fuse.search(input).find(({ item }) => editDistance(folded, foldText(item.spelling), slips) <= slips)?.item.name;
}

/** Every spelling of a concrete skill (its name and aliases), each pointing to its name, and the longest spelling's length. */
function indexConcreteSkills(): { fuse: Fuse<Spelling>; longest: number } {
  const spellings = SKILLS.filter((skill) => skill.kind === 'skill').flatMap((skill) => [skill.name, ...skill.aliases].map((spelling) => ({ name: skill.name, spelling })));
  return {
    fuse: new Fuse(spellings, { keys: ['spelling'], threshold: CANDIDATE_THRESHOLD, ignoreDiacritics: true, ignoreLocation: true }),
    longest: Math.max(...spellings.map(({ spelling }) => spelling.length)),
  };
}
