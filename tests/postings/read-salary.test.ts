import { describe, expect, it } from 'vitest';
import { readSalary } from '../../lib/postings/read-salary';

describe('readSalary', () => {
  it.each([
    ['entre 550 et 650 euros / jour', { min: 550, max: 650, unit: 'day', currency: 'EUR' }],
    ['Rémunération : 45k€ - 55k€ brut annuel', { min: 45_000, max: 55_000, unit: 'year', currency: 'EUR' }],
    ['TJM 600€', { min: 600, unit: 'day', currency: 'EUR' }],
    ['Salaire : 3 200 € brut par mois', { min: 3200, unit: 'month', currency: 'EUR' }],
    ['Rémunération de 45.000 € à 52.000 € bruts annuels', { min: 45_000, max: 52_000, unit: 'year' }],
    ['Salary: $120k a year', { min: 120_000, unit: 'year', currency: 'USD' }],
    ['Taux journalier : 400 à 500 €', { min: 400, max: 500, unit: 'day' }],
    ['Rémunération : 40 k€', { min: 40_000, unit: 'year' }],
  ])('%s', (text, salary) => {
    const found = readSalary([text]);
    expect(found).toMatchObject(salary);
    expect(found?.text).toBe(text);
    if (!('max' in salary)) expect(found?.max).toBeUndefined();
  });

  it.each([
    'Tickets restaurants : 9,25 € (prise en charge employeur à 60 %)',
    'Salaire égal aux autres salarié·e·s',
    'Rémunération selon la grille 2022',
    'Un budget de 2 millions',
    '',
  ])('finds no salary in %j', (text) => {
    expect(readSalary([text])).toBeUndefined();
  });

  it('reads "k€" written over a line break as a pay word, on the line it starts', () => {
    expect(readSalary(['Environ 45 k\n€ par an'])).toMatchObject({ min: 45_000, unit: 'year', text: 'Environ 45 k' });
  });

  it('reads the first sentence that speaks of pay, in a longer text', () => {
    const text = 'Tickets restaurants : 9,25 €.\n\nLa rémunération prévue est calculée à partir d’un taux journalier, entre 550 et 650 euros / jour. Merci.';
    expect(readSalary([text])).toMatchObject({ min: 550, max: 650, unit: 'day', text: 'La rémunération prévue est calculée à partir d’un taux journalier, entre 550 et 650 euros / jour.' });
  });
});
