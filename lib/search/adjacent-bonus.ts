import { FIELD_BITS, FIELD_WEIGHTS } from './field-weights';
import type { WordPlan } from './plan-query';
import { PHRASE_PAIRS } from './synonyms';
import { PAIR_SEPARATOR } from './tokenize';
import type { Vocabulary } from './vocabulary';

/** Two query words found side by side in a title add this share of a title word's weight. */
const ADJACENT_SHARE = 0.5;
/**
 * The same two words side by side in the job's text (only the synonyms' expressions are kept
 * as pairs there, see phrasePairs): a posting naming its role in its text ("nous cherchons un·e
 * business developer") under another title.
 */
const BODY_PHRASE_SHARE = 1;
/** Pairs completing the word being typed ("data sci…") looked at, at most. */
const MAX_PAIR_COMPLETIONS = 20;

/**
 * Adds to `bonuses` (by candidate row) a bonus for each two consecutive query words (stopwords
 * aside) that stand together in an offer's title, in that order: "data scientist" ranks the
 * title "Data scientist" above one holding "data" and "scientist" apart. Each word counts as
 * itself or a one-word synonym; the word being typed, by the pairs it starts and its synonyms by theirs.
 */
export function addAdjacentBonus(
  plans: WordPlan[],
  vocabulary: Vocabulary,
  rarity: (term: number) => number,
  rowOf: (doc: number) => number,
  bonuses: Float64Array,
): void {
  const content = plans.filter((plan) => !plan.word.optional);
  for (let i = 1; i < content.length; i++) {
    const pairs = pairTerms(content[i - 1]!, content[i]!, vocabulary);
    if (pairs.length === 0) continue;
    // Per candidate row, the best pair bonus of this word pair so far; rows listed once.
    const bonusByRow = new Float64Array(bonuses.length);
    const rows: number[] = [];
    for (const pair of pairs) {
      const bonus = FIELD_WEIGHTS.title * ADJACENT_SHARE * rarity(pair);
      // An expression's plural in a text names the team's members more often than the job ("our data scientists"): no phrase bonus.
      const textBonus = PHRASE_PAIRS.has(vocabulary.terms[pair]!) ? bonus * BODY_PHRASE_SHARE : 0;
      const give = (doc: number, bonus: number) => {
        const row = rowOf(doc);
        if (row < 0 || bonusByRow[row]! >= bonus) return;
        if (bonusByRow[row] === 0) rows.push(row);
        bonusByRow[row] = bonus;
      };
      const head = vocabulary.postingsOf(pair, 'head');
      for (let p = head.offset; p < head.offset + head.length; p++) {
        if (head.masks![p]! & FIELD_BITS.title) give(head.docs[p]!, bonus);
        else if (head.masks![p]! & FIELD_BITS.body && textBonus > 0) give(head.docs[p]!, textBonus);
      }
      if (textBonus === 0) continue;
      const body = vocabulary.postingsOf(pair, 'body');
      for (let p = body.offset; p < body.offset + body.length; p++) give(body.docs[p]!, textBonus);
    }
    for (const row of rows) bonuses[row]! += bonusByRow[row]!;
  }
}

function pairTerms(left: WordPlan, right: WordPlan, vocabulary: Vocabulary): number[] {
  const forms = (plan: WordPlan) => [plan.word.text, ...plan.synonyms.filter((words) => words.length === 1).map(([word]) => word!)];
  const pairs: number[] = [];
  for (const first of forms(left)) {
    // The word being typed stands by the pairs it starts, its synonyms by their own.
    if (right.word.prefix) pairs.push(...vocabulary.withPrefix(first + PAIR_SEPARATOR + right.word.text).subarray(0, MAX_PAIR_COMPLETIONS));
    for (const second of forms(right).slice(right.word.prefix ? 1 : 0)) {
      const pair = vocabulary.idOf(first + PAIR_SEPARATOR + second);
      if (pair !== undefined) pairs.push(pair);
    }
  }
  return pairs;
}
