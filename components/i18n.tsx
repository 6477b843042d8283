import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { countedKey } from '../lib/text/plural';

/** browser.i18n.getMessage in the extension; a lookup table in tests and previews. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

export const I18nContext = createContext<Translate>((key) => key);

export function useT(): Translate {
  return useContext(I18nContext);
}

/**
 * A counted message in the form its count takes in the language shown ("1 fichier ignoré",
 * "2 fichiers ignorés"): the count is `$1`, the other substitutions follow it.
 */
export function tCount(t: Translate, key: string, count: number, more: readonly string[] = []): string {
  return t(countedKey(key, count, t('uiLanguage')), [String(count), ...more]);
}
