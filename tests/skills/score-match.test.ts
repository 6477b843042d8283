import { describe, expect, it } from 'vitest';
import { matchScorer, scoreMatch } from '../../lib/skills';

describe('scoreMatch', () => {
  it('gives the share of the posting’s skills the seeker has', () => {
    expect(scoreMatch(['Python', 'Django', 'PostgreSQL', 'Docker'], ['python', 'PostgreSQL', 'Figma'])).toEqual({
      score: 0.5,
      matched: ['Python', 'PostgreSQL'],
      missing: ['Django', 'Docker'],
      implied: [],
    });
  });

  it.each([
    [['Python', 'Django', 'React']],
    [['Django', 'React']],
    [['Next.js', 'Symfony', 'PostGIS']],
  ])('reads 100 %% for a seeker whose skills are exactly what the posting %j asks', (skills) => {
    expect(scoreMatch(skills, [...skills].reverse()).score).toBe(1);
  });

  it.each([
    [['Développement web'], ['développement Web'], 1],
    [['Tricot', 'Python'], ['tricot'], 0.5],
    [['Python'], [], 0],
    [['Python', 'Go', 'Rust', 'Java'], ['Go'], 0.25],
  ])('%j against %j scores %d', (posting, user, score) => {
    expect(scoreMatch(posting, user).score).toBe(score);
  });

  it('gives no score to a posting that asks for no concrete skill, rather than 0', () => {
    expect(scoreMatch([], ['Python'])).toEqual({ matched: [], missing: [], implied: [] });
  });

  it('counts a posting skill once however it is cased', () => {
    expect(scoreMatch(['PostgreSQL', 'postgresql', 'Go'], ['PostgreSQL'])).toEqual({
      score: 0.5,
      matched: ['PostgreSQL'],
      missing: ['Go'],
      implied: [],
    });
  });

  it('counts the language a posting’s framework is written in as asked for, and says through which', () => {
    expect(scoreMatch(['Django'], ['Python'])).toEqual({
      score: 0.5,
      matched: ['Python'],
      missing: ['Django'],
      implied: [['Python', 'Django']],
    });
    expect(scoreMatch(['Django', 'React'], ['Python', 'JavaScript']).score).toBe(0.5);
  });

  it('gives a seeker the language of a framework they listed', () => {
    expect(scoreMatch(['Python', 'PHP'], ['Django'])).toEqual({ score: 0.5, matched: ['Python'], missing: ['PHP'], implied: [] });
    expect(scoreMatch(['JavaScript'], ['Next.js']).score).toBe(1);
  });

  it('adds no implied skill the posting names itself, and none twice', () => {
    expect(scoreMatch(['Python', 'Django', 'Flask'], ['Flask'])).toEqual({
      score: 2 / 3,
      matched: ['Python', 'Flask'],
      missing: ['Django'],
      implied: [],
    });
    expect(scoreMatch(['Django', 'Flask'], []).implied).toEqual([['Python', 'Django']]);
  });

  it('adds no language to a framework another language uses too (Spring in Kotlin, TypeORM in JavaScript)', () => {
    expect(scoreMatch(['Spring', 'Kotlin'], ['Kotlin', 'Spring'])).toEqual({ score: 1, matched: ['Spring', 'Kotlin'], missing: [], implied: [] });
    expect(scoreMatch(['Java'], ['Spring']).score).toBe(0);
    expect(scoreMatch(['TypeORM', 'Node.js'], ['JavaScript']).implied).toEqual([['JavaScript', 'Node.js']]);
  });

  it('never lets an implication count against a seeker: listing a framework only adds', () => {
    expect(scoreMatch(['Python'], ['Python', 'Django']).score).toBe(1);
  });
});

describe('matchScorer', () => {
  it('scores as scoreMatch does, the seeker’s skills read once', () => {
    const score = matchScorer(['Symfony']);
    expect(score(['PHP', 'Laravel'])).toEqual(scoreMatch(['PHP', 'Laravel'], ['Symfony']));
    expect(score(['PHP']).score).toBe(1);
  });
});
