import { render, type ComponentChildren } from 'preact';
import { translate } from './browser-bindings';
import { I18nContext } from './i18n';

/** Renders an extension page's app into its #app element, tagged with the language of Vigie's messages, with its translations. */
export function mountPage(app: ComponentChildren): void {
  // The messages' language, not the browser's: a German browser reads Vigie's default, French, and a screen reader must know it.
  document.documentElement.lang = translate('uiLanguage') || 'fr';
  const root = document.getElementById('app');
  if (root) render(<I18nContext.Provider value={translate}>{app}</I18nContext.Provider>, root);
}
