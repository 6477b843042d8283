import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePostingAt } from '../../lib/postings/parse-posting';
import { readSkills } from '../../lib/postings/read-skills';
import { withoutUnaskedPhrases } from '../../lib/skills/not-asked';

/*
 * Words a posting names that the job does not ask for, as a seeker saw them read as skills
 * (seeker9): each rule on the real posting, on made-up sentences of other shapes, and beside a
 * sentence where the same skill is asked and still read.
 */
const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));
const NOW = new Date('2026-12-07T12:00:00Z');

function parseFixture(folder: string, name: string) {
  return parsePostingAt(readFileSync(`${FIXTURES}${folder}/${name}`), { path: name, sourceId: folder }, NOW);
}

describe('the posting’s own organization or product', () => {
  it('is no skill of Tchap’s posting (startup: tchap), whose own skills stay', () => {
    const offer = parseFixture('beta.gouv.fr-jobs', '2021-06-15-charge.ou.chargee.de.deploiement.md');
    expect(offer.organization?.toLowerCase()).toBe('tchap');
    expect(offer.skills).not.toContain('Tchap');
  });

  it('is no skill whoever names it: the organization read, or the key declaring it', () => {
    const body = 'Mattermost recrute une développeuse Go. Vous ferez connaître Mattermost aux administrations ; vous codez en Go et en React.';
    expect(readSkills([], 'Développeuse Go', body, ['Mattermost']).skills).toEqual(['Go', 'React']);
    expect(readSkills(['Slack', 'TypeScript'], 'Developer', 'You will build Slack apps in TypeScript.', ['slack']).skills).toEqual(['TypeScript']);
  });

  it('is asked where the posting lists it among the skills it asks: FedRAMP’s ISSO is to know FedRAMP', () => {
    const offer = parseFixture('18F+join.tts.gsa.gov-jobs', 'fedramp-isso-2023.md');
    expect(offer.organization).toMatch(/FedRAMP/);
    expect(offer.skills).toContain('FedRAMP');
    expect(readSkills([], 'Developer', 'Join Mattermost! Experience with Mattermost, Go and React.', ['Mattermost']).skills).toEqual(['Mattermost', 'Go', 'React']);
  });

  it('is asked only by a sentence naming two other skills itself, not by their names before and after it', () => {
    const around = 'Vous codez en Go et en React.\nVous ferez connaître Mattermost aux administrations.\nVous codez en Go et en React.';
    expect(readSkills([], 'Développeuse', around, ['Mattermost']).skills).toEqual(['Go', 'React']);
    const within = `${around}\nVous connaissez Mattermost, Go et React.`;
    expect(readSkills([], 'Développeuse', within, ['Mattermost']).skills).toEqual(['Go', 'React', 'Mattermost']);
  });

  it('is still a skill another organization asks for', () => {
    expect(readSkills([], 'Chargé de déploiement', 'Vous animerez la communauté des utilisateurs de Tchap et de Mattermost.', ['DINUM']).skills).toEqual(['Tchap', 'Mattermost']);
  });
});

describe('monitoring', () => {
  it('is no skill of a Client Success Manager monitoring trends in product adoption', () => {
    const offer = parseFixture('techcorridorio+jobs.techcorridor.io-jobs', 'doximity_theresumator_com_apply_jobs_details_hU5bfp.md');
    expect(offer.skills).not.toContain('Monitoring');
    expect(offer.skills).toEqual(expect.arrayContaining(['Excel', 'PowerPoint']));
  });

  it('is a skill where the job monitors what it runs: beta.gouv.fr’s developers, a Canadian developer in production', () => {
    expect(parseFixture('beta.gouv.fr-jobs', '2022-09-25-domifa-developpeur-fullstack.md').skills).toContain('Monitoring');
    expect(parseFixture('cds-snc+digital-canada-ca-jobs', 'en-full-stack-software-developer-mvp---8f4de03e-aee2-4b38-a69a-d69ea8258187.md').skills).toContain('Monitoring');
  });
});

describe('the team’s sessions the recruit takes part in', () => {
  it('ask for no user testing in DomiFa’s Modalités (“participer aux sessions communes de tests utilisateurs”)', () => {
    const offer = parseFixture('beta.gouv.fr-jobs', '2022-09-25-domifa-developpeur-fullstack.md');
    expect(offer.skills).not.toContain('Tests utilisateurs');
    expect(offer.skills).toEqual(expect.arrayContaining(['TypeScript', 'Angular', 'NestJS', 'PostgreSQL']));
  });

  it('ask for nothing they name, in French or English', () => {
    expect(readSkills([], 'Dev', 'Vous participerez aux réunions hebdomadaires de revue de code et de design sprint.\nVous codez en Python.').skills).toEqual(['Python']);
    expect(readSkills([], 'Designer', 'You will attend the weekly meetings on user research with the product team. You design in Figma.').skills).toEqual(['Figma']);
    expect(readSkills([], 'Dev', 'Participation aux rituels agiles et au code review ; stack Django.').skills).toEqual(['Django']);
  });

  it('still ask for what the job does in them, or beside them', () => {
    expect(readSkills([], 'Poste', 'Vous animerez les sessions de tests utilisateurs.').skills).toEqual(['Tests utilisateurs']);
    // Aidants Connect: taking part in user tests as part of the work is the job, not a session attended.
    const aidants = parseFixture('beta.gouv.fr-jobs', '2020-11-03-aidantsconnect-dev-fullstack.md');
    expect(aidants.skills).toContain('Tests utilisateurs');
    expect(readSkills([], 'Dev', 'Participer aux sessions de planification pour préparer la migration vers Kubernetes.').skills).toEqual(['Kubernetes']);
  });
});

describe('the positions a notice hires for', () => {
  it('are no skills of the GSA’s notices (“The positions we are hoping to fill include”)', () => {
    const various = parseFixture('18F+join.tts.gsa.gov-jobs', 'Information Technology Specialist GS14.md');
    expect(various.skills).not.toEqual(expect.arrayContaining(['UX design']));
    expect(various.skills).not.toContain('Recherche utilisateur');
    expect(various.skills).toContain('Agile');
  });

  it('are no skills in French or English, whatever the list marks', () => {
    const french = 'Nous recrutons pour les postes suivants :\n\n1. Développeur Python\n2. Designer UX\n\nCompétences : SQL.';
    expect(readSkills([], 'Plusieurs postes', french).skills).toEqual(['SQL']);
    const english = 'Open roles we are hiring for:\n* Data Engineer - Spark\n* React Developer\nYou will work with Docker.';
    expect(readSkills([], 'Various roles', english).skills).toEqual(['Docker']);
  });

  it('leave the lists that say what the job asks', () => {
    expect(readSkills([], 'Dev', 'Roles and responsibilities include:\n- Python services\n- Docker images').skills).toEqual(['Python', 'Docker']);
    expect(readSkills([], 'Dev', 'Profil recherché :\n- React\n- TypeScript').skills).toEqual(['React', 'TypeScript']);
    expect(readSkills([], 'Dev', 'The role is open to remote applicants. You know:\n- Go\n- Kubernetes').skills).toEqual(['Go', 'Kubernetes']);
  });
});

describe('a list’s head, found for each of its items', () => {
  it('is the line above its items and blank lines: a list below another kind of line asks again', () => {
    const text = 'Open roles we are hiring for:\n* React Developer\n\n* Data Engineer\nYou will use:\n- Docker\n- Go';
    expect(readSkills([], 'Various roles', text).skills).toEqual(['Docker', 'Go']);
  });

  it('is found in a time that grows with the list, not with its square: 11,000 items of a hostile body', () => {
    const items = '- Python\n'.repeat(11_000);
    const started = performance.now();
    const kept = withoutUnaskedPhrases(`Nous recrutons pour les postes suivants :\n${items}`);
    // Walking up from each item to the head took 5 s here.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(kept.includes('Python')).toBe(false);
    expect(withoutUnaskedPhrases(`Vous connaissez :\n${items}`)).toBe(`Vous connaissez :\n${items}`);
  });

  it('is read in time whatever spaces it holds, and announces positions with spaces after its colon', () => {
    expect(readSkills([], 'Various roles', 'Open roles we are hiring for :   \t\n* React Developer\nYou know Go.').skills).toEqual(['Go']);
    const started = performance.now();
    // A line of 50,000 spaces above a list: took minutes (68 s at 20,000) when the colon's spaces had a run of their own.
    expect(withoutUnaskedPhrases(`Open roles we are hiring for${' '.repeat(50_000)}x\n- Python`)).toContain('Python');
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('the domains of the users’ problem', () => {
  it('are none of DomiFa’s, presented under “La Start-up: DomiFa”', () => {
    const offer = parseFixture('beta.gouv.fr-jobs', '2022-09-25-domifa-developpeur-fullstack.md');
    expect(offer.domains).not.toContain('Gestion administrative');
    expect(offer.skills).toContain('TypeScript');
  });

  it('are none in a section presenting a start-up or an organization by name, and are the job’s elsewhere', () => {
    const presented = '## La Start-up : Dossier Simple\n\nLes agents passent leurs journées en tâches administratives.\n\n## Le poste\n\nDéveloppeur Python.';
    expect(readSkills([], 'Dev', presented).domains).not.toContain('Gestion administrative');
    expect(readSkills([], 'Dev', presented).skills).toEqual(['Python']);
    expect(readSkills([], 'Assistant', '## Le poste\n\nVous assurez le suivi administratif des dossiers.').domains).toContain('Gestion administrative');
  });
});
