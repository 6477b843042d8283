/**
 * Queries a seeker would type, judged by hand on ../shared/fixtures: for each, what a relevant
 * posting is (the criterion), and the postings that meet it, found by reading the postings
 * (their titles, roles and bodies), never from a search engine's answer. Postings are named
 * `publisher/start of the file name` (see resolveJudgedIds).
 *
 * Used by tests/search/ranking-quality.test.ts (a ratchet on recall@10) and by
 * `npm run bench -- search` (Vigie, MiniSearch and fuse.js side by side).
 */
export interface JudgedQuery {
  query: string;
  kind: 'french' | 'english' | 'typo' | 'role + place' | 'stack' | 'synonym';
  criterion: string;
  relevant: string[];
}

const DEVELOPERS_WITH_PYTHON = [
  'beta/2017-05-04-developpeurs-drones', 'beta/2020-11-03-aidantsconnect', 'beta/2021-05-27-developpeur.se.full.stack',
  'beta/2021-06-25-offre-dev-ellesfontlaculture', 'beta/2021-07-06-place-de-marche', 'beta/2022-03-11-dev.backend',
  'beta/2022-04-19-anct-sit', 'beta/2022-06-01-developpeuse.principale', 'beta/2022-07-06-dev-fiches',
  'beta/2022-11-22-une.ou.un.dev.backend', 'cds/fr-développeur-de-logiciel', 'incubateur/map-poste', 'multi/jobs-post-02',
  'pythonjobs/Python_developer', 'pythonjobs/ambilabs', 'pythonjobs/digitalbridge', 'pythonjobs/earlytracks',
  'pythonjobs/eligible', 'pythonjobs/veeva', 'techcorridor/pearson',
];

const DEVOPS_OR_KUBERNETES = [
  'beta/2021-04-20-anct-devops', 'beta/2021-04-16-covoiturage-dev', 'incubateur/2022-01-07-dev-fullstack',
  'pythonjobs/earlytracks', 'beta/2020-11-04-cmachance', 'beta/2021-06-25-offre-dev-ellesfontlaculture', 'cds/en-full-stack',
];

const DEPLOYMENT_LEADS = [
  'beta/2020-11-28-trackdechets_stagebizd', 'beta/2020-12-07-anct-charge', 'beta/2021-02-15-engagement-civique',
  'beta/2021-05-05-partaj', 'beta/2021-06-15-charge.ou.chargee', 'beta/2021-07-30-potentiel.recrute',
  'beta/2021-10-27-charge-e.de.deploiement', 'beta/2022-01-10-itou', 'beta/2022-01-18-chargee-de-deploiement',
  'beta/2022-03-03-charge-e.de.deploiement', 'beta/2022-05-31-bizdev', 'beta/2022-03-16-charge-e.de.deploiement',
  'incubateur/2020-12-07-charge-de-deploiement', 'beta/2022-01-11-recrutement-charge-deploiement',
];

const PRODUCT_OWNERS = [
  'beta/2022-01-26-un-e.gestionnaire', 'beta/2021-04-21-responsable-produit', 'beta/2021-06-25-covoitPO',
  'beta/2022-01-07-PM-incubateur', 'incubateur/2020-10-13-aidants-connect-po', 'incubateur/2020-10-13-commun-orientation-po',
  'pythonjobs/skimlinks-pm',
];

const BUSINESS_DEVELOPERS = [
  'beta/2022-05-31-bizdev', 'beta/2022-03-16-charge-e.de.deploiement', 'beta/2020-11-28-trackdechets_stagebizd',
  'beta/2022-01-10-itou', 'beta/2018-10-12-Stagiaire', 'cds/en-team-lead-partnerships',
  // Missed by the first reading, added on a second one (2026-12-07): its missions are those "dont le ou la business développeur(se) sera responsable".
  'beta/2021-05-05-partaj',
];

const FULL_STACK_DEVELOPERS = [
  'beta/2018-07-16-dev-civil', 'beta/2018-10-16-dev-full-stack', 'beta/2020-04-02-dev-CDD', 'beta/2020-06-01-trackdechets-full-stack',
  'beta/2020-07-30-Potentiel', 'beta/2020-11-03-aidantsconnect', 'beta/2020-11-04-cmachance', 'beta/2021-05-27-developpeur.se.full.stack',
  'beta/2021-06-25-offre-dev-ellesfontlaculture', 'beta/2021-07-19-un.e.developpeur', 'beta/2021-11-19-dev-carnet',
  'beta/2022-01-19-developpeuse.ou.developpeur.fullstack', 'beta/2022-05-21-dev-METNum', 'beta/2022-07-06-dev-fiches',
  'beta/2022-09-25-domifa', 'incubateur/2022-01-07-dev-fullstack', 'multi/jobs-post-02', 'cds/en-full-stack',
];

const DESIGNERS = [
  'beta/2020-02-26-designers', 'beta/2021-06-10-un-e.designer', 'beta/2021-11-18-product.designer', 'beta/2022-01-10-ui.designer',
  'beta/2022-01-19-UX-designer', 'incubateur/2020-09-14-designer', 'incubateur/2021-03-12_designer', 'incubateur/2021-11-05-Product Designer',
  'cds/en-senior-content-designer', 'cds/en-senior-design-researcher', 'techcorridor/pear-deck-ux-designer',
];

export const JUDGED_QUERIES: JudgedQuery[] = [
  {
    query: 'devops kubernetes',
    kind: 'stack',
    criterion: 'A DevOps or operations role, or a posting asking for Kubernetes or DevOps practice among its skills.',
    relevant: DEVOPS_OR_KUBERNETES,
  },
  {
    query: 'devosp kubernets',
    kind: 'typo',
    criterion: 'As "devops kubernetes", typed with two typos.',
    relevant: DEVOPS_OR_KUBERNETES,
  },
  {
    query: 'data scientist',
    kind: 'english',
    criterion: 'The role itself is data science (data scientist, data science supervisor); a data scientist named in a team roster does not count.',
    relevant: ['18F/ttg-fedramp-cyberdata', '18F/ttg-usdc-fellow'],
  },
  {
    query: 'developeur javscript',
    kind: 'typo',
    criterion: 'A developer role whose stack includes JavaScript (named in its requirements or stack).',
    relevant: [
      'beta/2017-03-16-developpeur-data-gouv-js', 'beta/2017-05-04-developpeurs-drones', 'beta/2018-07-16-dev-civil', 'beta/2018-10-16-dev-full-stack',
      'beta/2019-09-10-aplus', 'beta/2020-04-02-dev-CDD', 'beta/2020-06-01-trackdechets-full-stack', 'beta/2020-07-30-Potentiel',
      'beta/2020-11-03-aidantsconnect', 'beta/2020-11-04-cmachance', 'beta/2021-05-27-developpeur.se.full.stack', 'beta/2021-06-25-offre-dev-ellesfontlaculture',
      'beta/2021-07-06-place-de-marche', 'beta/2021-07-19-un.e.developpeur', 'beta/2021-11-19-dev-carnet', 'beta/2022-05-19-datagir',
      'beta/2022-05-21-dev-METNum', 'beta/2022-03-11-dev.backend', 'incubateur/2022-01-07-dev-fullstack', 'incubateur/map-poste',
      'multi/jobs-post-02', 'cds/fr-développeur-de-logiciel', 'pythonjobs/earlytracks', 'pythonjobs/eligible', 'pythonjobs/veeva', 'techcorridor/pearson',
    ],
  },
  {
    query: 'symfony php',
    kind: 'stack',
    criterion: 'A developer role asking for PHP or Symfony (alone or among the frameworks it accepts).',
    relevant: [
      'beta/2020-11-04-cmachance', 'beta/2021-07-19-un.e.developpeur', 'beta/2018-07-16-dev-civil', 'beta/2018-10-16-dev-full-stack',
      'beta/2020-06-01-trackdechets-full-stack', 'cds/en-full-stack',
    ],
  },
  {
    query: 'développeur Lyon',
    kind: 'role + place',
    criterion: 'A developer role that can be worked from Lyon (named as a place of work or of the team).',
    relevant: ['beta/2021-04-16-covoiturage-dev', 'beta/2021-11-19-dev-carnet'],
  },
  {
    query: 'designer',
    kind: 'french',
    criterion: 'A designer role (UX, UI, product, service, content designer or design researcher).',
    relevant: DESIGNERS,
  },
  {
    query: 'desinger ux',
    kind: 'typo',
    criterion: 'A designer role with user experience in it (UX, UI/UX, product or service design, design research).',
    relevant: DESIGNERS,
  },
  {
    query: 'chargé de déploiement',
    kind: 'french',
    criterion: 'The role is "chargé·e de déploiement" or the same job under another name (bizdev, distribution of APIs, deployment lead).',
    relevant: DEPLOYMENT_LEADS,
  },
  {
    query: 'charge deploiement stage',
    kind: 'french',
    criterion: 'An internship in deployment or business development.',
    relevant: [
      'beta/2020-11-28-trackdechets_stagebizd', 'beta/2021-10-27-charge-e.de.deploiement', 'beta/2022-03-03-charge-e.de.deploiement',
      'beta/2018-10-12-Stagiaire',
    ],
  },
  {
    query: 'internship',
    kind: 'synonym',
    criterion: 'An internship ("stage", "stagiaire"), whatever the role.',
    relevant: [
      'beta/2018-10-12-Stagiaire', 'beta/2020-11-28-trackdechets_stagebizd', 'beta/2021-10-27-charge-e.de.deploiement',
      'beta/2022-03-03-charge-e.de.deploiement',
    ],
  },
  {
    query: 'product owner',
    kind: 'english',
    criterion: 'A product role: product owner, product manager, chef·fe de produit, responsable or gestionnaire de produit.',
    relevant: PRODUCT_OWNERS,
  },
  {
    query: 'chef de produit',
    kind: 'french',
    criterion: 'As "product owner": a product role, in either language.',
    relevant: PRODUCT_OWNERS,
  },
  {
    query: 'product manager',
    kind: 'english',
    criterion: 'As "product owner": a product role, in either language.',
    relevant: PRODUCT_OWNERS,
  },
  {
    query: 'bizdev',
    kind: 'synonym',
    criterion: 'A role whose main mission is business development (bizdev, business developer, développement commercial).',
    relevant: BUSINESS_DEVELOPERS,
  },
  {
    query: 'business developer',
    kind: 'english',
    criterion: 'As "bizdev".',
    relevant: BUSINESS_DEVELOPERS,
  },
  {
    query: 'full stack developer',
    kind: 'english',
    criterion: 'A full-stack developer role.',
    relevant: FULL_STACK_DEVELOPERS,
  },
  {
    query: 'développeuse fullstack',
    kind: 'french',
    criterion: 'As "full stack developer".',
    relevant: FULL_STACK_DEVELOPERS,
  },
  {
    query: 'fixed-term developer',
    kind: 'synonym',
    criterion: 'A developer role on a fixed-term contract (CDD, temporary).',
    relevant: ['beta/2020-04-02-dev-CDD', 'beta/2017-03-16-developpeur-data-gouv-js', 'cds/fr-développeur-de-logiciel'],
  },
  {
    query: 'python django',
    kind: 'stack',
    criterion: 'A developer role whose stack is Django (a Python framework), named as the stack or a requirement, not as one option among many.',
    relevant: [
      'beta/2021-05-27-developpeur.se.full.stack', 'beta/2021-07-06-place-de-marche', 'beta/2022-01-19-developpeuse.ou.developpeur.fullstack',
      'beta/2021-06-25-offre-dev-ellesfontlaculture', 'beta/2020-11-03-aidantsconnect', 'incubateur/map-poste', 'multi/jobs-post-02',
      'pythonjobs/eligible', 'pythonjobs/digitalbridge', 'pythonjobs/veeva', 'pythonjobs/Python_developer', 'cds/fr-développeur-de-logiciel',
    ],
  },
  {
    query: 'pyhton developer',
    kind: 'typo',
    criterion: 'A developer role whose stack includes Python.',
    relevant: DEVELOPERS_WITH_PYTHON,
  },
  {
    query: 'développeur python paris',
    kind: 'role + place',
    criterion: 'A developer role with Python in its stack, worked in Paris.',
    relevant: [
      'beta/2017-05-04-developpeurs-drones', 'beta/2020-11-03-aidantsconnect', 'beta/2021-06-25-offre-dev-ellesfontlaculture',
      'beta/2022-07-06-dev-fiches', 'beta/2022-11-22-une.ou.un.dev.backend', 'incubateur/map-poste', 'multi/jobs-post-02',
    ],
  },
  {
    query: 'data engineer',
    kind: 'english',
    criterion: 'A data engineering role (data engineer, back-end developer on data pipelines).',
    relevant: ['pythonjobs/umortgage', 'techcorridor/doximity_theresumator_com_apply_jobs_details_iOV', 'beta/2022-11-22-une.ou.un.dev.backend', 'beta/2022-03-11-dev.backend'],
  },
  {
    query: 'data engineer london',
    kind: 'role + place',
    criterion: 'A data engineering role in London.',
    relevant: ['pythonjobs/umortgage'],
  },
  {
    query: 'react typescript',
    kind: 'stack',
    criterion: 'A developer role asking for React or TypeScript.',
    relevant: [
      'beta/2022-05-20-dev-territoires', 'beta/2022-05-21-dev-METNum', 'beta/2020-07-30-Potentiel', 'beta/2021-06-25-offre-dev-ellesfontlaculture',
      'multi/jobs-post-02', 'cds/en-full-stack', 'beta/2020-06-01-trackdechets-full-stack', 'beta/2020-04-02-dev-CDD', 'beta/2022-05-19-datagir',
      'beta/2021-04-16-covoiturage-dev', 'beta/2022-09-25-domifa', 'beta/2022-11-22-une.ou.un.dev.backend', 'pythonjobs/eligible',
    ],
  },
  {
    query: 'vuejs',
    kind: 'stack',
    criterion: 'A posting asking for Vue.js.',
    relevant: [
      'beta/2020-04-02-dev-CDD', 'beta/2020-11-04-cmachance', 'beta/2021-06-25-offre-dev-ellesfontlaculture', 'beta/2021-07-06-place-de-marche',
      'incubateur/2022-01-07-dev-fullstack', 'multi/jobs-post-01', 'multi/jobs-post-02',
    ],
  },
  {
    query: 'ruby on rails',
    kind: 'stack',
    criterion: 'A developer role asking for Ruby or Rails (alone or among the frameworks it accepts).',
    relevant: [
      'techcorridor/jmilabs', 'beta/2021-06-25-offre-dev-ellesfontlaculture', 'beta/2020-11-03-aidantsconnect', 'incubateur/map-poste',
      'incubateur/2022-01-07-dev-fullstack', 'beta/2018-07-16-dev-civil', 'beta/2018-10-16-dev-full-stack', 'beta/2020-06-01-trackdechets-full-stack',
    ],
  },
  {
    query: 'growth hacker',
    kind: 'english',
    criterion: 'A growth role.',
    relevant: ['beta/2016-10-14-recrutement-gh', 'beta/2022-02-11-growth'],
  },
  {
    query: 'communication',
    kind: 'french',
    criterion: 'A communication role (community manager, chargé·e de communication, communicator).',
    relevant: ['beta/2016-12-21-mes-aides-cm', 'beta/2021-12-09-chargee.ou.charge.de.communication', 'cds/fr-communicateur'],
  },
  {
    query: 'cybersecurity',
    kind: 'english',
    criterion: 'A role in IT security (security director, information systems security officer, security specialist or analyst).',
    relevant: [
      '18F/FedRAMP-Security-Director', '18F/Information Technology Specialist GS15', '18F/fedramp-isso', '18F/ttg-fedramp-cyberdata',
      'cds/fr-praticien',
    ],
  },
  {
    query: 'backend developer',
    kind: 'english',
    criterion: 'A back-end developer role (back-end in the title or as the main part of the job).',
    relevant: [
      'beta/2022-11-22-une.ou.un.dev.backend', 'beta/2022-03-11-dev.backend', 'pythonjobs/ambilabs', 'pythonjobs/digitalbridge',
      'beta/2022-01-19-developpeuse.ou.developpeur.fullstack',
    ],
  },
  {
    query: 'user researcher',
    kind: 'english',
    criterion: 'A role doing user research (design researcher, product designer with user research).',
    relevant: ['cds/en-senior-design-researcher', 'beta/2021-11-18-product.designer', 'incubateur/2021-11-05-Product Designer'],
  },
  {
    query: 'developer iowa',
    kind: 'role + place',
    criterion: 'A developer or software engineer role in Iowa.',
    relevant: ['techcorridor/pear-deck-junior', 'techcorridor/pearson', 'techcorridor/jmilabs'],
  },
  {
    query: 'machine learning',
    kind: 'english',
    criterion: 'A role where machine learning is part of the job or its requirements.',
    relevant: [
      '18F/ttg-fedramp-cyberdata', 'pythonjobs/ambilabs', 'pythonjobs/digitalbridge', 'pythonjobs/eligible', 'pythonjobs/skimlinks',
      'pythonjobs/umortgage', 'techcorridor/doximity_theresumator_com_apply_jobs_details_iOV', 'techcorridor/pearson',
    ],
  },
];

/** Each publisher's repository, as its source id names it (`github:https://api.github.com/OWNER/REPO@…`). */
const PUBLISHERS: Record<string, string> = {
  '18F': 'api.github.com/18f/join.tts.gsa.gov@',
  beta: 'api.github.com/betagouv/beta.gouv.fr@',
  cds: 'api.github.com/cds-snc/digital-canada-ca@',
  incubateur: 'api.github.com/incubateur-territoires/incubateur.anct.gouv.fr@',
  multi: 'api.github.com/qloridant/multi-site-contents@',
  pythonjobs: 'api.github.com/pythonjobs/jobs@',
  techcorridor: 'api.github.com/techcorridorio/jobs.techcorridor.io@',
};

/**
 * The offer ids a query's `relevant` names, given each offer's publisher repository and file name.
 * Throws when a name matches no offer or several: a judgment must point at one posting.
 */
export function resolveJudgedIds(names: string[], offers: Array<{ id: string; sourceId: string; path: string }>): string[] {
  return names.map((name) => {
    const [publisher, ...rest] = name.split('/');
    const repository = PUBLISHERS[publisher!];
    const start = rest.join('/');
    const found = offers.filter((offer) => repository !== undefined && offer.sourceId.includes(repository) && offer.path.startsWith(start));
    if (found.length !== 1) throw new Error(`Judged posting "${name}" matches ${found.length} offers`);
    return found[0]!.id;
  });
}
