import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { I18nContext } from '../../components/i18n';
import { translateFrom } from './translate';

/** Renders a view in French, as the extension does for a French browser; returns its container. */
export function renderInFrench(view: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(<I18nContext.Provider value={translateFrom('fr')}>{view}</I18nContext.Provider>, container));
  return container;
}
