import { describe, expect, it } from 'vitest';
import { impliedSkills } from '../../lib/skills';

describe('impliedSkills', () => {
  it.each([
    ['Django', ['Python']],
    ['django', ['Python']],
    ['Symfony', ['PHP']],
    ['Ruby on Rails', ['Ruby']],
    ['Vue.js', ['JavaScript']],
    ['Django REST Framework', ['Django', 'Python']],
    ['Next.js', ['React', 'JavaScript']],
    ['NestJS', ['Node.js', 'JavaScript']],
    ['Angular', ['TypeScript', 'JavaScript']],
  ])('%s implies %j, nearest first, each once', (skill, implied) => {
    expect(impliedSkills(skill)).toEqual(implied);
  });

  it.each(['Python', 'Figma', 'Logement', 'Tricot'])('%s implies nothing', (skill) => {
    expect(impliedSkills(skill)).toEqual([]);
  });

  // Each is also used from another language: Kotlin (Spring, Hibernate, Quarkus, Jakarta EE, JUnit),
  // JavaScript (TypeORM), Rust and Node.js (Polars), Python (Shiny for Python).
  it.each(['Spring', 'Hibernate', 'Quarkus', 'Jakarta EE', 'JUnit', 'TypeORM', 'Polars', 'Shiny'])('%s implies no language', (skill) => {
    expect(impliedSkills(skill)).toEqual([]);
  });
});
