import { isLanguageCode } from './reading-locale';

/** The forms a counted message carries in the messages files: `KEY_one` and `KEY_other`. */
export type PluralForm = 'one' | 'other';

const rulesByLanguage = new Map<string, Intl.PluralRules>();

/**
 * The form a count takes in `language`, by the language's own rules: French says "0 offre" and
 * "1 offre", English "0 postings" and "1 posting". Languages with more forms (CLDR's "few", "many")
 * fall back to `other`, the form every counted message has.
 */
export function pluralForm(count: number, language: string): PluralForm {
  const tag = isLanguageCode(language) ? language : 'en';
  let rules = rulesByLanguage.get(tag);
  if (!rules) rulesByLanguage.set(tag, (rules = new Intl.PluralRules(tag)));
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** The key of the message that says `count` of something: `skippedFiles` → `skippedFiles_one` or `skippedFiles_other`. */
export function countedKey(key: string, count: number, language: string): string {
  return `${key}_${pluralForm(count, language)}`;
}
