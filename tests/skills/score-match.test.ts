import { describe, expect, it } from 'vitest';
import { scoreMatch } from '../../lib/skills';

describe('scoreMatch', () => {
  it('gives the share of the posting’s skills the user has', () => {
    expect(scoreMatch(['Python', 'Django', 'PostgreSQL', 'Docker'], ['python', 'postgres', 'Figma'])).toEqual({
      score: 0.5,
      matched: ['Python', 'PostgreSQL'],
      missing: ['Django', 'Docker'],
    });
  });

  it.each([
    [['Vue.js'], ['VueJS'], 1],
    [['Accessibilité numérique'], ['RGAA'], 1],
    [['Déploiement'], ['deploiement'], 1],
    [['Gestion de projet'], ['cheffe de projet'], 1],
    [['Tricot'], ['tricot'], 1],
    [['Python'], [], 0],
    [[], ['Python'], 0],
  ])('%j against %j scores %d', (posting, user, score) => {
    expect(scoreMatch(posting, user).score).toBe(score);
  });

  it('counts a posting skill once however it is spelled', () => {
    expect(scoreMatch(['PostgreSQL', 'Postgres', 'Go'], ['PostgreSQL'])).toEqual({
      score: 0.5,
      matched: ['PostgreSQL'],
      missing: ['Go'],
    });
  });
});
