// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { I18nContext } from '../../components/i18n';
import { lazyView } from '../../components/lazy-view';
import { translateFrom } from './translate';
import { waitFor } from '../support/wait-for';
import { renderIn, renderInFrench } from './render';

function Greeting({ name }: { name: string }) {
  return <p data-testid="greeting">Bonjour {name}</p>;
}

describe('lazyView', () => {
  it('shows nothing until its code is loaded, then the view with its props; loads the code once', async () => {
    let loads = 0;
    let release!: () => void;
    const ready = new Promise<void>((resolve) => (release = resolve));
    const Lazy = lazyView(async () => {
      loads++;
      await ready;
      return Greeting;
    });
    const first = renderInFrench(<Lazy name="Ada" />);
    expect(first.textContent).toBe('');
    release();
    await waitFor(() => first.querySelector('[data-testid="greeting"]'), { interval: 5, message: 'the loaded view' });
    expect(first.textContent).toBe('Bonjour Ada');
    const second = renderInFrench(<Lazy name="Grace" />);
    expect(second.textContent).toBe('Bonjour Grace');
    expect(loads).toBe(1);
  });

  it('says in the seeker’s language that the view could not load, with a way out, instead of an unhandled rejection; the next showing asks again', async () => {
    let loads = 0;
    const Lazy = lazyView(async () => {
      loads++;
      if (loads === 1) throw new TypeError('Failed to fetch dynamically imported module: chrome-extension://id/chunks/offer-card-old.js');
      return Greeting;
    });
    const french = renderInFrench(<Lazy name="Ada" />);
    const alert = await waitFor(() => french.querySelector('[role="alert"]'), { interval: 5, message: 'the French error' });
    expect(alert.textContent).toContain('Cette partie de Vigie n’a pas pu se charger');
    expect(alert.querySelector('button')?.textContent).toBe('Recharger');
    const english = renderIn('en', <Lazy name="Grace" />);
    await waitFor(() => english.querySelector('[data-testid="greeting"]'), { interval: 5, message: 'the view, loaded at the second showing' });
    expect(english.textContent).toBe('Bonjour Grace');
    expect(loads).toBe(2);
  });

  it('says it in English in an English interface', async () => {
    const Lazy = lazyView<{ name: string }>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const english = renderIn('en', <Lazy name="Ada" />);
    const alert = await waitFor(() => english.querySelector('[role="alert"]'), { interval: 5, message: 'the English error' });
    expect(alert.textContent).toContain('This part of Vigie could not load');
    expect(alert.querySelector('button')?.textContent).toBe('Reload');
  });

  it('says so too when the code fails before the view’s effect runs (effects wait for a frame)', async () => {
    const Lazy = lazyView<{ name: string }>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const container = document.createElement('div');
    document.body.append(container);
    // Rendered as the popup renders, outside act(): the rejection is handled before the effect is run.
    render(<I18nContext.Provider value={translateFrom('en')}><Lazy name="Ada" /></I18nContext.Provider>, container);
    const alert = await waitFor(() => container.querySelector('[role="alert"]'), { interval: 5, message: 'the error, after the effect' });
    expect(alert.textContent).toContain('This part of Vigie could not load');
  });
});
