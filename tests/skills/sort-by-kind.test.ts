import { describe, expect, it } from 'vitest';
import { skillKindOf } from '../../lib/skills';
import { sortByKind } from '../../lib/skills/sort-by-kind';

describe('kinds of the taxonomy', () => {
  it.each([
    ['Python', 'skill'],
    ['user research', 'skill'],
    ['méthodes agiles', 'skill'],
    ['RGAA', 'skill'],
    ['Logement', 'domain'],
    ['Transition écologique', 'domain'],
    ['collectivités', 'domain'],
    ['Autonomie', 'soft'],
    ["esprit d'équipe", 'soft'],
    ['English', 'soft'],
    ['Odoo', 'skill'],
    ['Product Owner', 'role'],
    // Broad activities that restate a job, as domains and activities are: never counted in a match.
    ['business model', 'domain'],
    ["mesure d'impact", 'domain'],
    ['data management', 'domain'],
  ] as const)('%s is a %s', (name, kind) => {
    expect(skillKindOf(name)).toBe(kind);
  });
});

describe('sortByKind', () => {
  it('sorts names by kind, each once, in the order given', () => {
    expect(sortByKind(['Python', 'Logement', 'Autonomie', 'python', 'Django', 'Anglais', 'Odoo', 'Collectivités territoriales'])).toEqual({
      skills: ['Python', 'Django', 'Odoo'],
      domains: ['Logement', 'Collectivités territoriales'],
      softSkills: ['Autonomie', 'Anglais'],
    });
  });

  it('leaves roles out: a job’s name is no skill, field or quality asked', () => {
    expect(sortByKind(['Scrum', 'Product Owner', 'Gestion de produit'])).toEqual({ skills: ['Scrum'], domains: ['Gestion de produit'], softSkills: [] });
  });
});
