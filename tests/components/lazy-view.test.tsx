// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lazyView } from '../../components/lazy-view';
import { waitFor } from '../support/wait-for';
import { renderInFrench } from './render';

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
});
