import { render, type ComponentChildren } from 'preact';
import { translate, uiLanguage } from './browser-bindings';
import { I18nContext } from './i18n';

/** Renders an extension page's app into its #app element, in the browser's language, with Vigie's translations. */
export function mountPage(app: ComponentChildren): void {
  document.documentElement.lang = uiLanguage();
  const root = document.getElementById('app');
  if (root) render(<I18nContext.Provider value={translate}>{app}</I18nContext.Provider>, root);
}
