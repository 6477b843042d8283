import type { ContractType, OfferStatus, RemotePolicy } from '../../lib/postings/types';

/*
 * Hand labels: what a careful reader sees in each posting, read in the file itself (front matter
 * AND body), never taken from Vigie's parser. `npm run bench -- quality` and
 * tests/quality/field-accuracy.test.ts measure the parser against them.
 *
 * WHICH FILES. Paths are relative to ../shared (beside the repository). All 40 files of the five
 * newer publishers, both multi.coop files, the five seeds, and beta.gouv.fr's files at odd positions
 * in name order (1st, 3rd, 5th… of `readdirSync().sort()`: 31 of 61), a rule the test checks.
 * None of these files is a non-posting (template, index, draft): every one gets field labels.
 *
 * ACCEPTED ALTERNATIVES. A field may hold a list: any of its values counts as right (a posting
 * that says "Paris (La Défense)" is right as Paris or La Défense). Comparison ignores case,
 * accents, spaces and punctuation ("Aidants Connect" = "aidantsconnect"); titles also ignore a
 * leading article ("un·e", "une ou un", "a", "the").
 *
 * CONVENTIONS
 * - title: the position as a seeker would name it, without "X recrute :" or "Organization:"
 *   prefixes ("Office of Solutions: FedRAMP Director" → "FedRAMP Director").
 * - organization: who hires, as the seeker would name it: the startup or team (beta.gouv.fr's
 *   `startup`, ANCT's `equipe`), the agency or the company; the "Organization:" half of a title;
 *   the body when no key says (seed 004: the DINUM). Parent bodies are accepted alternatives
 *   (Incubateur des Territoires / ANCT; FedRAMP / TTS / GSA).
 * - status, as of 2026-12-06: the publisher's main key decides (`open` for beta.gouv.fr,
 *   `job_status` for multi.coop, `archived` for the Canadian Digital Service, `opens`/`closes` for
 *   the GSA); ANCT's `poste_ferme` in the past or `poste_pourvu: true` closes; a closing date in
 *   the body ("the closing date … is the last day of December 2016") closes once past;
 *   `unknown` only when nothing says.
 * - contract: CDI (permanent, full-time employee of a company), CDD (fixed-term, temporary),
 *   freelance (indépendant, prestataire, portage), internship (stage), apprenticeship,
 *   civil-servant (federal or public-service appointments: US GS positions, Government of Canada
 *   classified positions; a term appointment also accepts CDD), unknown.
 * - remote: full (télétravail par défaut / complet, "Anywhere in the U.S. (remote)", a fully
 *   distributed team with rare meetings), partial ("télétravail possible" with a regular
 *   presence, "2 jours de télétravail", hybrid), none (on-site), unknown when nothing says.
 * - location: one city, normalized ("Paris 75007" → Paris, "North Liberty, IA" → North Liberty);
 *   null when no city is named or the post is remote from anywhere ("Remote, UK-only" → null).
 *   Never a phrase.
 * - deadline: the ISO date after which one can no longer apply (`closes`, `poste_ferme`, "avant
 *   le 8 mars 2020", "closing date … December 2016"); null when none is given. A UTC timestamp
 *   at 23:00 accepts both days (it is midnight in Paris).
 * - language: the posting's language, fr or en.
 * - skills: CONCRETE skills the job asks for or works with: programming languages, frameworks,
 *   libraries, databases, infrastructure and cloud, software tools (Figma, Excel, Jira, Git),
 *   and named methods or practices (agile, Scrum, user research, user tests, TDD, CI/CD, code
 *   review, accessibility, design system, data visualisation). API: labelled when the job designs,
 *   builds, documents or integrates APIs ("Créer et maintenir une API", "intégrer les API mises à
 *   disposition par les partenaires", "API HTTP : JSON, REST"), beside API REST too; not for a kind
 *   named as its own skill alone ("une API GraphQL" is GraphQL), nor when the product is an API the
 *   job does not build ("il s'agit d'une API qui permet…", a deployment role). Never domains or subjects
 *   (Logement, Transition écologique, Collectivités territoriales, open data as a policy), never
 *   soft skills (Autonomie, Travail en équipe, communication), never spoken languages, never
 *   broad activities that restate the job (déploiement, gestion de projet, développement
 *   commercial, partenariats, rédaction), never role areas (full stack, back-end, front-end),
 *   never words from team rosters ("Fabien : Data scientist") or job titles, never the team's own
 *   chat or office tools when the posting only lists what the team uses. Names are the canonical
 *   names of lib/skills/taxonomy.ts when the skill is there (English and French spellings map to
 *   one name), the posting's own name otherwise. Every member of a list of which one will do
 *   ("(au moins) un framework (NodeJS, Rails, Django…)", "React ou Vue") and every skill the posting
 *   names without requiring it ("un plus", "nice to have", "idéalement", "on ne s'attend pas à ce
 *   que tu les connaisses") is labelled: Offer.skills holds them all; how the match counts them
 *   (Offer.skillGroups, Offer.optionalSkills) is tested apart, on the postings' own sentences.
 */

type Alternatives<T> = T | readonly T[];

export type PublisherGroup = 'beta.gouv.fr' | 'other';

export interface PostingLabel {
  /** Path under ../shared: `fixtures/<publisher>/<name>` is written `<publisher>/<name>`; seeds `seeds/<name>`. */
  file: string;
  /** Only for seeds, whose publisher is not in the path. */
  group?: PublisherGroup;
  title: Alternatives<string>;
  organization: Alternatives<string>;
  status: Alternatives<OfferStatus>;
  contract: Alternatives<ContractType>;
  remote: Alternatives<RemotePolicy>;
  location: Alternatives<string | null>;
  deadline: Alternatives<string | null>;
  language: 'fr' | 'en';
  skills: readonly string[];
}

export interface Publisher {
  /** Folder under ../shared/fixtures, or `seeds`. */
  folder: string;
  group: PublisherGroup;
  /** The folder's path inside its repository: the parser sees `pathPrefix + name`, as a sync gives it. */
  pathPrefix: string;
  sourceId: string;
}

/** Source ids as lib/sources/github.ts writes them: `github:<api>/<owner>/<repo>@<ref>:<path>`, lower case. */
export const PUBLISHERS: readonly Publisher[] = [
  { folder: 'beta.gouv.fr-jobs', group: 'beta.gouv.fr', pathPrefix: 'content/_jobs/', sourceId: 'github:https://api.github.com/betagouv/beta.gouv.fr@77e2919a2754b1f4943b08dfda3cfd21f84ec105:content/_jobs' },
  { folder: 'multi.coop-jobs', group: 'other', pathPrefix: 'texts/jobs/posts/', sourceId: 'github:https://api.github.com/qloridant/multi-site-contents@:texts/jobs/posts' },
  { folder: '18F+join.tts.gsa.gov-jobs', group: 'other', pathPrefix: 'positions/', sourceId: 'github:https://api.github.com/18f/join.tts.gsa.gov@:positions' },
  { folder: 'cds-snc+digital-canada-ca-jobs', group: 'other', pathPrefix: 'content/jobs/', sourceId: 'github:https://api.github.com/cds-snc/digital-canada-ca@:content/jobs' },
  { folder: 'incubateur-territoires+incubateur.anct.gouv.fr-jobs', group: 'other', pathPrefix: 'content/recrutements/', sourceId: 'github:https://api.github.com/incubateur-territoires/incubateur.anct.gouv.fr@:content/recrutements' },
  { folder: 'pythonjobs+jobs-jobs', group: 'other', pathPrefix: 'jobs/', sourceId: 'github:https://api.github.com/pythonjobs/jobs@:jobs' },
  { folder: 'techcorridorio+jobs.techcorridor.io-jobs', group: 'other', pathPrefix: '_jobs/', sourceId: 'github:https://api.github.com/techcorridorio/jobs.techcorridor.io@:_jobs' },
  // The seeds came from several publishers; each seed label says its group.
  { folder: 'seeds', group: 'other', pathPrefix: '', sourceId: 'seeds' },
];

export const POSTING_LABELS: readonly PostingLabel[] = [
  {
    file: 'beta.gouv.fr-jobs/2016-10-14-recrutement-gh-apigouv.md',
    title: 'Growth hacker', organization: 'api.gouv.fr', status: 'closed', contract: 'unknown', remote: 'unknown',
    location: null, deadline: null, language: 'fr', skills: [],
  },
  {
    file: 'beta.gouv.fr-jobs/2017-03-16-developpeur-data-gouv-js.md',
    title: ['Développeur·se', 'Développeur·se JavaScript'], organization: 'data.gouv.fr', status: 'closed', contract: 'CDD', remote: 'unknown',
    location: null, deadline: null, language: 'fr', skills: ['JavaScript'],
  },
  {
    file: 'beta.gouv.fr-jobs/2018-07-16-dev-civil-de-la-defense.md',
    title: ['Dev fullstack', 'Lead dev'], organization: 'Civils de la défense', status: 'closed', contract: 'freelance', remote: 'partial',
    location: 'Paris', deadline: null, language: 'fr',
    skills: ['Node.js', 'Ruby on Rails', 'Symfony', 'Laravel', 'Django', 'Flask', 'HTML', 'CSS', 'JavaScript', 'A/B testing',
      'UX design', 'Tests utilisateurs', 'Logiciel libre', 'CI/CD', 'Monitoring', 'Administration système'],
  },
  {
    file: 'beta.gouv.fr-jobs/2018-10-16-dev-full-stack.md',
    title: 'Développeur·se web full-stack', organization: 'e-Chauffeur', status: 'closed', contract: 'freelance', remote: 'partial',
    location: 'Paris', deadline: null, language: 'fr',
    skills: ['Node.js', 'Ruby on Rails', 'Symfony', 'Laravel', 'Django', 'Flask', 'HTML', 'CSS', 'JavaScript',
      'UX design', 'Tests utilisateurs', 'Logiciel libre', 'CI/CD', 'Monitoring', 'Administration système'],
  },
  {
    file: 'beta.gouv.fr-jobs/2020-02-26-designers-betagouv.md',
    title: 'Designers', organization: ['beta.gouv.fr', 'betagouv'], status: 'closed', contract: 'freelance', remote: 'partial',
    location: 'Paris', deadline: '2020-03-08', language: 'fr',
    skills: ['UI design', 'Design system', 'Accessibilité numérique', 'Design de service', 'Agile'],
  },
  {
    file: 'beta.gouv.fr-jobs/2020-06-01-trackdechets-full-stack.md',
    title: 'Développeur·se web full-stack', organization: 'Trackdéchets', status: 'closed', contract: 'freelance', remote: 'partial',
    location: ['Paris', 'La Défense'], deadline: null, language: 'fr',
    skills: ['React', 'Node.js', 'Go', 'Docker', 'Docker Compose', 'GraphQL', 'PostgreSQL', 'Prisma', 'ORM', 'Microservices', 'OVHcloud',
      'CircleCI', 'Ruby on Rails', 'Symfony', 'Laravel', 'Django', 'Flask', 'HTML', 'CSS', 'JavaScript', 'A/B testing',
      'UX design', 'Tests utilisateurs', 'Logiciel libre', 'CI/CD', 'Monitoring', 'Administration système'],
  },
  {
    file: 'beta.gouv.fr-jobs/2020-11-03-aidantsconnect-dev-fullstack.md',
    title: 'Dev web full stack', organization: 'Aidants Connect', status: 'closed', contract: 'freelance', remote: 'partial',
    location: 'Paris', deadline: null, language: 'fr',
    skills: ['Python', 'Django', 'HTML', 'CSS', 'API REST', 'OpenID Connect', 'Logiciel libre', 'Tests utilisateurs', 'CI/CD',
      'Monitoring', 'Administration système'],
  },
  {
    file: 'beta.gouv.fr-jobs/2020-11-28-trackdechets_stagebizdév.md',
    title: ['Chargé·e de déploiement (stage)', 'Chargé·e de déploiement'], organization: 'Trackdéchets', status: 'closed',
    contract: 'internship', remote: ['full', 'partial'], location: 'Paris', deadline: null, language: 'fr',
    skills: ['Recette', 'Recherche utilisateur'],
  },
  {
    file: 'beta.gouv.fr-jobs/2021-02-15-engagement-civique-RC-charge_de_deploiement.md',
    title: ['Chargé·e de déploiement', 'Chargé·e de déploiement JeVeuxAider.gouv.fr'],
    organization: ['Engagement Civique', 'JeVeuxAider.gouv.fr', 'Réserve Civique'], status: 'closed', contract: 'freelance', remote: 'partial',
    location: null, deadline: null, language: 'fr', skills: ['Agile'],
  },
  {
    file: 'beta.gouv.fr-jobs/2021-04-20-anct-devops.md',
    title: 'Responsable technique / DevOps Ingénieur·e', organization: ['Incubateur des Territoires', 'ANCT'], status: 'closed',
    contract: 'freelance', remote: 'partial', location: ['Paris', null], deadline: null, language: 'fr',
    skills: ['Mattermost', 'Directus', 'Outline', 'Amazon S3', 'PostgreSQL', 'n8n', 'Baserow', 'Focalboard', 'Calendso', 'Metabase', 'OAuth',
      'Ubuntu', 'Linux', 'Docker', 'JavaScript', 'Ruby', 'Python', 'SQL', 'PostGIS', 'DevOps', 'Administration système', 'Sécurité informatique',
      'Logiciel libre'],
  },
  {
    file: 'beta.gouv.fr-jobs/2021-05-05-partaj-charge-de-deploiement.md',
    title: 'Chargé(e) de déploiement', organization: 'Partaj', status: 'closed', contract: 'freelance', remote: ['full', 'partial'],
    location: ['Paris', null], deadline: null, language: 'fr', skills: ['Agile'],
  },
  {
    file: 'beta.gouv.fr-jobs/2021-05-27-developpeur.se.full.stack.-.python.django.md',
    title: ['Développeur·se Full Stack - Python Django', 'Développeur·se Full Stack'], organization: 'DORA', status: 'closed',
    contract: 'freelance', remote: 'full', location: null, deadline: null, language: 'fr',
    skills: ['Django', 'Python', 'PostgreSQL', 'PostGIS', 'Redis', 'HTML', 'CSS', 'JavaScript', 'Docker Compose', 'PaaS', 'Clever Cloud',
      'API', 'API REST', 'SQL', 'Bases de données', 'Modélisation de données', 'Documentation technique', 'Sécurité informatique', 'Logiciel libre',
      'Tests automatisés', 'CI/CD', 'Monitoring'],
  },
  {
    file: 'beta.gouv.fr-jobs/2021-06-15-charge.ou.chargee.de.deploiement.md',
    title: ['Chargée ou chargé de déploiement', 'Chargée ou chargé de déploiement Tchap'], organization: 'Tchap', status: 'closed',
    contract: 'freelance', remote: 'partial', location: null, deadline: null, language: 'fr', skills: [],
  },
  {
    file: 'beta.gouv.fr-jobs/2021-06-25-offre-dev-ellesfontlaculture.md',
    title: ['Développeur.se fullstack', 'Personne fullstack développeuse'], organization: ['Elles font la culture', 'Atelier numérique'],
    status: 'closed', contract: 'freelance', remote: ['partial', 'full'], location: 'Paris', deadline: null, language: 'fr',
    skills: ['Ruby', 'Ruby on Rails', 'Python', 'Django', 'JavaScript', 'TypeScript', 'React', 'Vue.js', 'Lean', 'Agile', 'DevOps',
      'Scalingo', 'Heroku'],
  },
  {
    file: 'beta.gouv.fr-jobs/2021-07-06-place-de-marche-inclusion-dev-dango.md',
    title: 'Développeur ou développeuse Django', organization: ["Le marché de l'inclusion", 'lemarche.inclusion.beta.gouv.fr'],
    status: 'closed', contract: 'freelance', remote: 'full', location: null, deadline: null, language: 'fr',
    skills: ['Symfony', 'Django', 'Python', 'PostgreSQL', 'PostGIS', 'Redis', 'Bootstrap', 'JavaScript', 'jQuery', 'Vue.js', 'Docker Compose',
      'PaaS', 'Clever Cloud', 'Metabase', 'Tests automatisés', 'Revue de code', 'API REST', 'SQL'],
  },
  {
    file: 'beta.gouv.fr-jobs/2021-07-27-letaxi-entrepreneure-associee.md',
    title: ['Entrepreneur(e) associé(e)', 'Une ou un entrepreneur(e) associé(e)'], organization: ['le.taxi', 'Registre national des taxis'],
    status: 'closed', contract: 'freelance', remote: 'partial', location: 'Paris', deadline: null, language: 'fr', skills: [],
  },
  {
    file: 'beta.gouv.fr-jobs/2021-10-27-charge-e.de.deploiement.-.stage.md',
    title: ['Chargé.e de déploiement - Stage', 'Chargé.e de déploiement'], organization: 'Trackdéchets', status: 'closed',
    contract: 'internship', remote: 'partial', location: 'Paris', deadline: null, language: 'fr', skills: ['Recette', 'Recherche utilisateur'],
  },
  {
    file: 'beta.gouv.fr-jobs/2021-11-19-dev-carnet-de-bord.md',
    title: ['Développeur ou développeuse full stack expérimenté.e', 'Dev full stack expérimenté(e)'], organization: 'Carnet de bord',
    status: 'closed', contract: 'freelance', remote: ['full', 'partial'], location: [null, 'Paris'], deadline: null, language: 'fr',
    skills: ['Svelte', 'SvelteKit', 'Hasura', 'PostgreSQL', 'HTML', 'CSS', 'JavaScript', 'Tailwind CSS', 'Docker', 'Docker Compose', 'PaaS',
      'GitHub Actions', 'FranceConnect', 'API', 'Pair programming', 'Revue de code', 'Recette', 'Documentation technique', 'Lean', 'Agile', 'Git',
      'Logiciel libre', 'Accessibilité numérique', 'Sécurité informatique'],
  },
  {
    file: 'beta.gouv.fr-jobs/2022-01-07-PM-incubateur.md',
    title: 'Product Manager', organization: ['Incubateur des Territoires', 'ANCT'], status: 'closed', contract: 'freelance', remote: 'partial',
    location: 'Paris', deadline: ['2022-02-22', '2022-02-23'], language: 'fr', skills: ['OKR', 'Feuille de route', 'Stratégie produit', 'Agile'],
  },
  {
    file: 'beta.gouv.fr-jobs/2022-01-10-ui.designer.junior.1.md',
    title: 'UI designer Junior', organization: ["La plateforme de l'inclusion", "Les emplois de l'inclusion", 'inclusion.beta.gouv.fr'],
    status: 'closed', contract: 'freelance', remote: 'full', location: null, deadline: null, language: 'fr',
    skills: ['Figma', 'UI design', 'Design system', 'Accessibilité numérique', 'Maquettage', 'Prototypage', 'Design graphique',
      'Responsive design', 'HTML', 'CSS', 'JavaScript', 'Bootstrap', 'Tests utilisateurs'],
  },
  {
    file: 'beta.gouv.fr-jobs/2022-01-18-chargee-de-deploiement-portefeuille.md',
    title: 'Chargé.e de déploiement de portefeuille', organization: ['Incubateur des Territoires', 'ANCT'], status: 'closed',
    contract: 'freelance', remote: ['unknown', 'none'], location: 'Paris', deadline: null, language: 'fr',
    skills: ['Lean Startup', 'Indicateurs de performance'],
  },
  {
    file: 'beta.gouv.fr-jobs/2022-01-19-developpeuse.ou.developpeur.fullstack.a.dominante.django.md',
    title: 'Développeuse ou développeur fullstack à dominante Django', organization: 'DORA', status: 'closed', contract: 'freelance',
    remote: 'full', location: null, deadline: null, language: 'fr',
    skills: ['Django', 'Django REST Framework', 'PostgreSQL', 'SvelteKit', 'Tailwind CSS', 'Scalingo', 'GitHub', 'API', 'Monitoring',
      'Tests automatisés', 'CI/CD', 'Documentation technique', 'Sécurité informatique', 'Accessibilité numérique'],
  },
  {
    file: 'beta.gouv.fr-jobs/2022-01-26-un-e.gestionnaire.de.produit.product.owner.md',
    title: 'Gestionnaire de produit / Product Owner', organization: 'Trackdéchets', status: 'closed', contract: 'freelance', remote: 'full',
    location: null, deadline: null, language: 'fr', skills: ['Agile', 'Scrum', 'Spécifications fonctionnelles', 'Priorisation'],
  },
  {
    file: 'beta.gouv.fr-jobs/2022-03-03-charge-e.de.deploiement.le-taxi.mes-ads.-.stage.md',
    title: ['Chargé.e de déploiement le.taxi/Mes.ADS - stage', 'Chargé.e de déploiement le.taxi/Mes.ADS', 'Chargé.e de déploiement'],
    organization: ['le.taxi', 'Mes.ADS'], status: 'closed', contract: 'internship', remote: 'partial', location: 'Paris', deadline: null,
    language: 'fr', skills: ['Excel', 'Crisp'],
  },
  {
    file: 'beta.gouv.fr-jobs/2022-03-16-charge-e.de.deploiement.dans.le.domaine.du.logement.social.md',
    title: ['Business Développeur.se et Customer Success Manager dans le domaine du logement social',
      'Business Développeur.se et Customer Success Manager'],
    organization: 'APiLos', status: 'closed', contract: 'freelance', remote: ['full', 'partial'], location: null, deadline: null, language: 'fr',
    skills: ['CRM', 'Marketing automation'],
  },
  {
    file: 'beta.gouv.fr-jobs/2022-05-12-charge-e.de.portefeuille.data.a.lincubateur.des.territoires.md',
    title: ["Chargé.e de portefeuille à l'Incubateur des Territoires", 'Chargé.e de portefeuille'],
    organization: ['Incubateur des Territoires', 'ANCT'], status: 'closed', contract: 'freelance', remote: 'partial', location: 'Paris',
    deadline: null, language: 'fr', skills: ['Lean Startup', 'Indicateurs de performance', 'OKR'],
  },
  {
    file: 'beta.gouv.fr-jobs/2022-05-19-datagir.recrute.une.developpeuse.ou.un.developpeur.pour.ameliorer.le.calculateur.d.empreinte.climat.nosgestesclimat-fr.md',
    title: ["Développeuse ou développeur pour améliorer le calculateur d'empreinte climat nosgestesclimat.fr", 'Développeuse ou développeur'],
    organization: ['Datagir', 'ADEME'], status: 'closed', contract: 'freelance', remote: 'partial', location: ['Paris', null], deadline: null,
    language: 'fr',
    skills: ['Publicodes', 'JavaScript', 'React', 'UX design', 'UI design', 'Logiciel libre', 'GitHub', 'Documentation technique'],
  },
  {
    file: 'beta.gouv.fr-jobs/2022-05-21-dev-METNum.md',
    title: ['Développeuse ou développeur full stack expérimenté(e)', 'Une développeuse ou un développeur full stack expérimenté(e)'],
    organization: ['Métiers du Numérique', 'metiers.numerique.gouv.fr'],
    status: 'closed', contract: 'freelance', remote: ['full', 'partial'], location: ['Paris', null], deadline: null, language: 'fr',
    skills: ['Node.js', 'React', 'TypeScript', 'Tests unitaires', 'Tests end-to-end', 'CI/CD', 'Git', 'GitHub', 'GitHub Actions',
      'Conventional Commits', 'Next.js', 'GraphQL', 'Styled Components', 'Jest', 'Playwright', 'Puppeteer', 'Prisma', 'Docker', 'PostgreSQL',
      'MySQL', 'User stories', 'Refactoring', 'Sécurité informatique', 'Logiciel libre'],
  },
  {
    file: 'beta.gouv.fr-jobs/2022-05-31-bizdev.charge.e.de.deploiement.experimente.e.md',
    title: 'Bizdev/Chargé(e) de déploiement expérimenté(e)', organization: ['France chaleur urbaine', 'FCU'], status: 'closed',
    contract: 'freelance', remote: 'full', location: null, deadline: ['2022-06-10', null], language: 'fr', skills: [],
  },
  {
    file: 'beta.gouv.fr-jobs/2022-07-06-dev-fiches-donnes-et-territoires.md',
    title: ['Dev fullstack fiches territoriales', 'Dev fullstack expérimenté·e'],
    organization: ['Données et Territoires', 'Incubateur des Territoires', 'ANCT'], status: 'closed', contract: 'freelance',
    remote: ['full', 'partial'], location: ['Paris', null], deadline: null, language: 'fr', skills: ['Python', 'SQL', 'PostgreSQL'],
  },
  {
    file: 'beta.gouv.fr-jobs/2022-11-22-une.ou.un.dev.backend.data.engineer.ecobalyse.md',
    title: 'Développeur·euse backend senior & data engineer', organization: 'Ecobalyse', status: 'closed', contract: 'freelance',
    remote: 'full', location: [null, 'Paris'], deadline: null, language: 'fr',
    skills: ['Brightway', 'Python', 'TypeScript', 'PostgreSQL', 'API', 'JSON', 'API REST', 'OpenAPI', 'Git', 'Logiciel libre', 'Tests automatisés',
      'Elm', 'HTML', 'CSS', 'Pair programming', 'Revue de code', 'Recette', 'PaaS', 'Scalingo', 'Documentation technique',
      'Sécurité informatique', 'Agile'],
  },
  {
    file: 'multi.coop-jobs/jobs-post-01-fr.md',
    title: 'Directrice / Directeur technique', organization: ['multi', 'multi.coop'], status: 'open', contract: 'CDI', remote: 'full',
    location: 'Paris', deadline: null, language: 'fr',
    skills: ['Python', 'Flask', 'FastAPI', 'JavaScript', 'Vue.js', 'Svelte', 'PostgreSQL', 'MongoDB', 'GraphQL', 'Git', 'CI/CD', 'Docker',
      'Docker Compose', 'Ansible', 'GitLab CI', 'Scrum', 'Agile', 'Architecture logicielle', 'Logiciel libre'],
  },
  {
    file: 'multi.coop-jobs/jobs-post-02-fr.md',
    title: 'Développeur·euse fullstack', organization: ['multi', 'multi.coop'], status: 'open', contract: 'CDI', remote: ['full', 'partial'],
    location: [null, 'Paris'], deadline: null, language: 'fr',
    skills: ['Python', 'FastAPI', 'Flask', 'Django', 'JavaScript', 'TypeScript', 'Vue.js', 'Svelte', 'React', 'Git', 'CI/CD', 'Tests unitaires',
      'Revue de code', 'Logiciel libre', 'Documentation technique', 'API', 'Microservices', 'Analyse des besoins'],
  },
  {
    file: 'seeds/000_2e6741c25371631c.txt', group: 'other',
    title: 'Directrice / Directeur technique', organization: ['multi', 'multi.coop'], status: 'open', contract: 'CDI', remote: 'full',
    location: 'Paris', deadline: null, language: 'fr',
    skills: ['Python', 'Flask', 'FastAPI', 'JavaScript', 'Vue.js', 'Svelte', 'PostgreSQL', 'MongoDB', 'GraphQL', 'Git', 'CI/CD', 'Docker',
      'Docker Compose', 'Ansible', 'GitLab CI', 'Scrum', 'Agile', 'Architecture logicielle', 'Logiciel libre'],
  },
  {
    file: 'seeds/001_c65881e23b54bc96.txt', group: 'beta.gouv.fr',
    title: ['Développeur·se fullstack', 'Développeuse fullstack', 'Un ou une développeuse fullstack'], organization: ['data.gouv.fr', 'Etalab'],
    status: 'closed', contract: 'freelance', remote: 'partial', location: 'Paris', deadline: null, language: 'fr',
    skills: ['JavaScript', 'Vue.js', 'Python', 'Flask', 'Logiciel libre', 'Revue de code'],
  },
  {
    file: 'seeds/002_b4afecc8f90f2003.txt', group: 'beta.gouv.fr',
    title: ['Développeuse ou développeur full stack expérimenté(e)', 'Une développeuse ou un développeur full stack expérimenté(e)'],
    organization: ['Métiers du Numérique', 'metiers.numerique.gouv.fr'],
    status: 'open', contract: 'freelance', remote: ['full', 'partial'], location: ['Paris', null], deadline: null, language: 'fr',
    skills: ['Node.js', 'React', 'TypeScript', 'Tests unitaires', 'Tests end-to-end', 'CI/CD', 'Git', 'GitHub', 'GitHub Actions',
      'Conventional Commits', 'Next.js', 'GraphQL', 'Styled Components', 'Jest', 'Playwright', 'Puppeteer', 'Prisma', 'Docker', 'PostgreSQL',
      'MySQL', 'User stories', 'Refactoring', 'Sécurité informatique', 'Logiciel libre'],
  },
  {
    file: 'seeds/003_b3b5b53559b6bef6.txt', group: 'beta.gouv.fr',
    title: 'Tech Lead', organization: ['Lab MI', "Laboratoire d'innovation du ministère de l'Intérieur", "Ministère de l'Intérieur"],
    status: 'open', contract: 'CDD', remote: 'partial', location: 'Paris', deadline: null, language: 'fr',
    skills: ['Vue.js', 'Node.js', 'MongoDB', 'Docker', 'CI/CD', 'Python', 'JavaScript', 'Java', 'PHP', 'Agile'],
  },
  {
    file: 'seeds/004_b838c80371b2b049.txt', group: 'other',
    title: ['Chargé·e de communautés et de contributions logiciels libres',
      'Chargé·e de communautés et de contributions logiciels libres - CDD 3 ans renouvelable H/F'],
    organization: ['DINUM', 'Etalab', 'Direction interministérielle du numérique'], status: 'unknown', contract: 'CDD', remote: 'partial',
    location: 'Paris', deadline: null, language: 'fr', skills: ['Git', 'Veille'],
  },
  {
    file: '18F+join.tts.gsa.gov-jobs/FedRAMP-Director-2024.md',
    title: 'FedRAMP Director', organization: ['Office of Solutions', 'TTS Office of Solutions', 'FedRAMP', 'TTS', 'Technology Transformation Services', 'GSA'],
    status: 'closed', contract: 'civil-servant', remote: 'full', location: null, deadline: '2024-04-17', language: 'en',
    skills: ['Cloud computing', 'Sécurité informatique', 'FedRAMP', 'FISMA', 'SOC 2', 'PCI DSS', 'ISO 27001', 'Agile', 'API'],
  },
  {
    file: '18F+join.tts.gsa.gov-jobs/FedRAMP-Security-Director.md',
    title: 'FedRAMP Security Director', organization: ['TTS Office of Solutions', 'Office of Solutions', 'FedRAMP', 'TTS', 'Technology Transformation Services', 'GSA'],
    status: 'closed', contract: 'civil-servant', remote: 'full', location: null, deadline: '2024-09-01', language: 'en',
    skills: ['Cloud computing', 'Sécurité informatique', 'Architecture logicielle', 'CI/CD', 'FedRAMP', 'FISMA', 'SOC 2', 'PCI DSS', 'ISO 27001'],
  },
  {
    file: '18F+join.tts.gsa.gov-jobs/Information Technology Specialist GS14.md',
    title: ['GS 14 Term Limited Various Roles', 'Information Technology Specialist'],
    organization: ['TTS', 'TechToGov - TTS', 'TechToGov', 'Technology Transformation Services', 'GSA'],
    status: 'closed', contract: ['civil-servant', 'CDD'], remote: 'full', location: null, deadline: '2023-10-30', language: 'en',
    skills: ['User stories', 'Agile', 'Spécifications fonctionnelles', 'Feuille de route', 'Analyse des besoins'],
  },
  {
    file: '18F+join.tts.gsa.gov-jobs/Information Technology Specialist GS15 INFOSEC.md',
    title: ['GS 15 IT Specialist (INFOSEC) - PERM', 'GS 15 IT Specialist (INFOSEC)', 'IT Specialist (INFOSEC)', 'Information Technology Specialist'],
    organization: ['TTS', 'TechToGov - TTS', 'TechToGov', 'Technology Transformation Services', 'GSA'],
    status: 'closed', contract: 'civil-servant', remote: 'full', location: null, deadline: '2023-10-30', language: 'en',
    skills: ['Sécurité informatique', 'Revue de code', 'Agile'],
  },
  {
    file: '18F+join.tts.gsa.gov-jobs/fedramp-isso-2023.md',
    title: ['Information Systems Security Officer (ISSO)/Cloud Security Assessment GS13',
      'Information Systems Security Officer (ISSO)/Cloud Security Assessment',
      'FedRAMP Information Systems Security Officer (ISSO)/Cloud Security Assessment'],
    organization: ['FedRAMP', 'TTS', 'Technology Transformation Services', 'GSA'],
    status: 'closed', contract: 'civil-servant', remote: 'full', location: null, deadline: '2023-10-02', language: 'en',
    skills: ['Sécurité informatique', 'Cloud computing', 'Vulnerability management', 'Recherche utilisateur', 'ISO', 'HIPAA', 'SOC', 'PCI DSS',
      'NIST', 'FedRAMP'],
  },
  {
    file: '18F+join.tts.gsa.gov-jobs/login-fraud-supervisor-2024.md',
    title: 'Fraud Supervisor', organization: ['Login.gov', 'TTS', 'Technology Transformation Services', 'GSA'],
    status: 'closed', contract: 'civil-servant', remote: 'full', location: null, deadline: '2024-06-26', language: 'en',
    skills: ['Cloud computing', 'Analyse de données', 'Sécurité informatique', 'Indicateurs de performance', 'Agile'],
  },
  {
    file: '18F+join.tts.gsa.gov-jobs/ttg-fedramp-cyberdata-analyst-2024.md',
    title: 'FedRAMP Cyber Data Analyst', organization: ['Office of Solutions', 'FedRAMP', 'TTS', 'Technology Transformation Services', 'GSA'],
    status: 'closed', contract: 'civil-servant', remote: 'full', location: null, deadline: '2024-04-25', language: 'en',
    skills: ['API', 'Data science', 'Machine learning', 'Intelligence artificielle', 'Python', 'R', 'Statistiques', 'Analyse de données',
      'Data visualisation', 'Cloud computing', 'DevSecOps', 'CI/CD', 'Sécurité informatique'],
  },
  {
    file: '18F+join.tts.gsa.gov-jobs/ttg-usdc-fellow-experience-supervisor-Ai-2024.md',
    title: 'Fellow Experience Supervisor', organization: ['U.S. Digital Corps', 'USDC', 'TTS', 'GSA'],
    status: 'closed', contract: ['civil-servant', 'CDD'], remote: 'full', location: null, deadline: '2024-04-25', language: 'en',
    skills: ['Data science', 'Analyse de données', 'Intelligence artificielle'],
  },
  {
    file: 'cds-snc+digital-canada-ca-jobs/en-full-stack-software-developer-mvp---8f4de03e-aee2-4b38-a69a-d69ea8258187.md',
    title: ['Full Stack Software Developer (MVP)', 'Full Stack Software Developer'], organization: ['Canadian Digital Service', 'CDS'],
    status: 'closed', contract: 'civil-servant', remote: ['full', 'partial'], location: ['Ottawa', null], deadline: null, language: 'en',
    skills: ['React', 'TypeScript', 'PHP', 'WordPress', 'CSS', 'Docker', 'Terraform', 'AWS', 'Accessibilité numérique', 'SRE', 'DevOps',
      'Tests automatisés', 'Monitoring', 'Cloud computing', 'Agile', 'Sécurité informatique'],
  },
  {
    file: 'cds-snc+digital-canada-ca-jobs/en-senior-content-designer--a3772e8b-c531-4177-9227-1b1b0790243a.md',
    title: 'Senior Content Designer', organization: ['Canadian Digital Service', 'CDS'], status: 'open', contract: ['civil-servant', 'CDD'],
    remote: 'full', location: null, deadline: null, language: 'en', skills: ['Content design', 'Accessibilité numérique', 'Plain language'],
  },
  {
    file: 'cds-snc+digital-canada-ca-jobs/en-senior-design-researcher.md',
    title: 'Senior Design Researcher', organization: ['Canadian Digital Service', 'CDS'], status: 'closed', contract: 'civil-servant',
    remote: 'unknown', location: null, deadline: null, language: 'en',
    skills: ['Recherche utilisateur', 'Tests utilisateurs', 'Agile', 'Accessibilité numérique'],
  },
  {
    file: 'cds-snc+digital-canada-ca-jobs/en-senior-policy-advisor--10fdc4df-8417-482c-bce4-12e464b9ab8c.md',
    title: 'Senior Policy Advisor', organization: ['Canadian Digital Service', 'CDS'], status: 'closed', contract: 'civil-servant',
    remote: ['full', 'partial'], location: [null, 'Ottawa'], deadline: null, language: 'en',
    skills: ['Analyse de données', 'Sécurité informatique', 'Accessibilité numérique'],
  },
  {
    file: 'cds-snc+digital-canada-ca-jobs/en-team-lead-partnerships-business-development--4ca0af95-2836-4070-afb1-e9c61b6b1a74.md',
    title: 'Team Lead, Partnerships Business Development', organization: ['Canadian Digital Service', 'CDS'], status: 'closed',
    contract: 'civil-servant', remote: 'unknown', location: null, deadline: null, language: 'en', skills: ['CRM', 'Agile'],
  },
  {
    file: 'cds-snc+digital-canada-ca-jobs/fr-communicateur-narratif-communicatrice-narrative-et-conseiller-conseillère-en-relations-avec-les-médias--acd80e98-0d20-48b0-aca8-cff7a7b2e7a4.md',
    title: 'Communicateur narratif/Communicatrice narrative et conseiller/conseillère en relations avec les médias',
    organization: ['Service numérique canadien', 'SNC', 'Canadian Digital Service', 'CDS'], status: 'closed', contract: 'civil-servant',
    remote: 'unknown', location: null, deadline: null, language: 'fr', skills: [],
  },
  {
    file: 'cds-snc+digital-canada-ca-jobs/fr-développeur-de-logiciel-temporaire-–-portail-alerte-covid.md',
    title: ['Développeur de logiciel temporaire – Portail Alerte COVID', 'Développeur de logiciel temporaire'],
    organization: ['Service numérique canadien', 'SNC', 'Canadian Digital Service', 'CDS', 'Alerte COVID'], status: 'closed',
    contract: ['CDD', 'civil-servant'], remote: 'unknown', location: null, deadline: null, language: 'fr',
    skills: ['Python', 'HTML', 'CSS', 'JavaScript', 'Git', 'GitHub', 'CI/CD', 'Tests automatisés', 'AWS', 'Infrastructure as Code', 'Monitoring',
      'Docker', 'JSON', 'API', 'Bases de données', 'Terraform', 'Django'],
  },
  {
    file: 'cds-snc+digital-canada-ca-jobs/fr-praticien-du-numérique-chargé-de-la-consultation-ou-praticienne-du-numérique-chargée-de-la-consultation---sécurité-des-opérations-de-développement--c00d0402-56cd-49b3-9d37-525b9fd31cfd.md',
    title: ['Praticien du numérique chargé de la consultation ou praticienne du numérique chargée de la consultation - Sécurité des opérations de développement',
      'Praticien du numérique chargé de la consultation ou praticienne du numérique chargée de la consultation'],
    organization: ['Service numérique canadien', 'SNC', 'Canadian Digital Service', 'CDS'], status: 'open', contract: ['CDD', 'civil-servant'],
    remote: 'full', location: null, deadline: null, language: 'fr',
    skills: ['C#', 'Java', 'HTML', 'CSS', 'JavaScript', 'PHP', 'Python', 'Git', 'CI/CD', 'IaaS', 'PaaS', 'Cloud computing', 'SRE', 'DevSecOps', 'Agile'],
  },
  {
    file: 'incubateur-territoires+incubateur.anct.gouv.fr-jobs/2020-09-14-designer-anfs.md',
    title: 'Designer de service',
    organization: ['Plan de relance Inclusion Numérique', 'Programme Société Numérique', 'Incubateur des Territoires', 'ANCT'],
    status: 'closed', contract: 'freelance', remote: 'unknown', location: null, deadline: null, language: 'fr',
    skills: ['UX design', 'UI design', 'Design de service', 'Parcours utilisateur', 'Recherche utilisateur', 'Agile'],
  },
  {
    file: 'incubateur-territoires+incubateur.anct.gouv.fr-jobs/2020-10-13-aidants-connect-po.md',
    title: 'Chef.fe de produit', organization: 'Aidants Connect', status: 'closed', contract: 'freelance', remote: 'unknown',
    location: null, deadline: '2020-11-04', language: 'fr', skills: ['Stratégie produit', 'Agile'],
  },
  {
    file: 'incubateur-territoires+incubateur.anct.gouv.fr-jobs/2020-10-13-commun-orientation-po.md',
    title: 'Chef.fe de produit', organization: ['Commun orientation', 'Incubateur des Territoires'], status: 'closed', contract: 'freelance',
    remote: 'unknown', location: null, deadline: '2021-01-11', language: 'fr',
    skills: ['Design de service', "Architecture de l'information", 'Tests utilisateurs', 'Agile'],
  },
  {
    file: 'incubateur-territoires+incubateur.anct.gouv.fr-jobs/2020-12-07-charge-de-deploiement.md',
    title: 'Chargé.e de déploiement', organization: ['Incubateur des Territoires', 'ANCT'], status: 'closed', contract: 'freelance',
    remote: 'partial', location: 'Paris', deadline: ['2020-12-22', '2020-12-23'], language: 'fr', skills: ['Agile'],
  },
  {
    file: "incubateur-territoires+incubateur.anct.gouv.fr-jobs/2021-03-12_designer-dinvestigation-territoriales_incubateur-des-territoires.md",
    title: ["Designer pour le Programme national d'investigation", 'Designer'], organization: ['Incubateur des Territoires', 'ANCT'],
    status: 'closed', contract: 'freelance', remote: 'full', location: null, deadline: '2021-03-24', language: 'fr',
    skills: ['Design sprint', 'Design thinking', 'Design de service', 'Prototypage', 'Tests utilisateurs', 'Recherche utilisateur', 'Ergonomie'],
  },
  {
    file: 'incubateur-territoires+incubateur.anct.gouv.fr-jobs/2022-01-07-dev-fullstack-incubateur.md',
    title: 'Développeur.se fullstack', organization: ['Incubateur des Territoires', 'ANCT'], status: 'closed', contract: 'freelance',
    remote: 'partial', location: ['Paris', null], deadline: ['2022-02-22', '2022-02-23'], language: 'fr',
    skills: ['Vue.js', 'Discourse', 'Ruby', 'Ember.js', 'JavaScript', 'Logiciel libre', 'Git', 'GitHub', 'GitLab', 'Markdown', 'Agile', 'Kubernetes',
      'Docker', 'CI/CD', 'GitHub Actions', 'GitLab CI'],
  },
  {
    file: 'incubateur-territoires+incubateur.anct.gouv.fr-jobs/map-poste_ouvert-tue-nov-03-2020-12-06-40-gmt-0100-heure-normale-d’europe-centrale-poste_ferme-tue-nov-17-2020-12-06-40-gmt-0100-heure-normale-d’europe-centrale-equipe-aidants-connect-role-développeur-se-contact-aidants.md',
    title: 'Développeur.se', organization: 'Aidants Connect', status: 'closed', contract: 'freelance', remote: 'partial', location: 'Paris',
    deadline: '2020-11-17', language: 'fr',
    skills: ['Python', 'Django', 'HTML', 'CSS', 'API REST', 'OpenID Connect', 'Logiciel libre', 'Tests utilisateurs', 'CI/CD',
      'Monitoring', 'Administration système'],
  },
  {
    file: 'incubateur-territoires+incubateur.anct.gouv.fr-jobs/2021-11-05-Product Designer - User research - UX UI.md',
    title: ['UX UI designer', 'Product Designer - UX UI designer', 'Product Designer ou UX UI', 'Product Designer'],
    organization: ['Incubateur des Territoires', 'ANCT'], status: 'closed', contract: 'freelance', remote: ['full', 'partial'],
    location: null, deadline: ['2021-04-22', '2021-04-23', null], language: 'fr',
    skills: ['UX design', 'UI design', 'Product design', 'Recherche utilisateur', 'Tests utilisateurs', 'Prototypage', 'Priorisation',
      'Ergonomie', 'Parcours utilisateur', 'Stratégie produit'],
  },
  {
    file: 'pythonjobs+jobs-jobs/Python_developer_Headforwards_Cornwall.html',
    title: ['Python Developer', 'Python Developer Job'], organization: 'Headforwards', status: 'closed', contract: 'CDI', remote: 'unknown',
    location: ['Redruth', 'Cornwall'], deadline: '2016-12-31', language: 'en',
    skills: ['Python', 'Flask', 'Django', 'NoSQL', 'MongoDB', 'Redis', 'InfluxDB', 'HTML', 'CSS', 'JavaScript', 'CI/CD', 'Jenkins', 'Git',
      'Docker', 'Kafka', 'Elasticsearch', 'Agile'],
  },
  {
    file: 'pythonjobs+jobs-jobs/ambilabs_hk_backend_developer.html',
    title: ['Backend Developer for IoT Startup', 'Backend Developer'], organization: ['Ambi Labs', 'Ambi Climate'], status: 'unknown',
    contract: 'CDI', remote: 'unknown', location: 'Hong Kong', deadline: null, language: 'en',
    skills: ['Python', 'Tornado', 'Flask', 'Redis', 'SQL', 'ZeroMQ', 'Microservices', 'Monitoring', 'Documentation technique', 'Agile', 'Scrum',
      'Kanban', 'Git', 'MySQL', 'Cassandra', 'Programmation orientée objet', 'Design patterns'],
  },
  {
    file: 'pythonjobs+jobs-jobs/digitalbridge_backend_django.html',
    title: 'Python/Back-End Developer', organization: 'DigitalBridge', status: 'unknown', contract: 'CDI', remote: 'unknown',
    location: 'Manchester', deadline: null, language: 'en',
    skills: ['Python', 'Django', 'SQL', 'API', 'API REST', 'Celery', 'TDD', 'Programmation orientée objet', 'Programmation fonctionnelle'],
  },
  {
    file: 'pythonjobs+jobs-jobs/earlytracks-pythonjs-developer.html',
    title: ['Python/JS Developer', 'Python/JS Developper'], organization: 'Earlytracks', status: 'unknown', contract: 'CDI', remote: 'unknown',
    location: 'Louvain-la-Neuve', deadline: null, language: 'en',
    skills: ['Python', 'JavaScript', 'Git', 'Linux', 'Docker', 'Kubernetes', 'Elasticsearch', 'API REST', 'HTML', 'CSS'],
  },
  {
    file: 'pythonjobs+jobs-jobs/eligible-python-and-django-mid-to-senior-software-developer-at-a-fintech-company.html',
    title: ['Python and Django mid-to-senior software developer', 'Python and Django mid-to-senior software developer at a fintech company'],
    organization: 'Eligible', status: 'unknown', contract: 'CDI', remote: 'none', location: 'London', deadline: null, language: 'en',
    skills: ['Python', 'Django', 'PostgreSQL', 'RabbitMQ', 'Celery', 'Heroku', 'JavaScript', 'React', 'CSS', 'CI/CD', 'Code Climate', 'New Relic',
      'Sentry'],
  },
  {
    file: 'pythonjobs+jobs-jobs/skimlinks-pm.html',
    title: 'Product Manager', organization: 'Skimlinks', status: 'unknown', contract: 'CDI', remote: 'unknown', location: 'London',
    deadline: null, language: 'en',
    skills: ['API', 'Data science', 'Machine learning', 'Statistiques', 'A/B testing', 'Agile', 'Jira', 'Feuille de route', 'Priorisation'],
  },
  {
    file: 'pythonjobs+jobs-jobs/umortgage_data_engineer_20181115.html',
    title: 'Data Engineer', organization: 'Unmortgage', status: 'unknown', contract: 'CDI', remote: ['unknown', 'none'], location: 'London',
    deadline: null, language: 'en',
    skills: ['Python', 'SQL', 'Modélisation de données', 'ETL', 'Google Cloud', 'Java', 'PostGIS', 'Machine learning', 'BigQuery', 'Dataflow',
      'Pub/Sub', 'Qualité des données'],
  },
  {
    file: 'pythonjobs+jobs-jobs/veeva_engineer_1.html',
    title: 'Senior Software Engineer', organization: 'Veeva', status: 'unknown', contract: 'CDI', remote: 'unknown', location: 'Pleasanton',
    deadline: null, language: 'en',
    skills: ['Python', 'Django', 'Ruby on Rails', 'MySQL', 'AWS', 'Configuration management', 'JavaScript'],
  },
  {
    file: 'techcorridorio+jobs.techcorridor.io-jobs/doximity_theresumator_com_apply_jobs_details_hU5bfp.md',
    title: 'Client Success Manager', organization: 'Doximity', status: 'unknown', contract: 'CDI', remote: 'full', location: null,
    deadline: null, language: 'en', skills: ['Excel', 'PowerPoint', 'Keynote'],
  },
  {
    file: 'techcorridorio+jobs.techcorridor.io-jobs/doximity_theresumator_com_apply_jobs_details_iOVTAbFHpM.md',
    title: ['Data Engineer (Sr.)', 'Data Engineer', 'Senior Data Engineer'], organization: 'Doximity', status: 'unknown', contract: 'CDI',
    remote: 'full', location: null, deadline: null, language: 'en',
    skills: ['Python', 'SQL', 'Big data', 'Hadoop', 'Hive', 'Apache Spark', 'Kafka', 'ETL', 'Airflow', 'Docker', 'AWS', 'Redshift', 'EMR', 'ECS', 'Neo4j',
      'MySQL', 'SQLAlchemy', 'Percona', 'Amazon S3'],
  },
  {
    file: 'techcorridorio+jobs.techcorridor.io-jobs/jmilabs_com_20170521_rails_engineer.md',
    title: 'Ruby on Rails Software Engineer', organization: ['JMI Laboratories', 'JMI Labs'], status: 'unknown', contract: 'CDI', remote: 'none',
    location: 'North Liberty', deadline: null, language: 'en',
    skills: ['Ruby', 'Ruby on Rails', 'PostgreSQL', 'SQL', 'Modélisation de données', 'HTML', 'JavaScript', 'D3.js', 'Data visualisation',
      'UX design', 'UI design', 'Développement mobile', 'Agile', 'Lean'],
  },
  {
    file: 'techcorridorio+jobs.techcorridor.io-jobs/metacommunications_com_careers__p_job_2FoHoY4fwR.md',
    title: 'VP of Engineering', organization: ['MetaCommunications', 'Meta'], status: 'unknown', contract: 'CDI', remote: 'unknown',
    location: 'Iowa City', deadline: null, language: 'en', skills: ['Feuille de route', 'Gestion de produit', 'Indicateurs de performance'],
  },
  {
    file: 'techcorridorio+jobs.techcorridor.io-jobs/newbo_co_careers_software-development-instructor.md',
    title: 'Software Development Instructor', organization: 'NewBoCo', status: 'unknown', contract: 'CDI', remote: ['none', 'unknown'],
    location: 'Cedar Rapids', deadline: null, language: 'en', skills: [],
  },
  {
    file: 'techcorridorio+jobs.techcorridor.io-jobs/pear-deck-junior-developer.md',
    title: 'Junior Developer', organization: 'Pear Deck', status: 'unknown', contract: 'CDI', remote: 'unknown', location: 'Iowa City',
    deadline: null, language: 'en', skills: ['Revue de code', 'Design sprint', 'Tests utilisateurs'],
  },
  {
    file: 'techcorridorio+jobs.techcorridor.io-jobs/pear-deck-ux-designer.md',
    title: 'UX Designer', organization: 'Pear Deck', status: 'unknown', contract: 'CDI', remote: 'unknown', location: 'Iowa City',
    deadline: null, language: 'en', skills: ['UX design', 'Tests utilisateurs', 'Recherche utilisateur', 'Design sprint', 'Revue de code'],
  },
  {
    file: 'techcorridorio+jobs.techcorridor.io-jobs/pearson-technology_jobs_iowa-city-ia_software-developer-math_5F624CF7398A467CB7AB2BC8D9AA977B_job.md',
    title: 'Software Developer - Math', organization: ['Pearson Technology', 'Pearson'], status: 'unknown', contract: 'CDI',
    remote: ['unknown', 'none'], location: ['Boulder', 'Iowa City', 'Austin'], deadline: null, language: 'en',
    skills: ['Unix', 'Linux', 'Git', 'Git flow', 'Python', 'Go', 'Java', 'JavaScript', 'AngularJS', 'MongoDB', 'NoSQL', 'Docker', 'AWS',
      'Elastic Beanstalk', 'API REST', 'SOAP', 'Machine learning', 'Intelligence artificielle', 'Agile'],
  },
];
