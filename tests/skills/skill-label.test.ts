import { describe, expect, it } from 'vitest';
import { SKILLS, skillLabel } from '../../lib/skills';
import { skillNameTyped } from '../../lib/skills/skill-label';

/**
 * Signs that a name is written in French, independent of the labels themselves: a French
 * letter or an apostrophe, a French small word, or a French ending ("Maquettage",
 * "Virtualisation", "Bureautique", "Ergonomie", "Tableur", "Partenariats", "Recette").
 */
const FRENCH_NAME = /[àâçéèêëîïôûùüœ']|(?:^|\s)(?:de|des|du|la|le|en|et|au|par)(?:\s|$)|(?:(?<!gu)age|isation|ique|iques|ie|eur|ariats|elle|elles|ette|eille|orat)$/iu;
/** Product names: the same in every language. */
const PRODUCT_NAMES = new Set(['Démarches simplifiées']);

describe('skill labels in English', () => {
  it('gives every French-named skill, domain and quality an English label', () => {
    const unlabelled = SKILLS.filter((skill) => FRENCH_NAME.test(skill.name) && !PRODUCT_NAMES.has(skill.name) && !skill.en);
    expect(unlabelled.map((skill) => skill.name)).toEqual([]);
  });

  it('labels with a name of its own, told apart from the others', () => {
    const labels = SKILLS.flatMap((skill) => (skill.en ? [skill.en] : []));
    expect(labels.length).toBeGreaterThan(100);
    for (const skill of SKILLS.filter((skill) => skill.en)) expect(skill.en).not.toBe(skill.name);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('shows the English label in English, the name otherwise', () => {
    expect(skillLabel('Logiciel libre', 'en')).toBe('Open source software');
    expect(skillLabel('Travail en équipe', 'en')).toBe('Teamwork');
    expect(skillLabel('Logiciel libre', 'fr')).toBe('Logiciel libre');
    expect(skillLabel('PostgreSQL', 'en')).toBe('PostgreSQL');
    expect(skillLabel('Odoo', 'en')).toBe('Odoo');
  });
});

describe('a skill as a seeker types it', () => {
  it('is named as the taxonomy names it, typed by one of its spellings or by the English name shown for it', () => {
    expect(skillNameTyped('postgres')).toBe('PostgreSQL');
    expect(skillNameTyped('IT security')).toBe('Sécurité informatique');
    expect(skillNameTyped('  open  SOURCE software ')).toBe('Logiciel libre');
    expect(skillNameTyped('Sécurité informatique')).toBe('Sécurité informatique');
  });

  it('is unknown when the taxonomy knows it by no name', () => {
    expect(skillNameTyped('Odoo')).toBeUndefined();
    expect(skillNameTyped('')).toBeUndefined();
  });
});
