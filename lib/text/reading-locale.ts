const LANGUAGE = /^[a-z]{2,3}$/i;

/** A bare language code (`fr`, `en`, `ast`): what a messages lookup names, when it found one. */
export function isLanguageCode(tag: string): boolean {
  return LANGUAGE.test(tag);
}

/**
 * The locale to write dates and numbers in, and to tag pages with: the browser's own (`fr-CA`, `en-GB`)
 * when it speaks the language of the messages shown, else that language. A browser in German or Spanish
 * shows Vigie's default messages, French: its dates must be French too, not "6. Dez." inside French text,
 * and a screen reader must read the page as French.
 */
export function readingLocale(browserTag: string | undefined, messagesLanguage: string): string | undefined {
  const browser = browserTag?.replace('_', '-');
  // A lookup that found no language answers '' or the key itself: then the browser's is all there is.
  if (!isLanguageCode(messagesLanguage)) return browser;
  return browser?.split('-')[0]?.toLowerCase() === messagesLanguage.toLowerCase() ? browser : messagesLanguage;
}
