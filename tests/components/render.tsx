import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { I18nContext } from '../../components/i18n';
import { translateFrom } from './translate';

/** Renders a view in French, as the extension does for a French browser; returns its container. */
export function renderInFrench(view: ComponentChild): HTMLElement {
  return renderIn('fr', view);
}

/** Renders a view in the given language of Vigie's messages; returns its container. */
export function renderIn(language: 'fr' | 'en', view: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(<I18nContext.Provider value={translateFrom(language)}>{view}</I18nContext.Provider>, container));
  return container;
}
