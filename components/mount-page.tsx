import { render, type ComponentChildren } from 'preact';
import { browser } from '#imports';
import { translate } from './browser-bindings';
import { I18nContext } from './i18n';

/** Renders an extension page's app into its #app element, in the browser's language, with Vigie's translations. */
export function mountPage(app: ComponentChildren): void {
  // The browser's UI language without its region ("fr-CA" → "fr"), French when the browser gives none.
  document.documentElement.lang = browser.i18n.getUILanguage().split('-')[0] || 'fr';
  const root = document.getElementById('app');
  if (root) render(<I18nContext.Provider value={translate}>{app}</I18nContext.Provider>, root);
}
