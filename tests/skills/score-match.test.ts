import { describe, expect, it } from 'vitest';
import { matchScorer, scoreMatch } from '../../lib/skills';

const asking = (...skills: string[]) => ({ skills });

describe('scoreMatch', () => {
  it('gives the share of the posting’s skills the seeker has', () => {
    expect(scoreMatch(asking('Python', 'Django', 'PostgreSQL', 'Docker'), ['python', 'PostgreSQL', 'Figma'])).toEqual({
      score: 0.5,
      held: 2,
      asked: 4,
      matched: ['Python', 'PostgreSQL'],
      missing: ['Django', 'Docker'],
      implied: [],
      groups: [],
      optionalHeld: [],
    });
  });

  it.each([
    [['Python', 'Django', 'React']],
    [['Django', 'React']],
    [['Next.js', 'Symfony', 'PostGIS']],
  ])('reads 100 %% for a seeker whose skills are exactly what the posting %j asks', (skills) => {
    expect(scoreMatch({ skills }, [...skills].reverse()).score).toBe(1);
  });

  it.each([
    [['Développement web'], ['développement Web'], 1],
    [['Tricot', 'Python'], ['tricot'], 0.5],
    [['Python'], [], 0],
    [['Python', 'Go', 'Rust', 'Java'], ['Go'], 0.25],
  ])('%j against %j scores %d', (posting, user, score) => {
    expect(scoreMatch({ skills: posting }, user).score).toBe(score);
  });

  it('gives no score to a posting that asks for no concrete skill, rather than 0', () => {
    expect(scoreMatch(asking(), ['Python'])).toEqual({ held: 0, asked: 0, matched: [], missing: [], implied: [], groups: [], optionalHeld: [] });
  });

  it('counts a posting skill once however it is cased', () => {
    const match = scoreMatch(asking('PostgreSQL', 'postgresql', 'Go'), ['PostgreSQL']);
    expect([match.score, match.matched, match.missing]).toEqual([0.5, ['PostgreSQL'], ['Go']]);
  });

  it('counts the language a posting’s framework is written in as asked for, and says through which', () => {
    const match = scoreMatch(asking('Django'), ['Python']);
    expect([match.score, match.matched, match.missing, match.implied]).toEqual([0.5, ['Python'], ['Django'], [['Python', 'Django']]]);
    expect(scoreMatch(asking('Django', 'React'), ['Python', 'JavaScript']).score).toBe(0.5);
  });

  it('gives a seeker the language of a framework they listed', () => {
    expect(scoreMatch(asking('Python', 'PHP'), ['Django'])).toMatchObject({ score: 0.5, matched: ['Python'], missing: ['PHP'], implied: [] });
    expect(scoreMatch(asking('JavaScript'), ['Next.js']).score).toBe(1);
  });

  it('adds no implied skill the posting names itself, and none twice', () => {
    expect(scoreMatch(asking('Python', 'Django', 'Flask'), ['Flask'])).toMatchObject({ score: 2 / 3, matched: ['Python', 'Flask'], missing: ['Django'], implied: [] });
    expect(scoreMatch(asking('Django', 'Flask'), []).implied).toEqual([['Python', 'Django']]);
  });

  it('adds no language to a framework another language uses too (Spring in Kotlin, TypeORM in JavaScript)', () => {
    expect(scoreMatch(asking('Spring', 'Kotlin'), ['Kotlin', 'Spring'])).toMatchObject({ score: 1, matched: ['Spring', 'Kotlin'], missing: [], implied: [] });
    expect(scoreMatch(asking('Java'), ['Spring']).score).toBe(0);
    expect(scoreMatch(asking('TypeORM', 'Node.js'), ['JavaScript']).implied).toEqual([['JavaScript', 'Node.js']]);
  });

  it('never lets an implication count against a seeker: listing a framework only adds', () => {
    expect(scoreMatch(asking('Python'), ['Python', 'Django']).score).toBe(1);
  });
});

describe('scoreMatch of a posting asking for one skill of a list', () => {
  // Trackdechets: "(au moins) un framework web moderne (NodeJS, Rails, Symfony, Laravel, Django/Flask…)".
  const frameworks = ['Node.js', 'Ruby on Rails', 'Symfony', 'Laravel', 'Django', 'Flask'];
  const trackdechets = { skills: ['React', 'PostgreSQL', ...frameworks], skillGroups: [frameworks] };

  it('counts the list as one skill asked, held by a seeker who has any of it', () => {
    const match = scoreMatch(trackdechets, ['Python', 'Django', 'React']);
    // React, JavaScript (implied by React, held through it), the list; not PostgreSQL.
    expect([match.held, match.asked]).toEqual([3, 4]);
    expect(match.groups).toEqual([{ members: frameworks, held: ['Django'] }]);
    expect(match.missing).toEqual(['PostgreSQL']);
  });

  it('asks for none of the languages its members imply: a Python developer without a framework misses the list only', () => {
    const match = scoreMatch(trackdechets, ['Python']);
    expect(match.implied).toEqual([['JavaScript', 'React']]);
    expect([match.held, match.asked, match.groups[0]!.held]).toEqual([0, 4, []]);
  });

  it('credits a member the seeker has through one they listed', () => {
    expect(scoreMatch({ skills: ['Django', 'Flask'], skillGroups: [['Django', 'Flask']] }, ['Wagtail'])).toMatchObject({ score: 1, held: 1, asked: 1 });
  });

  it('reads 100 % for a seeker who has exactly the skills the posting names, lists included', () => {
    expect(scoreMatch(trackdechets, trackdechets.skills).score).toBe(1);
  });
});

describe('scoreMatch of a posting naming skills it does not require', () => {
  // Dora: "Le frontend utilise SvelteKit et tailwindcss ; on ne s’attend pas à ce que tu les connaisses déjà".
  const dora = { skills: ['Django', 'PostgreSQL', 'SvelteKit', 'Tailwind CSS'], optionalSkills: ['SvelteKit', 'Tailwind CSS'] };

  it('never counts them against the seeker, nor the skills they imply', () => {
    const match = scoreMatch(dora, ['Django', 'PostgreSQL']);
    expect([match.score, match.held, match.asked, match.implied]).toEqual([1, 3, 3, [['Python', 'Django']]]);
  });

  it('counts one the seeker has as held, so that having more skills never lowers a match', () => {
    const match = scoreMatch(dora, ['Python', 'SvelteKit']);
    // Django, PostgreSQL, Python (implied by Django), and SvelteKit held.
    expect([match.held, match.asked, match.optionalHeld]).toEqual([2, 4, ['SvelteKit']]);
    expect(match.score).toBeGreaterThan(scoreMatch(dora, ['Python']).score!);
  });

  it('gives no score to a posting whose every skill is optional, unless the seeker has one', () => {
    expect(scoreMatch({ skills: ['Elm'], optionalSkills: ['Elm'] }, ['Python']).score).toBeUndefined();
    expect(scoreMatch({ skills: ['Elm'], optionalSkills: ['Elm'] }, ['Elm']).score).toBe(1);
  });
});

describe('matchScorer', () => {
  it('scores as scoreMatch does, the seeker’s skills read once', () => {
    const score = matchScorer(['Symfony']);
    expect(score(asking('PHP', 'Laravel'))).toEqual(scoreMatch(asking('PHP', 'Laravel'), ['Symfony']));
    expect(score(asking('PHP')).score).toBe(1);
  });
});
