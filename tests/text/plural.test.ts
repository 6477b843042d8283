import { describe, expect, it } from 'vitest';
import { countedKey, pluralForm } from '../../lib/text/plural';

describe('the plural form of a count', () => {
  it('follows French: one for 0 and 1, other from 2', () => {
    expect([0, 1, 2].map((count) => pluralForm(count, 'fr'))).toEqual(['one', 'one', 'other']);
  });

  it('follows English: one for 1 alone', () => {
    expect([0, 1, 2].map((count) => pluralForm(count, 'en'))).toEqual(['other', 'one', 'other']);
  });

  it('takes other for the forms the messages do not carry, and English rules when no language is known', () => {
    expect(pluralForm(1_000_000, 'fr')).toBe('other');
    expect(pluralForm(0, 'uiLanguage')).toBe('other');
    expect(countedKey('skippedFiles', 1, 'fr')).toBe('skippedFiles_one');
  });
});
