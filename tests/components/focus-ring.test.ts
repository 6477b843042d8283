import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, values } from '../support/css-colours';

const theme = readFileSync(new URL('../../assets/theme.css', import.meta.url), 'utf8');

/*
 * The ring of the focused control on Vigie's pages (the popup's tabs, rows and filters, the options page,
 * the tracker): WCAG 1.4.11 asks a focus indicator to stand 3:1 from what surrounds it, here the page and
 * the controls' surface, in the light scheme as in the dark one.
 */
describe('the focus ring', () => {
  it('is drawn in the focus colour of each scheme', () => {
    expect(theme).toMatch(/:focus-visible[^{]*\{\s*outline: 3px solid var\(--focus\)/);
    expect(values(theme, '--focus')).toEqual(['#b45309', '#f59e0b']);
  });

  it.each([['light', 0], ['dark', 1]] as const)('stands 3:1 from the page and the controls in the %s scheme', (_scheme, at) => {
    const focus = values(theme, '--focus')[at]!;
    for (const around of [values(theme, '--bg')[at]!, values(theme, '--surface')[at]!]) expect(contrast(focus, around)).toBeGreaterThanOrEqual(3);
  });
});
