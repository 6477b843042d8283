import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tCount } from '../../components/i18n';
import { importDone } from '../../components/import-done';
import { translateFrom } from './translate';

const keysOf = (language: string) => Object.keys(JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${language}/messages.json`), 'utf8')) as object);

describe('counted messages', () => {
  it('say 0, 1 and 2 in French, where 0 takes the singular', () => {
    const t = translateFrom('fr');
    expect([0, 1, 2].map((count) => tCount(t, 'skippedFiles', count))).toEqual([
      '0 fichier ignoré, qui n’est pas une offre',
      '1 fichier ignoré, qui n’est pas une offre',
      '2 fichiers ignorés, qui ne sont pas des offres',
    ]);
    expect([0, 1, 2].map((count) => tCount(t, 'journalShowThisMonth', count))).toEqual(['Voir ce mois-ci (0 démarche)', 'Voir ce mois-ci (1 démarche)', 'Voir ce mois-ci (2 démarches)']);
  });

  it('say 0, 1 and 2 in English, where 0 takes the plural', () => {
    const t = translateFrom('en');
    expect([0, 1, 2].map((count) => tCount(t, 'skippedFiles', count))).toEqual(['0 files skipped, not postings', '1 file skipped, not a posting', '2 files skipped, not postings']);
    expect([0, 1, 2].map((count) => tCount(t, 'journalShowThisMonth', count))).toEqual(['Show this month (0 steps)', 'Show this month (1 step)', 'Show this month (2 steps)']);
  });

  it('keep the other substitutions after the count', () => {
    expect(tCount(translateFrom('fr'), 'searchShown', 1, ['Dev Python'])).toBe('Recherche « Dev Python » : 1 nouvelle offre depuis votre dernière visite, en premier.');
    expect(tCount(translateFrom('en'), 'searchShown', 2, ['Dev Python'])).toBe('Search “Dev Python”: 2 new postings since you last looked, listed first.');
  });

  it('give each count of a message its own form', () => {
    expect(importDone(translateFrom('fr'), { sources: 4, favorites: 1, rejected: 0 })).toBe('Import terminé : 4 sources, 1 offre sauvegardée, 0 élément ignoré.');
    expect(importDone(translateFrom('en'), { sources: 4, favorites: 1, rejected: 0 })).toBe('Import done: 4 sources, 1 saved offer, 0 items skipped.');
  });

  it('carry both forms in both languages, and no "(s)" left', () => {
    for (const language of ['fr', 'en']) {
      const keys = new Set(keysOf(language));
      const counted = [...keys].filter((key) => /_(one|other)$/.test(key)).map((key) => key.replace(/_(one|other)$/, ''));
      for (const key of counted) expect([keys.has(`${key}_one`), keys.has(`${key}_other`)], `${language} ${key}`).toEqual([true, true]);
      expect(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${language}/messages.json`), 'utf8')).not.toContain('(s)');
    }
    expect(keysOf('en')).toEqual(keysOf('fr'));
  });
});
