import { describe, expect, it } from 'vitest';
import { detectRemote } from '../../lib/postings/detect-remote';

describe('detectRemote', () => {
  it.each([
    ['100% télétravail', 'full'],
    ['100 % en télétravail', 'full'],
    ['Télétravail total possible', 'full'],
    ['Télétravail complet', 'full'],
    ['Télétravail à temps complet', 'full'],
    ['full remote', 'full'],
    ['Fully remote team', 'full'],
    ['Travail essentiellement en télétravail, mais…', 'full'],
    ['il est possible de télétravailler depuis n’importe où', 'full'],
    ['2 jours de télétravail par semaine', 'partial'],
    ['Le télétravail est possible jusqu’à deux jours par semaine.', 'partial'],
    ['Vous travaillez en présentiel (Paris 12°) et en télétravail.', 'partial'],
    ['Le travail à distance est... la norme', 'partial'],
    ['Organisation hybride', 'partial'],
    ['Pas de télétravail', 'none'],
    ['Le télétravail n’est pas possible sur ce poste', 'none'],
    ['100% présentiel', 'none'],
    ['Ce n’est pas un poste en full remote, mais 2 jours de télétravail', 'partial'],
    ['Bureaux à Paris', 'unknown'],
    // Coming in is optional: the job is fully remote.
    ['4 jours par semaine en télétravail. Des réunions en présentiel optionnelles à prévoir sur Paris.', 'full'],
    ['Présentiel facultatif', 'full'],
    ['Des rencontres facultatives en présentiel', 'full'],
    ['Présence sur site non obligatoire.', 'full'],
    ['Remote, on-site optional.', 'full'],
    ['Hybrid: office attendance is optional.', 'full'],
    ['Optional in-person meetups twice a year.', 'full'],
    ['On-site presence is not optional: hybrid, two days a week.', 'partial'],
    ['Le présentiel n’est pas optionnel : 2 jours de télétravail.', 'partial'],
  ])('%s → %s', (text, remote) => {
    expect(detectRemote(text)).toBe(remote);
  });
});

describe('detectRemote with a bare "Télétravail" or "Remote" line', () => {
  it.each([
    // A heading over prose: the prose says how much.
    ['Télétravail\n2 jours par semaine', 'partial'],
    ['Télétravail\n\nPas de télétravail sur ce poste.', 'none'],
    ['Remote\nNo remote work: the role is in our Paris office.', 'none'],
    ['Remote\nHybrid, three days a week in the office.', 'partial'],
    ['Travail à distance\nÉquipe entièrement distribuée.', 'full'],
    // A bare line alone or as a list item, nothing else said: the way of working, whole.
    ['Avantages\n- Télétravail\n- Tickets restaurant', 'full'],
    ['Benefits:\n* Remote\n* Health insurance', 'full'],
    ['Lieu : Paris\nTélétravail', 'full'],
    // A bare list item, and the text says how much elsewhere.
    ['- Télétravail\n- Mutuelle\nLe poste est en présentiel, pas de télétravail.', 'none'],
    ['* Remote\nHybrid: two days a week on site.', 'partial'],
    // The bare item after the prose that names it: read without it, the prose says part-time remote.
    ['Deux jours de télétravail par semaine\n- Full remote', 'partial'],
  ])('%j → %s', (text, remote) => {
    expect(detectRemote(text)).toBe(remote);
  });
});

describe('detectRemote on long lines of key words (hostile input: timed in a scratch script, not here)', () => {
  it.each([
    // Thousands of key words on one line, a bare line after it, at the very end with no newline.
    ['remote '.repeat(5000) + '\n- Remote', 'partial'],
    ['Bureaux sur site, à la maison (home) ou au bureau (office). '.repeat(500) + '\nTélétravail', 'full'],
    // The same line with no bare line: its phrases alone.
    ['Bureaux sur site, à la maison (home) ou au bureau (office). '.repeat(500), 'unknown'],
    // A full-remote phrase far along a long line, a bare heading over prose after it.
    ['site '.repeat(5000) + 'full remote\nTélétravail\n2 jours par semaine', 'full'],
  ])('%#: → %s', (text, remote) => {
    expect(detectRemote(text)).toBe(remote);
  });
});
