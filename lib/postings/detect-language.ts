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
const LANGUAGE_BY_WORD = new Map<string, PostingLanguage>(
  (Object.entries(FUNCTION_WORDS) as Array<[PostingLanguage, readonly string[]]>).flatMap(([language, words]) => words.map((word) => [word, language] as const)),
);
// A few paragraphs say it; reading more only costs time.
const SAMPLE = 1500;
const LONGEST_FUNCTION_WORD = Math.max(...[...LANGUAGE_BY_WORD.keys()].map((word) => word.length));

/**
 * 'fr' or 'en', by the function words of the title and the start of the body. A tie (no text,
 * or as many of each) reads as French, the language most of Vigie's sources publish in.
 */
export function detectLanguage(title: string, plainBody: string): PostingLanguage {
  const sample = `${title}\n${plainBody.slice(0, SAMPLE)}`.toLowerCase();
  let french = 0;
  let english = 0;
  // Words are the runs of [a-zà-ÿ]; only those as short as a function word are looked up, and
  // only they are cut out of the sample (a regular expression's match made an array per word).
  let start = 0;
  for (let index = 0; index <= sample.length; index++) {
    if (index < sample.length && isWordCode(sample.charCodeAt(index))) continue;
    if (index > start && index - start <= LONGEST_FUNCTION_WORD) {
      const language = LANGUAGE_BY_WORD.get(sample.slice(start, index));
      if (language === 'fr') french++;
      else if (language === 'en') english++;
    }
    start = index + 1;
  }
  return english > french ? 'en' : 'fr';
}

/** [a-zà-ÿ]: what a word of the lower-cased sample is made of. */
function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xe0 && code <= 0xff);
}
