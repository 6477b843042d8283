import { describe, expect, it } from 'vitest';
import { alertSentence, changeSentence, formatSalary, type ChangeLook } from '../../lib/history/describe-change';
import { translateFrom } from '../components/translate';

function look(language: 'fr' | 'en', locale: string): ChangeLook {
  const t = translateFrom(language);
  return { locale, t: (key, substitutions) => t(key, substitutions), day: (iso) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.parse(iso)) };
}

const FR = look('fr', 'fr');
const EN = look('en', 'en-GB');
const salary = (min: number, max: number) => ({ min, max, unit: 'year' as const, currency: 'EUR', text: '' });

describe('changeSentence', () => {
  it('says a salary change with its date, old → new, in French and English', () => {
    const change = { field: 'salary' as const, before: salary(45_000, 55_000), after: salary(50_000, 60_000) };
    // Intl writes French amounts with narrow no-break spaces: "45–55 k €".
    expect(changeSentence(change, '12 mars', FR)).toMatch(/^Salaire modifié le 12 mars : 45–55\sk\s€ par an → 50–60\sk\s€ par an$/);
    expect(changeSentence(change, '12 March', EN)).toBe('Salary changed on 12 March: €45–55k a year → €50–60k a year');
  });

  it('names labels as the popup does, and an unstated value as such', () => {
    expect(changeSentence({ field: 'contract', before: 'CDD', after: 'civil-servant' }, '1 mai', FR)).toBe('Contrat modifié le 1 mai : CDD → Fonction publique');
    expect(changeSentence({ field: 'deadline', before: undefined, after: '2027-03-12' }, '1 May', EN)).toBe('Deadline changed on 1 May: not stated → 12 March');
    expect(changeSentence({ field: 'skills', added: ['React'], removed: ['Vue.js'] }, '1 mai', FR)).toBe('Compétences modifiées le 1 mai : + React, − Vue.js');
  });
});

describe('alertSentence', () => {
  it('says closings, reopenings, removals and the changes beyond the first', () => {
    expect(alertSentence({ kind: 'closed' }, '3 juin', FR)).toBe('Fermée le 3 juin');
    expect(alertSentence({ kind: 'removed' }, '3 June', EN)).toBe('Removed from its source on 3 June');
    expect(alertSentence({ kind: 'changed', change: { field: 'title', before: 'A', after: 'B' }, more: 2 }, '3 June', EN)).toBe('Title changed on 3 June: A → B (and 2 more changes)');
  });
});

describe('formatSalary', () => {
  it('writes small amounts whole and keeps words without figures', () => {
    expect(formatSalary({ min: 550, max: 650, unit: 'day', currency: 'EUR', text: '' }, FR)).toMatch(/^550–650\s€ par jour$/);
    expect(formatSalary({ unit: 'unknown', currency: 'EUR', text: 'Selon la grille' }, EN)).toBe('Selon la grille');
  });
});
