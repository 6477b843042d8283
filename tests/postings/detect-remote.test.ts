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
  ])('%j → %s', (text, remote) => {
    expect(detectRemote(text)).toBe(remote);
  });
});
