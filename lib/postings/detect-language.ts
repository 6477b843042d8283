import type { PostingLanguage } from './types';

/**
 * Short words that only one of the two languages uses often. Counted over the start of a
 * posting, they tell French from English even in a text full of shared tech words
 * ("développeur full stack Python/Django", "Senior Software Engineer").
 */
const FUNCTION_WORDS: Record<PostingLanguage, readonly string[]> = {
  fr: ['le', 'la', 'les', 'des', 'du', 'une', 'et', 'est', 'pour', 'dans', 'sur', 'avec', 'nous', 'vous', 'au', 'aux', 'qui', 'que', 'ou', 'pas', 'sont', 'ce', 'cette', 'votre', 'notre', 'vos', 'nos', 'être', 'sera', 'poste', 'équipe'],
  en: ['the', 'and', 'of', 'to', 'is', 'are', 'for', 'with', 'we', 'you', 'our', 'your', 'in', 'be', 'will', 'this', 'that', 'from', 'as', 'an', 'or', 'team', 'work', 'role', 'have', 'who', 'it'],
};
// A few paragraphs say it; reading more only costs time.
const SAMPLE = 1500;
/** [a-z] then [à-ÿ]: what a word of the lower-cased sample is made of, one column each. */
const SYMBOLS = 26 + 32;
const NO_NODE = -1;

/**
 * The function words as a trie over SYMBOLS, walked while the sample is read: a word is looked up
 * without cutting it out of the sample (a string and its hash per word cost more than the rest of
 * the reading). Node 0 is the root; `children` holds SYMBOLS entries a node, NO_NODE for none.
 */
const FUNCTION_WORD_TRIE = buildTrie();

function buildTrie(): { children: Int16Array; languages: Array<PostingLanguage | undefined> } {
  const words = (Object.entries(FUNCTION_WORDS) as Array<[PostingLanguage, readonly string[]]>).flatMap(([language, list]) => list.map((word) => [word, language] as const));
  const nodeCount = 1 + words.reduce((sum, [word]) => sum + word.length, 0);
  const children = new Int16Array(nodeCount * SYMBOLS).fill(NO_NODE);
  const languages: Array<PostingLanguage | undefined> = [undefined];
  for (const [word, language] of words) {
    let node = 0;
    for (let index = 0; index < word.length; index++) {
      const slot = node * SYMBOLS + symbolOf(word.charCodeAt(index));
      if (children[slot] === NO_NODE) children[slot] = languages.push(undefined) - 1;
      node = children[slot]!;
    }
    languages[node] = language;
  }
  return { children, languages };
}

/**
 * 'fr' or 'en', by the function words of the title and the start of the body. A tie (no text,
 * or as many of each) reads as French, the language most of Vigie's sources publish in.
 */
export function detectLanguage(title: string, plainBody: string): PostingLanguage {
  const sample = `${title}\n${plainBody.slice(0, SAMPLE)}`.toLowerCase();
  const { children, languages } = FUNCTION_WORD_TRIE;
  let french = 0;
  let english = 0;
  // Words are the runs of [a-zà-ÿ]; `node` follows the current word down the trie, NO_NODE once
  // it leaves it (no function word starts so).
  let node = 0;
  for (let index = 0; index <= sample.length; index++) {
    const symbol = index < sample.length ? symbolOf(sample.charCodeAt(index)) : NO_NODE;
    if (symbol !== NO_NODE) {
      if (node !== NO_NODE) node = children[node * SYMBOLS + symbol]!;
      continue;
    }
    if (node > 0) {
      const language = languages[node];
      if (language === 'fr') french++;
      else if (language === 'en') english++;
    }
    node = 0;
  }
  return english > french ? 'en' : 'fr';
}

/** The column of a code unit of [a-zà-ÿ], NO_NODE for any other: the runs of columns are the words. */
function symbolOf(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code >= 0xe0 && code <= 0xff) return code - 0xe0 + 26;
  return NO_NODE;
}
