import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, values } from '../support/css-colours';

/*
 * One colour meaning for the seeker's skills wherever Vigie shows a posting's: the popup's card
 * (assets/theme.css, assets/popup.css), the page panel (its own shadow-root styles) and the
 * highlights painted on the page. The three are separate style sheets: this holds them together.
 */
const css = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const theme = css('assets/theme.css');
const panel = css('components/page-panel/panel.css');
const highlights = css('entrypoints/content/highlights.css');

/** A rule's declaration, by its selector's start and the property. */
function declared(sheet: string, selector: string, property: string): string | undefined {
  const rule = sheet.split('\n').find((line) => line.startsWith(selector));
  return rule && new RegExp(`(?:^|[\\s{;])${property}:\\s*([^;}]+)`).exec(rule)?.[1]?.trim();
}

describe('the colours of the seeker’s skills', () => {
  it('are the same green in the popup’s card, the page panel and the page’s highlights, light and dark', () => {
    const have = values(theme, '--have');
    const haveText = values(theme, '--have-text');
    expect(have).toHaveLength(2);
    expect(values(panel, '--have')).toEqual(have);
    expect(values(panel, '--have-text')).toEqual(haveText);
    expect(declared(highlights, '::highlight(vigie-skill-match)', 'background-color')).toBe(have[0]);
    expect(declared(highlights, '::highlight(vigie-skill-match)', 'color')).toBe(haveText[0]);
    expect(declared(highlights, "vigie-mark[data-kind='match']", 'background-color')).toBe(have[0]);
  });

  it('draw the skills the seeker lacks plain in both, never in the colour of theirs nor in the search’s yellow', () => {
    expect(declared(css('assets/popup.css'), '.skill.mine', 'background')).toBe('var(--have)');
    expect(declared(panel, '.matched li', 'background')).toBe('var(--have)');
    expect(panel).not.toMatch(/\.missing li\s*{[^}]*background/);
    const missing = declared(highlights, '::highlight(vigie-skill-missing)', 'background-color')!;
    expect([...values(theme, '--have'), ...values(theme, '--match')]).not.toContain(missing);
  });

  it('say it in words or marks too, not by colour alone', () => {
    expect(declared(css('assets/popup.css'), '.skill.mine::before', 'content')).toMatch(/✓/);
    expect(declared(panel, '.matched li::before', 'content')).toMatch(/✓/);
  });

  it('keep their text readable (WCAG AA, 4.5:1) in both schemes', () => {
    const have = values(theme, '--have');
    const haveText = values(theme, '--have-text');
    for (const [index, background] of have.entries()) expect(contrast(background, haveText[index]!)).toBeGreaterThanOrEqual(4.5);
    const missing = ['background-color', 'color'].map((property) => declared(highlights, '::highlight(vigie-skill-missing)', property)!);
    expect(contrast(missing[0]!, missing[1]!)).toBeGreaterThanOrEqual(4.5);
  });
});
