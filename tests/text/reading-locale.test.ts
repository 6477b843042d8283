import { describe, expect, it } from 'vitest';
import { readingLocale } from '../../lib/text/reading-locale';

describe('readingLocale', () => {
  it.each([
    { browser: 'fr', messages: 'fr', locale: 'fr' },
    { browser: 'fr_CA', messages: 'fr', locale: 'fr-CA' },
    { browser: 'en-GB', messages: 'en', locale: 'en-GB' },
    // No German messages: Vigie speaks its default, French, and writes its dates in French.
    { browser: 'de', messages: 'fr', locale: 'fr' },
    { browser: 'es-MX', messages: 'fr', locale: 'fr' },
    { browser: 'en-US', messages: 'fr', locale: 'fr' },
    { browser: 'fr', messages: '', locale: 'fr' },
    { browser: 'en-US', messages: 'uiLanguage', locale: 'en-US' },
    { browser: undefined, messages: 'fr', locale: 'fr' },
  ])('$browser with $messages messages writes $locale', ({ browser, messages, locale }) => {
    expect(readingLocale(browser, messages)).toBe(locale);
  });
});
