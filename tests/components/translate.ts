import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Translate } from '../../components/i18n';

/** The extension's own messages for `language`, with `$1`… substitutions, as browser.i18n.getMessage gives them. */
export function translateFrom(language: 'fr' | 'en'): Translate {
  const path = resolve(import.meta.dirname, `../../public/_locales/${language}/messages.json`);
  const messages = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
  return (key, substitutions) => {
    if (key === '@@ui_locale') return language;
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return messages[key]?.message.replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '') ?? '';
  };
}
