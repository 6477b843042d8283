import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePostingAt } from '../../lib/postings/parse-posting';
import { readSkills } from '../../lib/postings/read-skills';

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));
const NOW = new Date('2026-12-06');

function offerOf(file: string) {
  return parsePostingAt(readFileSync(`${FIXTURES}${file}`), { path: file }, NOW);
}

/** The skills of a made-up body, as readSkills reads them. */
function read(body: string) {
  const { skills, skillGroups = [], optionalSkills = [] } = readSkills([], 'Poste', body);
  return { skills, skillGroups, optionalSkills };
}

describe('lists of skills of which one will do, in real postings', () => {
  it.each([
    // "(au moins) un framework web moderne (NodeJS, Rails, Symfony, Laravel, Django/Flask…)"
    ['beta.gouv.fr-jobs/2020-06-01-trackdechets-full-stack.md', ['Node.js', 'Ruby on Rails', 'Symfony', 'Laravel', 'Django', 'Flask']],
    ['beta.gouv.fr-jobs/2018-10-16-dev-full-stack.md', ['Node.js', 'Ruby on Rails', 'Symfony', 'Laravel', 'Django', 'Flask']],
    // "au moins un langage de programmation du web moderne (Javascript, Ruby, Python, etc.)"
    ['beta.gouv.fr-jobs/2021-04-20-anct-devops.md', ['JavaScript', 'Ruby', 'Python']],
    // "Experience with at least one web framework (Django, Rails, etc.)"
    ['pythonjobs+jobs-jobs/veeva_engineer_1.html', ['Django', 'Ruby on Rails']],
    // "such as FedRAMP, FISMA, SOC2, PCI, ISO 27001, or other relevant frameworks"
    ['18F+join.tts.gsa.gov-jobs/FedRAMP-Director-2024.md', ['FedRAMP', 'FISMA', 'SOC 2', 'PCI DSS', 'ISO 27001']],
  ])('%s asks for one of a list', (file, members) => {
    expect(offerOf(file).skillGroups).toContainEqual(members);
  });

  it('reads no list of which one will do in "au moins deux langages … parmi Python, Javascript (NodeJS, VueJS), Java, PHP" (seed 003)', () => {
    const offer = offerOf('../seeds/003_b3b5b53559b6bef6.txt');
    expect(offer.skills).toEqual(expect.arrayContaining(['Python', 'JavaScript', 'Java', 'PHP']));
    expect(offer.skillGroups ?? []).toEqual([]);
  });

  it('reads no list in "un.e Product Designer ou UX UI", "En tant que Product designer ou UX researcher": roles (ANCT)', () => {
    const offer = offerOf('incubateur-territoires+incubateur.anct.gouv.fr-jobs/2021-11-05-Product Designer - User research - UX UI.md');
    expect(offer.skills).toEqual(expect.arrayContaining(['Product design', 'UX design', 'Recherche utilisateur']));
    expect(offer.skillGroups ?? []).toEqual([]);
  });

  it('reads "Javascript ou Typescript (Vue.js, Svelte, React...)" as two lists: the language, and examples of its frameworks', () => {
    const offer = offerOf('multi.coop-jobs/jobs-post-02-fr.md');
    expect(offer.skillGroups).toContainEqual(['JavaScript', 'TypeScript']);
    expect(offer.skillGroups).toContainEqual(['Vue.js', 'Svelte', 'React']);
  });

  it('keeps every member among the offer’s skills: a list names what the job works with', () => {
    const offer = offerOf('beta.gouv.fr-jobs/2020-06-01-trackdechets-full-stack.md');
    expect(offer.skills).toEqual(expect.arrayContaining(offer.skillGroups!.flat()));
  });

  it('reads no list where skills are only named together, or a list of concerns', () => {
    // "platforms such as React, Typescript, PHP, Wordpress, CSS": what the job uses, no "or" nor "etc.".
    expect(offerOf('cds-snc+digital-canada-ca-jobs/en-full-stack-software-developer-mvp---8f4de03e-aee2-4b38-a69a-d69ea8258187.md').skillGroups).toBeUndefined();
    // "(accessibilité, utilisabilité, sécurité, performances…)" names a site's qualities, after no skill.
    expect(offerOf('beta.gouv.fr-jobs/2022-03-11-dev.backend.-.data.f.h.-.a-just.md').skillGroups).toBeUndefined();
  });
});

describe('skills a real posting names without requiring them', () => {
  it.each([
    // "Le frontend utilise SvelteKit et tailwindcss ; on ne s’attend pas à ce que tu les connaisses déjà"
    ['beta.gouv.fr-jobs/2022-01-19-developpeuse.ou.developpeur.fullstack.a.dominante.django.md', ['SvelteKit', 'Tailwind CSS']],
    // "#### ***Appréciées***" over "* Python"
    ['beta.gouv.fr-jobs/2022-03-11-dev.backend.-.data.f.h.-.a-just.md', ['Python']],
    // "Avoir un peu d’expérience en R est un plus"
    ['beta.gouv.fr-jobs/2022-04-19-anct-sit-full-stack.md', ['R']],
    // "Elm serait un plus appréciable", "HTML et CSS seraient également très appréciées"
    ['beta.gouv.fr-jobs/2022-11-22-une.ou.un.dev.backend.data.engineer.ecobalyse.md', ['Elm', 'HTML', 'CSS']],
    // "Nice-to-haves include Docker, Terraform, AWS."
    ['cds-snc+digital-canada-ca-jobs/en-full-stack-software-developer-mvp---8f4de03e-aee2-4b38-a69a-d69ea8258187.md', ['Docker', 'Terraform', 'AWS']],
    // "# Nice to Have:" over "* Python/Django experience", "Experience with AWS…", "modern JavaScript frameworks"
    ['pythonjobs+jobs-jobs/veeva_engineer_1.html', ['Python', 'AWS', 'JavaScript']],
    // "which we don't expect you to have experience of. However if you do, please let us know. For example, Docker containers, Kafka…"
    ['pythonjobs+jobs-jobs/Python_developer_Headforwards_Cornwall.html', ['Docker', 'Kafka']],
    // "- 🎈**BONUS**🎈 :" over indented items
    ['beta.gouv.fr-jobs/2021-04-16-covoiturage-dev.md', ['UI design']],
    // "et idéalement avec le protocole OIDC"
    ['beta.gouv.fr-jobs/2020-11-03-aidantsconnect-dev-fullstack.md', ['OpenID Connect']],
  ])('%s', (file, optional) => {
    expect(offerOf(file).optionalSkills).toEqual(expect.arrayContaining(optional));
  });

  it('counts what the same sentence requires before "idéalement": "Vous développez en python et idéalement en Django"', () => {
    const offer = offerOf('beta.gouv.fr-jobs/2020-11-03-aidantsconnect-dev-fullstack.md');
    expect(offer.optionalSkills).not.toContain('Python');
    expect(offer.optionalSkills).not.toContain('HTML');
  });

  it('ends "de préférence" with its brackets: "(de préférence Git) et des plateformes … d’intégration ou de livraison continue"', () => {
    const offer = offerOf('cds-snc+digital-canada-ca-jobs/fr-praticien-du-numérique-chargé-de-la-consultation-ou-praticienne-du-numérique-chargée-de-la-consultation---sécurité-des-opérations-de-développement--c00d0402-56cd-49b3-9d37-525b9fd31cfd.md');
    expect(offer.skills).toContain('CI/CD');
    expect(offer.optionalSkills ?? []).not.toContain('CI/CD');
  });
});

describe('readSkills on made-up sentences', () => {
  it.each([
    ['Vous maîtrisez un framework parmi Django, Rails ou Laravel.', ['Django', 'Ruby on Rails', 'Laravel']],
    ['Une expérience avec React ou Vue.js.', ['React', 'Vue.js']],
    ['Vous connaissez Java et/ou Kotlin.', ['Java', 'Kotlin']],
    ['Experience with one of Java, Scala or Kotlin.', ['Java', 'Scala', 'Kotlin']],
    ['Experience with PostgreSQL or MySQL.', ['PostgreSQL', 'MySQL']],
    ['A cloud provider such as AWS, GCP or Azure.', ['AWS', 'Google Cloud', 'Azure']],
    ['- At least one of the following: Python, Ruby, PHP', ['Python', 'Ruby', 'PHP']],
  ])('%s', (body, members) => {
    expect(read(body).skillGroups).toEqual([members]);
  });

  it.each([
    'Vous développez en PHP/Symfony.',
    'Stack : Python, Django, PostgreSQL.',
    'Au moins une bonne expérience sur PHP/Symfony.',
    'Tools such as Git.',
  ])('reads no list in "%s": every skill is asked', (body) => {
    expect(read(body)).toMatchObject({ skillGroups: [], optionalSkills: [] });
  });

  it.each([
    'Vous maîtrisez au moins deux langages parmi Python, Java, Go et Rust.',
    'At least two of the following: Python, Go or Rust.',
    'Deux ou plus parmi React, Vue.js ou Angular.',
    'Experience in 3 or more of Java, Scala or Kotlin.',
  ])('reads no list of which one will do where two or more are asked: "%s"', (body) => {
    expect(read(body).skillGroups).toEqual([]);
  });

  it.each([
    ["L'équipe recherche un·e Product Designer ou UX researcher.", ['Product design', 'Recherche utilisateur']],
    ['Vous êtes UX designer ou product designer.', ['UX design', 'Product design']],
    ['Vous êtes data scientist ou data analyst.', ['Data science', 'Analyse de données']],
    ['You are a product designer or UX researcher.', ['Product design', 'Recherche utilisateur']],
    ['We are looking for a data scientist or data analyst.', ['Data science', 'Analyse de données']],
  ])('reads roles joined by "ou", "or" as no list of which one will do: "%s"', (body, skills) => {
    expect(read(body)).toEqual({ skills, skillGroups: [], optionalSkills: [] });
  });

  it('still reads the same skills named as practices and joined by "ou" as a list of which one will do', () => {
    expect(read('Une expérience en UX design ou recherche utilisateur.').skillGroups).toEqual([['UX design', 'Recherche utilisateur']]);
    expect(read('Experience in UX design or user research.').skillGroups).toEqual([['UX design', 'Recherche utilisateur']]);
  });

  it('still reads a skill’s open examples within a list of which two are asked', () => {
    expect(read('Au moins deux langages parmi Python, Javascript (Vue.js, Svelte...), Java.').skillGroups).toEqual([['Vue.js', 'Svelte']]);
  });

  it.each([
    ["Au moins deux ans d'expérience en React ou Vue.js.", ['React', 'Vue.js']],
    ['At least 3 years of experience with Python or Go.', ['Python', 'Go']],
    ["Plus d'un an de pratique de Django ou Flask.", ['Django', 'Flask']],
  ])('keeps the list of which one will do after a length of time: "%s"', (body, members) => {
    expect(read(body).skillGroups).toEqual([members]);
  });

  it.each([
    ['La connaissance de Docker est un plus.', ['Docker']],
    ['Pas besoin de connaître Svelte : tu apprendras avec nous.', ['Svelte']],
    ['Kubernetes is not required.', ['Kubernetes']],
    ['No need to know Terraform.', ['Terraform']],
    ['Nice to have: Redis, Kafka.', ['Redis', 'Kafka']],
    ['Une expérience en Figma serait appréciée.', ['Figma']],
    ['## Un plus\n- Docker\n- Kubernetes\n\n## Profil\n- Python', ['Docker', 'Kubernetes']],
  ])('%s', (body, optional) => {
    expect(read(body).optionalSkills).toEqual(optional);
  });

  it('keeps a skill the posting also requires elsewhere: "Python" asked, then "Python est un plus"', () => {
    expect(read('Vous codez en Python.\nUne expérience en Python et Docker est un plus.').optionalSkills).toEqual(['Docker']);
  });

  it('takes the seeker’s taste for no optional skill: "Tu apprécies le travail en Python"', () => {
    expect(read('Tu apprécies travailler en Python.').optionalSkills).toEqual([]);
  });

  it('reads no list of which one will do among optional skills: they are optional, one by one', () => {
    expect(read('Idéalement, une expérience en React ou Vue.js.')).toMatchObject({ skillGroups: [], optionalSkills: ['React', 'Vue.js'] });
  });

  it('never makes a skill the front matter declares optional', () => {
    expect(readSkills(['Docker'], 'Dev', 'Docker est un plus.').optionalSkills).toBeUndefined();
  });
});
