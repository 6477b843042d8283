import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../lib/skills';
import { canonicalSkillName } from '../../lib/skills/canonical-skill-name';
import { skillEvidence, skillEvidenceBy, type SkillNames } from '../../lib/skills/skill-evidence';
import { allLines, lineStartsOf } from '../../lib/text/text-lines';

const skillsIn = (text: string) => extractSkills(skillEvidence(text)).map((match) => match.name);

const ROSTER_LINES = [
    ['* Product Manager : Agathe Latreille', []],
    ['- Ux Designer : Anne Pichon', []],
    ['- Fabien : Data scientist', []],
    ['* Agathe L., Product Manager', []],
    ['Notre équipe : Agathe (Product Manager), Fabien (data scientist) et toi.', []],
    ['DÉVELOPPEUSE WEB', []],
    ['SENIOR PYTHON DEVELOPER', []],
    ['L’équipe compte 1 Product Manager, 1 UX Designer et 2 intrapreneurs.', []],
    ['Elle réunit un designer UI/UX et 2 chargées de déploiement.', []],
    ['- Un designer UX', []],
    ['- Une chargée de produit (product manager)', []],
    ['- 2 chargées de déploiement', []],
    ['The team: a product manager, two engineers and a designer.', []],
    // A team's trades listed: the colleagues' jobs, not what the job asks.
    ['Une équipe de 20 personnes : intrapreneurs, développeurs, business developers, designers UX/UI et coachs.', []],
    ['USDC pairs software engineers, data scientists, product managers, designers, and cybersecurity specialists.', []],
    ['Le Lab compte 7 personnes (développeurs, devops, lead UX, pilotes du lab).', []],
] as const;

describe('skillEvidence', () => {
  it.each(ROSTER_LINES)('reads no skill in a roster line or a title in capitals: %s', (line, skills) => {
    expect(skillsIn(line)).toEqual(skills);
  });

  it.each([
    ['- Langage : Python', ['Python']],
    ['- Stack : Python, Django', ['Python', 'Django']],
    ['HTML, CSS, SQL', ['HTML', 'CSS', 'SQL']],
    ['Maîtrise de React (hooks) et de Vue.js (Nuxt)', ['React', 'Vue.js', 'Nuxt']],
    ['Vous travaillerez avec le product manager et la designer UX.', ['Gestion de produit', 'UX design']],
    ['Nous cherchons un développeur Python pour notre équipe.', ['Python']],
    ['- Une expérience de développeur Django', ['Django']],
    // A sentence that counts several roles loses those roles only, not the skills it asks for.
    ['As a developer you will work with a designer on our Python/Django stack.', ['Python', 'Django']],
    ['As an engineer, you will pair with a data scientist on Kubernetes and Terraform.', ['Kubernetes', 'Terraform']],
    ['En tant que développeur, vous travaillerez avec un designer et une cheffe de projet sur notre stack Python et React.', ['Python', 'React']],
    ['Avec une designer UX et deux développeurs, vous maintiendrez le code PostgreSQL.', ['PostgreSQL']],
    // A counted member in a list item is no evidence; what the item says they work in is.
    ['- 2 développeurs, en Django', ['Django']],
    ['- 2 développeurs (front et back) en Python', ['Python']],
    ['- Un designer UX, sur Figma', ['Figma']],
    ['Avec 2 développeurs, en Django et un designer, vous ferez du React.', ['Django', 'React']],
    // Two roles, or roles far apart, are no list of a team's trades.
    ['Vous travaillerez avec des développeurs et des designers UX sur Django.', ['UX design', 'Django']],
    ['L’Incubateur recherche un.e Product Designer ou UX UI pour rejoindre l’équipe.', ['Product design', 'UX design', 'UI design']],
    // Roles joined by "or" name the one job, each way it may be held: the job's own skills.
    ['You are a Python developer or a Go engineer.', ['Python', 'Go']],
    ['We hire a Python developer or a Java engineer to build our tools.', ['Python', 'Java']],
    ['Vous êtes un développeur Python ou une développeuse Ruby.', ['Python', 'Ruby']],
    ['Nous cherchons un développeur Django ou bien une développeuse Rails.', ['Django', 'Ruby on Rails']],
  ])('keeps the lines that ask: %s', (line, skills) => {
    expect(skillsIn(line)).toEqual(skills);
  });

  it('blanks every member of a line counting thousands of them', () => {
    // Blanked in one pass (member by member, the line was copied once per member: seconds for
    // this one); how long it takes is the host's, not asserted here.
    // Members far apart: no list of a team's trades, which would be blanked whole.
    const line = 'un designer travaillera ici avec deux développeurs, '.repeat(5000);
    expect(skillEvidence(line)).toBe(`${' '.repeat(11)} travaillera ici avec ${' '.repeat(17)}, `.repeat(5000));
  });

  it('keeps the text’s length, so that ranges still point into it', () => {
    const text = 'L’équipe :\n* Coach : Patrick Lambret\nStack : Django';
    const kept = skillEvidence(text);
    expect(kept).toHaveLength(text.length);
    expect(kept).toBe(`L’équipe :\n${' '.repeat(25)}\nStack : Django`);
  });

  it('blanks the same as skillEvidenceBy, which reads every line without counting its role words first', () => {
    // The page script reads blocks with skillEvidenceBy; the worker counts role words to skip most lines.
    const taxonomy: SkillNames = {
      namesSkill: (text) => extractSkills(text).length > 0,
      isSkillName: (word) => canonicalSkillName(word) !== undefined,
    };
    const fixtures = path.resolve(import.meta.dirname, '../../../shared/fixtures');
    const postings = readdirSync(fixtures).flatMap((folder) =>
      readdirSync(path.join(fixtures, folder)).filter((file) => file.endsWith('.md')).map((file) => readFileSync(path.join(fixtures, folder, file), 'utf8')),
    );
    const texts = [...postings, ROSTER_LINES.map(([line]) => line).join('\n')];
    expect(texts.filter((text) => skillEvidence(text) !== text).length).toBeGreaterThan(10);
    for (const text of texts) expect(skillEvidenceBy(text, taxonomy)).toBe(skillEvidence(text));
  });

  it('reads only the lines it is told to, keeping the others as they are', () => {
    const text = '* Coach : Patrick Lambret\nStack : Django\n* Coach : Patrick Lambret';
    expect(skillEvidence(text, { starts: lineStartsOf(text), read: [2] })).toBe(`* Coach : Patrick Lambret\nStack : Django\n${' '.repeat(25)}`);
    // Told every line, it reads as without being told: each line's role words counted on their own.
    const postings = ROSTER_LINES.map(([line]) => line).join('\n');
    expect(skillEvidence(postings, allLines(postings))).toBe(skillEvidence(postings));
  });

  it('reads a word ending a long run of punctuation in time', () => {
    // At 200,000 marks a pattern quadratic in the run runs for minutes, past the test's timeout.
    const text = `développeurs, designers, coachs ${'…'.repeat(200_000)}a`;
    expect(skillEvidence(text)).toHaveLength(text.length);
  });
});
