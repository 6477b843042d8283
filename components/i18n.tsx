import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** browser.i18n.getMessage in the extension; a lookup table in tests and previews. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

export const I18nContext = createContext<Translate>((key) => key);

export function useT(): Translate {
  return useContext(I18nContext);
}
