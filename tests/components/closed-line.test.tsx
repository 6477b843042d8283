// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClosedLine } from '../../components/popup/empty-state';
import { renderIn, renderInFrench } from './render';

describe('the closed postings line below the results', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('says how many closed postings match, in French first, with one button that lists them', () => {
    const onShow = vi.fn();
    const shown = renderInFrench(<ClosedLine count={99} onShow={onShow} />);
    const line = shown.querySelector('[data-testid="closed-line"]')!;
    expect(line.textContent).toBe('99 offres fermées masquées. Afficher');
    const button = line.querySelector('button')!;
    // The accessible name starts with the visible word (WCAG 2.5.3) and says what it shows.
    expect(button.getAttribute('aria-label')).toBe('Afficher les offres fermées');
    button.click();
    expect(onShow).toHaveBeenCalledOnce();
  });

  it('speaks English and the singular', () => {
    expect(renderIn('en', <ClosedLine count={1} onShow={() => {}} />).textContent).toBe('1 closed posting hidden. Show');
    expect(renderIn('en', <ClosedLine count={34} onShow={() => {}} />).textContent).toBe('34 closed postings hidden. Show');
    expect(renderInFrench(<ClosedLine count={1} onShow={() => {}} />).textContent).toBe('1 offre fermée masquée. Afficher');
  });

  it('is not there when no closed posting is hidden', () => {
    expect(renderInFrench(<ClosedLine count={0} onShow={() => {}} />).textContent).toBe('');
  });
});
