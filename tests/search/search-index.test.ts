import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePostingAt } from '../../lib/postings/parse-posting';
import { createSearchIndex, loadSearchIndex, type SearchIndex, type SerializedSearchIndex } from '../../lib/search';
import { FIELD_WEIGHTS } from '../../lib/search/field-weights';
import { makeOffer } from './make-offer';

const OFFERS = [
  makeOffer('js', { title: 'Développeur JavaScript', skills: ['JavaScript', 'Vue.js'], body: 'Rejoignez une équipe produit.' }),
  makeOffer('django', { title: 'Développeuse Python', skills: ['Python', 'Django'], body: 'API en Django et PostgreSQL.' }),
  makeOffer('deploy', { title: 'Chargé·e de déploiement', organization: 'Trackdéchets', body: 'Accompagner les usagers.' }),
  makeOffer('design', { title: 'UX designer', location: 'Lyon', body: 'Recherche utilisateur et prototypes.' }),
  makeOffer('data', { title: 'Data engineer', skills: ['Python'], body: 'Pipelines de données, un peu de Django.' }),
];

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));
const ids = (index: SearchIndex, query: string) => index.search(query).map((hit) => hit.id);

describe('search', () => {
  const index = createSearchIndex(OFFERS);

  it.each([
    ['developeur javscript', 'js'],
    ['devlopeur javascript', 'js'],
    ['pyhton', 'django'],
    ['desinger', 'design'],
  ])('forgives typos: %s', (query, expected) => {
    expect(ids(index, query)).toContain(expected);
  });

  it.each([
    ['developpeuse', 'django'],
    ['DÉPLOIEMENT', 'deploy'],
    ['deploiement', 'deploy'],
    ['trackdechets', 'deploy'],
  ])('ignores accents and case: %s', (query, expected) => {
    expect(ids(index, query)[0]).toBe(expected);
  });

  it('completes the word being typed, not the words already typed', () => {
    expect(ids(index, 'pyth')).toEqual(expect.arrayContaining(['django', 'data']));
    expect(ids(index, 'javascript vu')).toEqual(['js']);
    expect(ids(index, 'pyth ')).toEqual([]);
  });

  it('completes a word being typed as typed when some term starts so, else with a typo', () => {
    const index = createSearchIndex([
      makeOffer('domifa', { title: 'Développeur full stack', organization: 'DomiFa' }),
      makeOffer('dominante', { title: 'Développeuse fullstack à dominante Django' }),
      makeOffer('javascript', { title: 'Développeur', skills: ['JavaScript'] }),
    ]);
    expect(ids(index, 'domifa')).toEqual(['domifa']);
    expect(ids(index, 'domif')).toEqual(['domifa']);
    // Nothing starts with "javs": it is a slip in "javascript", being typed.
    expect(ids(index, 'javs')).toEqual(['javascript']);
  });

  it('finds a short word being typed in bodies, its completions only in short fields', () => {
    const index = createSearchIndex([
      makeOffer('body-word', { body: 'Travail sur l’UX du service.' }),
      makeOffer('body-completion', { body: 'Travail sur l’UXUI du service.' }),
      makeOffer('title-completion', { title: 'Designer UXUI' }),
    ]);
    expect(ids(index, 'ux').sort()).toEqual(['body-word', 'title-completion']);
    expect(ids(index, 'uxu').sort()).toEqual(['body-completion', 'title-completion']);
  });

  it('ranks the offers holding every word first, in any order; the others follow', () => {
    expect(ids(index, 'python django').slice(0, 2).sort()).toEqual(['data', 'django']);
    expect(ids(index, 'django python').slice(0, 2).sort()).toEqual(['data', 'django']);
    expect(ids(index, 'python lyon').sort()).toEqual(['data', 'design', 'django']);
  });

  it('ranks an offer holding every word above one holding some in better fields', () => {
    const index = createSearchIndex([
      makeOffer('title-one-word', { title: 'Développeur Kubernetes Kubernetes', skills: ['Kubernetes'] }),
      makeOffer('body-both-words', { title: 'Ingénieur', body: 'DevOps avec Kubernetes.' }),
    ]);
    expect(ids(index, 'devops kubernetes')).toEqual(['body-both-words', 'title-one-word']);
    expect(ids(index, 'devosp kubernets')).toEqual(['body-both-words', 'title-one-word']);
  });

  it('lets stopwords add to the score without excluding offers', () => {
    expect(ids(index, 'charge du deploiement')).toEqual(['deploy']);
    expect(ids(index, 'de')).toContain('deploy');
  });

  it('matches English and French words alike', () => {
    expect(ids(index, 'engineer')).toEqual(['data']);
    expect(ids(index, 'données')).toEqual(['data']);
  });

  it('reports the index terms that matched', () => {
    const [hit] = index.search('developeur javscript');
    expect(hit?.matchedTerms.sort()).toEqual(['developpeur', 'javascript']);
  });

  it('reports every term of a match made of several: a synonym of several words, a word written in two', () => {
    const index = createSearchIndex([
      makeOffer('po', { title: 'Chef de produit' }),
      makeOffer('cyber', { title: 'Cyber Data Analyst', body: 'Security data pipelines.' }),
    ]);
    expect(index.search('po')[0]?.matchedTerms.sort()).toEqual(['chef', 'produit']);
    expect(index.search('cybersecurity')[0]?.matchedTerms.sort()).toEqual(['cyber', 'security']);
  });

  it('honours limit and filter', () => {
    expect(index.search('python', { limit: 1 })).toHaveLength(1);
    expect(ids(index, 'python').length).toBe(2);
    expect(index.search('python', { filter: (id) => id !== 'django' }).map((hit) => hit.id)).toEqual(['data']);
  });
});

describe('ranking', () => {
  it('puts a title match before a body-only match', () => {
    const index = createSearchIndex([
      makeOffer('body', { body: 'Nous cherchons un designer.', status: 'open', postedAt: '2024-01-01' }),
      makeOffer('title', { title: 'Designer', status: 'closed', postedAt: '2019-01-01' }),
    ]);
    expect(ids(index, 'designer')).toEqual(['title', 'body']);
  });

  it('puts a skill match before a body-only match', () => {
    const index = createSearchIndex([
      makeOffer('body', { title: 'Dev', body: 'Un peu de Django.' }),
      makeOffer('skill', { title: 'Dev', skills: ['Django'] }),
    ]);
    expect(ids(index, 'django')).toEqual(['skill', 'body']);
  });

  it('puts an open offer before a closed one matching as well', () => {
    const index = createSearchIndex([
      makeOffer('closed', { title: 'Designer', status: 'closed', postedAt: '2024-01-01' }),
      makeOffer('open', { title: 'Designer', status: 'open', postedAt: '2024-01-01' }),
    ]);
    expect(ids(index, 'designer')).toEqual(['open', 'closed']);
  });

  it('puts a recent offer before an old one matching as well', () => {
    const index = createSearchIndex([
      makeOffer('old', { title: 'Designer', postedAt: '2018-05-01' }),
      makeOffer('undated', { title: 'Designer' }),
      makeOffer('recent', { title: 'Designer', postedAt: '2024-05-01' }),
    ]);
    expect(ids(index, 'designer')).toEqual(['recent', 'old', 'undated']);
  });

  it('puts an exact word before a typo', () => {
    const index = createSearchIndex([
      makeOffer('typo', { title: 'Developeur' }),
      makeOffer('exact', { title: 'Développeur' }),
    ]);
    expect(ids(index, 'developpeur')).toEqual(['exact', 'typo']);
  });

  it('weighs the likely corrections of a typo as the commonest of them, never more for being rarer', () => {
    const index = createSearchIndex([
      makeOffer('english', { title: 'Developer', status: 'closed' }),
      makeOffer('french', { title: 'Développeur', status: 'open' }),
      ...['Python', 'Go', 'Rust'].map((stack) => makeOffer(stack, { title: `Développeur ${stack}`, status: 'closed' })),
    ]);
    // "developeur" is one slip from "developer" (in one offer) and from "développeur" (in four): the seeker meant one word.
    const ranked = ids(index, 'developeur ');
    expect(ranked).toContain('english');
    expect(ranked.indexOf('french')).toBeLessThan(ranked.indexOf('english'));
  });

  it('takes a word in the other number for the word itself, not for a typo', () => {
    // "développeurs" is a word of the index: "développeur", one edit away and no commoner, is no correction of it.
    const index = createSearchIndex([
      makeOffer('team', { title: 'Chef de projet', body: 'Avec nos développeurs, un peu de Python.' }),
      makeOffer('role', { title: 'Développeur Python' }),
    ]);
    expect(ids(index, 'développeurs python')[0]).toBe('role');
  });

  it('takes no other number that makes another word: English words in "ss", technologies named by ordinary words', () => {
    // Each other number sits in a title, where it would outrank the word itself found in a body.
    const index = createSearchIndex([
      makeOffer('acces', { title: 'Chargé·e d’accès aux droits' }),
      makeOffer('access', { title: 'Digital officer', body: 'You give access to public data.' }),
      makeOffer('rail', { title: 'Technicien du rail' }),
      makeOffer('rails', { title: 'Développeur', body: 'Ruby on Rails, PostgreSQL.' }),
      makeOffer('designers', { title: 'Des designers' }),
      makeOffer('designer', { title: 'Développeur', body: 'Avec un designer.' }),
    ]);
    expect(ids(index, 'access')[0]).toBe('access');
    expect(ids(index, 'rails')[0]).toBe('rails');
    // The rule itself still holds for ordinary words.
    expect(ids(index, 'designer')[0]).toBe('designers');
  });

  it('finds "ops" for devops in titles, skills and tags only: in a text it names a team or a stack line', () => {
    const index = createSearchIndex([
      makeOffer('stack-line', { title: 'Développeur', body: 'Ops : Docker, Kubernetes.' }),
      makeOffer('title', { title: 'Ops engineer' }),
    ]);
    expect(ids(index, 'devops')).toEqual(['title']);
  });

  it('finds a role holding the word in a title ("fullstack" for "frontend") above the word in a text, and never as the word itself', () => {
    const index = createSearchIndex([
      makeOffer('backend', { title: 'Backend Developer', body: 'You will work with our front-end developers.' }),
      makeOffer('fullstack', { title: 'Développeur fullstack', body: 'Du front-end en Vue.js au back-end en Python.' }),
      makeOffer('fullstack-only', { title: 'Développeuse fullstack' }),
    ]);
    const ranked = ids(index, 'frontend developer');
    expect(ranked.indexOf('fullstack')).toBeLessThan(ranked.indexOf('backend'));
    // Without the word itself, a broader role only half covers it, as does a back-end title naming its front-end colleagues in its text.
    expect(ranked.slice(1)).toEqual(['fullstack-only', 'backend']);
  });

  it('finds a synonym of several words written in a body, its words side by side only', () => {
    const index = createSearchIndex([
      makeOffer('scattered', { title: 'Chargé·e de projet', body: 'Un business model à inventer. Un developer vous aidera.' }),
      makeOffer('body', { title: 'Chargé·e de développement', body: 'Nous cherchons un business developer pour nous aider.' }),
      makeOffer('roster', { title: 'Chef de produit', body: 'Nous cherchons un chef de produit.\n\n## L’équipe\n\nLéa, business developer.' }),
    ]);
    expect(ids(index, 'bizdev')).toEqual(['body', 'roster']);
    const [body, roster] = index.search('bizdev');
    expect(body!.score).toBeGreaterThan(roster!.score);
  });

  it('finds a synonym of several words written in the plural, without the bonus of its phrase', () => {
    const index = createSearchIndex([
      makeOffer('team', { title: 'Chargé·e de déploiement', body: 'Une équipe de vingt : développeurs, business developers, designers.' }),
      makeOffer('apart', { title: 'Chargé·e de mission', body: 'Un business à bâtir avec des developers.' }),
      makeOffer('projects', { title: 'Coordinateur', body: 'Vous travaillerez avec nos chefs de projet.' }),
    ]);
    expect(ids(index, 'bizdev')).toEqual(['team']);
    expect(ids(index, 'project manager')).toContain('projects');
    const phrases = createSearchIndex([
      makeOffer('plural', { body: 'You will work with our business developers.' }),
      makeOffer('singular', { body: 'We hire a business developer.' }),
    ]);
    expect(ids(phrases, 'business developer')).toEqual(['singular', 'plural']);
  });

  it('ranks a known expression written as a phrase in a body above its words apart', () => {
    const index = createSearchIndex([
      makeOffer('apart', { body: 'Business first. Every developer here.' }),
      makeOffer('phrase', { body: 'We hire a business developer.' }),
    ]);
    const [first, second] = index.search('business developer');
    expect(first!.id).toBe('phrase');
    expect(first!.score).toBeGreaterThan(second!.score);
    // The word being typed stands together with the other by its synonyms too ("développeur").
    const french = createSearchIndex([
      makeOffer('apart', { body: 'Un business à bâtir. Un développeur vous aidera.' }),
      makeOffer('phrase', { body: 'Nous cherchons un business développeur.' }),
    ]);
    const [top, next] = french.search('business developer');
    expect(top!.id).toBe('phrase');
    // Both hold both words: the phrase's bonus sets them apart by more than a body word's weight.
    expect(top!.score - next!.score).toBeGreaterThan(FIELD_WEIGHTS.body);
  });

  it('matches a synonym that is also a common word ("front") in titles and skills only', () => {
    const index = createSearchIndex([
      makeOffer('text', { title: 'Chargé·e de mission', body: 'Il faut faire front, en vue de la rentrée.' }),
      makeOffer('title', { title: 'Développeuse Front React' }),
      makeOffer('skill', { title: 'Développeur', skills: ['Vue'] }),
    ]);
    expect(ids(index, 'frontend')).toEqual(['title']);
    expect(ids(index, 'vuejs')).toEqual(['skill']);
    expect(ids(index, 'front')[0]).toBe('title');
  });

  it('takes the French verb "programmer" in a text for no developer, and a Programmer title for one', () => {
    const name = '2021-06-25-covoitPO.md';
    const covoiturage = parsePostingAt(readFileSync(`${FIXTURES}beta.gouv.fr-jobs/${name}`), { path: name, sourceId: 'beta' }, new Date('2026-12-07T12:00:00Z'));
    expect(covoiturage.body).toContain('programmer un rappel');
    const index = createSearchIndex([
      covoiturage,
      makeOffer('text', { title: 'Chargée de mission', body: 'Vous saurez programmer les envois de la lettre.' }),
      makeOffer('title', { title: 'Python Programmer' }),
      makeOffer('dev', { title: 'Développeuse web' }),
    ]);
    const hits = index.search('developer');
    expect(hits.slice(0, 2).map((hit) => hit.id).sort()).toEqual(['dev', 'title']);
    expect(hits.map((hit) => hit.id)).not.toContain('text');
    // The product owner's posting speaks of "développement" elsewhere, never of a programmer.
    expect(hits.find((hit) => hit.id === covoiturage.id)?.matchedTerms ?? []).not.toContain('programmer');
    expect(ids(index, 'programmer')).toEqual(expect.arrayContaining(['title', 'text', covoiturage.id]));
  });

  it('takes "vue" in a text for Vue.js beside another technology only', () => {
    const index = createSearchIndex([
      makeOffer('stack', { title: 'Dev full-stack', body: 'Stack : back en node, front en angular, react ou vue.' }),
      makeOffer('view', { title: 'Développeuse React', body: 'En vue de la rentrée, une refonte. Du point de vue technique : React.' }),
      makeOffer('noun', { title: 'Développeur', body: 'Écrire une vue HTML pour chaque page, puis la vue React du tableau de bord.' }),
    ]);
    // "une vue HTML", "la vue React": a determiner makes it a view, whatever technology stands beside it.
    expect(ids(index, 'vuejs')).toEqual(['stack']);
    const [hit] = index.search('vuejs');
    expect(hit!.matchedTerms.join('').trim()).toBe('vue');
  });

  it('never ranks a synonym of several words above the query’s own words for being rarer', () => {
    const common = ['business', 'developer'].flatMap((word) => [1, 2, 3].map((i) => makeOffer(`${word}-${i}`, { body: word })));
    const index = createSearchIndex([
      ...common,
      makeOffer('synonym', { body: 'Expérience en développement commercial.' }),
      makeOffer('words', { body: 'We hire a business developer.' }),
    ]);
    expect(ids(index, 'business developer').slice(0, 2)).toEqual(['words', 'synonym']);
  });

  it('lists every offer for an empty query, open first, then most recent', () => {
    const index = createSearchIndex([
      makeOffer('closed-recent', { status: 'closed', postedAt: '2024-01-01' }),
      makeOffer('open-old', { status: 'open', postedAt: '2019-01-01' }),
      makeOffer('open-undated', { status: 'open' }),
      makeOffer('open-recent', { status: 'open', postedAt: '2023-06-01' }),
      makeOffer('unknown', { status: 'unknown', postedAt: '2024-02-01' }),
    ]);
    expect(ids(index, '')).toEqual(['open-recent', 'open-old', 'open-undated', 'unknown', 'closed-recent']);
    expect(ids(index, '  , ')).toEqual(ids(index, ''));
    expect(index.search('', { limit: 2, filter: (id) => id !== 'open-recent' }).map((hit) => hit.id)).toEqual([
      'open-old',
      'open-undated',
    ]);
  });
});

describe('a query word written joined, found apart', () => {
  const index = createSearchIndex([
    makeOffer('back-end', { title: 'Python/Back-End Developer', body: 'You will work with our Operations team and Front-End Developers.' }),
    makeOffer('front-end', { title: 'Développeuse Front End', body: 'Interfaces en React.' }),
    makeOffer('cto', { title: 'Directrice technique', body: 'Dev: revues de code. Ops: Docker, Git et intégration continue.' }),
    makeOffer('cyber', { title: 'Cyber Data Analyst', body: 'Build the security data pipelines of the program.' }),
  ]);
  const matched = (query: string, id: string) => index.search(query).find((hit) => hit.id === id)?.matchedTerms;

  it('takes halves side by side for the word: "Front End" in a title is a frontend', () => {
    expect(ids(index, 'frontend')[0]).toBe('front-end');
  });

  it('never takes a short half from another compound: the "end" of "Back-End" is no part of a frontend', () => {
    // The back-end posting names front-end developers in its text, and only that answers "frontend".
    expect(matched('frontend', 'back-end')).toEqual(['frontend']);
  });

  it('never takes short halves found apart: "Dev:" and "Ops:" are no devops', () => {
    expect(ids(index, 'devops')).not.toContain('cto');
  });

  it('still takes long halves found apart: "Cyber" and "security" for cybersecurity', () => {
    expect(ids(index, 'cybersecurity')).toEqual(['cyber']);
  });
});

describe('a title naming the other side of the stack', () => {
  const index = createSearchIndex([
    makeOffer('back-end', { title: 'Python/Back-End Developer', status: 'open', body: 'You will work with our Front-End Developers.' }),
    makeOffer('front-text', { title: 'Developer', body: 'You will build our front-end, in React.' }),
    makeOffer('front-end', { title: 'Front-End Developer', status: 'open', body: 'You will work with our Back-End Developers.' }),
    makeOffer('back-text', { title: 'Developer', body: 'You will build our back-end, in Django.' }),
  ]);

  it('answers "frontend" by its text, below a posting whose text names the front end for its own job', () => {
    // Both name the front end in their text only; the open back-end posting would come first for being open.
    expect(ids(index, 'frontend developer').filter((id) => id === 'front-text' || id === 'back-end')).toEqual(['front-text', 'back-end']);
  });

  it('answers "backend" the same way', () => {
    expect(ids(index, 'backend developer').filter((id) => id === 'back-text' || id === 'front-end')).toEqual(['back-text', 'front-end']);
  });
});

describe('a city in the query', () => {
  const index = createSearchIndex([
    makeOffer('remote', { title: 'Développeuse Python', remote: 'full', body: 'Équipe répartie dans toute la France.' }),
    makeOffer('paris', { title: 'Développeuse Python', remote: 'partial', location: 'Paris' }),
    makeOffer('office', { title: 'Développeuse Python', remote: 'none' }),
    makeOffer('remote-lyon', { title: 'Développeuse Python', remote: 'full', location: 'Lyon' }),
    makeOffer('remote-meetings', { title: 'Développeuse Python', remote: 'full', body: 'Réunions d’équipe à Paris une fois par mois.' }),
  ]);

  it('also answers a fully remote job that names no city, below the postings that name the city', () => {
    expect(ids(index, 'développeuse python paris')).toEqual(['paris', 'remote-meetings', 'remote', 'office', 'remote-lyon']);
    expect(ids(index, 'python paris')).toEqual(['paris', 'remote-meetings', 'remote', 'office', 'remote-lyon']);
  });

  it('ranks a fully remote job whose text names the city below the postings located there, above remote jobs naming none', () => {
    const places = createSearchIndex([
      makeOffer('remote-meetings', { title: 'Développeuse Python', skills: ['Python', 'Django'], remote: 'full', body: 'Python, Django. Réunions d’équipe à Paris une fois par mois.' }),
      makeOffer('located', { title: 'Développeuse', remote: 'partial', location: 'Paris', body: 'Python.' }),
      makeOffer('remote', { title: 'Développeuse Python', skills: ['Python', 'Django'], remote: 'full', body: 'Python, Django.' }),
      makeOffer('office', { title: 'Développeuse Python', remote: 'none', body: 'Nos bureaux parisiens.' }),
    ]);
    expect(ids(places, 'développeuse python paris')).toEqual(['located', 'office', 'remote-meetings', 'remote']);
  });

  it('answers a city with the fully remote jobs of its country only, when they name one', () => {
    const countries = createSearchIndex([
      makeOffer('remote-us', { title: 'Développeuse Python', remote: 'full', remoteCountries: ['US'] }),
      makeOffer('remote-fr', { title: 'Développeuse Python', remote: 'full', remoteCountries: ['FR'] }),
      makeOffer('office', { title: 'Développeuse Python', remote: 'none' }),
    ]);
    // Anywhere in the U.S. is no job in Paris: it answers Paris as a posting elsewhere does, for its other words.
    const forParis = countries.search('développeuse python paris', { limit: 10 });
    expect(forParis[0]?.id).toBe('remote-fr');
    expect(forParis.find((hit) => hit.id === 'remote-us')?.score).toBe(forParis.find((hit) => hit.id === 'office')?.score);
    expect(ids(countries, 'développeuse python washington')[0]).toBe('remote-us');
    const forOttawa = new Map(countries.search('développeuse python ottawa', { limit: 10 }).map((hit) => [hit.id, hit.score]));
    expect(forOttawa.get('remote-us')).toBe(forOttawa.get('office'));
    expect(forOttawa.get('remote-fr')).toBe(forOttawa.get('office'));
    // A French remote job ("partout en France") is no job in London.
    const forLondon = new Map(countries.search('développeuse python london', { limit: 10 }).map((hit) => [hit.id, hit.score]));
    expect(forLondon.get('remote-fr')).toBe(forLondon.get('office'));
  });

  it('answers the cities of each country a fully remote job is limited to, and no other', () => {
    const countries = createSearchIndex([
      makeOffer('remote-us-ca', { title: 'Développeuse Python', remote: 'full', remoteCountries: ['US', 'CA'] }),
      makeOffer('office', { title: 'Développeuse Python', remote: 'none' }),
    ]);
    expect(ids(countries, 'développeuse python washington')[0]).toBe('remote-us-ca');
    expect(ids(countries, 'développeuse python ottawa')[0]).toBe('remote-us-ca');
    const forParis = new Map(countries.search('développeuse python paris', { limit: 10 }).map((hit) => [hit.id, hit.score]));
    expect(forParis.get('remote-us-ca')).toBe(forParis.get('office'));
  });

  it('answers a city alone with the postings that name it, not every fully remote job', () => {
    expect(ids(index, 'paris')).toEqual(['paris', 'remote-meetings']);
  });

  it('takes a known city as written, never as a typo of another place', () => {
    const places = createSearchIndex([
      makeOffer('lyon', { title: 'Développeuse Python', location: 'Lyon' }),
      makeOffer('london', { title: 'Développeuse Python', location: 'London' }),
    ]);
    expect(ids(places, 'développeuse lyon')).toEqual(['lyon', 'london']);
    expect(ids(places, 'lyon')).toEqual(['lyon']);
    expect(ids(places, 'lyonn')).toEqual(['lyon']);
  });

  it('leaves a fully remote job out of a query naming no city', () => {
    expect(ids(index, 'remote')).toEqual([]);
    expect(ids(index, 'python')).toHaveLength(5);
  });
});

describe('changes', () => {
  it('adds, updates and removes offers without a rebuild', () => {
    const index = createSearchIndex(OFFERS);
    index.add(makeOffer('rust', { title: 'Développeur Rust' }));
    expect(ids(index, 'rust')).toEqual(['rust']);

    index.update(makeOffer('rust', { title: 'Développeur Elixir' }));
    expect(ids(index, 'rust')).toEqual([]);
    expect(ids(index, 'elixir')).toEqual(['rust']);
    expect(index.size).toBe(OFFERS.length + 1);

    index.remove('rust');
    index.remove('never-indexed');
    expect(ids(index, 'elixir')).toEqual([]);
    expect(ids(index, '')).not.toContain('rust');
    expect(index.size).toBe(OFFERS.length);
  });

  it('treats adding a known id as an update', () => {
    const index = createSearchIndex([makeOffer('a', { title: 'Designer' })]);
    index.add(makeOffer('a', { title: 'Architecte' }));
    expect(ids(index, '')).toEqual(['a']);
  });

  it('stays correct when most offers are removed', () => {
    const offers = Array.from({ length: 600 }, (_, i) => makeOffer(`o${i}`, { title: `Poste ${i % 2 ? 'designer' : 'développeur'}` }));
    const index = createSearchIndex(offers);
    for (const offer of offers.slice(0, 500)) index.remove(offer.id);
    expect(index.size).toBe(100);
    expect(ids(index, 'designer').sort()).toEqual(offers.slice(500).filter((_, i) => i % 2).map((offer) => offer.id).sort());
    index.add(makeOffer('new', { title: 'Designer' }));
    expect(ids(index, 'designer')).toContain('new');
  });
});

describe('serialization', () => {
  const QUERIES = ['', 'developeur javscript', 'pyth', 'python django', 'deploiement', 'lyon', 'd', 'de'];

  it('gives the same results after toJSON → JSON → loadSearchIndex', () => {
    const index = createSearchIndex(OFFERS);
    const loaded = loadSearchIndex(JSON.parse(JSON.stringify(index.toJSON())));
    for (const query of QUERIES) expect(loaded.search(query)).toEqual(index.search(query));
  });

  it('drops removed offers from the serialized form and keeps a loaded index updatable', () => {
    const index = createSearchIndex(OFFERS);
    index.remove('design');
    const data = index.toJSON();
    expect(data.ids).not.toContain('design');
    expect(data.terms).not.toContain('prototypes');

    const loaded = loadSearchIndex(data);
    for (const query of QUERIES) expect(loaded.search(query)).toEqual(index.search(query));
    loaded.add(makeOffer('design', { title: 'UX designer', location: 'Lyon' }));
    loaded.remove('js');
    expect(ids(loaded, 'lyon')).toEqual(['design']);
    expect(ids(loaded, 'javascript')).toEqual([]);
  });

  it('refuses data from another format version', () => {
    const data = { ...createSearchIndex().toJSON(), version: 1 as unknown as SerializedSearchIndex['version'] };
    expect(() => loadSearchIndex(data)).toThrow(/version 1/);
  });
});

describe('matchingOrdinals', () => {
  const index = createSearchIndex(OFFERS);
  const matching = (query: string) => [...index.matchingOrdinals(query)].flatMap((ordinal) => index.offerIds[ordinal] ?? []);

  it.each(['', 'python', 'developpeur javscript', 'pyth', 'de', 'chargé de déploiement', 'lyon python', 'zzzz'])(
    'numbers the offers search returns, ranked or not, once each and ascending: "%s"',
    (query) => {
      const ordinals = [...index.matchingOrdinals(query)];
      expect(ordinals).toEqual([...new Set(ordinals)].sort((a, b) => a - b));
      expect(matching(query).sort()).toEqual(ids(index, query).sort());
    },
  );

  it('leaves the next search on the same words as it would be alone, counted or ranked before it', () => {
    for (const query of ['python django', 'data engineer', 'chargé de déploiement']) {
      const alone = createSearchIndex(OFFERS).search(query);
      const ordinals = [...index.matchingOrdinals(query)];
      expect(index.search(query)).toEqual(alone);
      expect(index.search(query)).toEqual(alone);
      expect(index.search(query, { limit: 2 })).toEqual(alone.slice(0, 2));
      expect([...index.matchingOrdinals(query)]).toEqual(ordinals);
    }
  });

  it('counts past the hits a limited search ranks, and leaves removed offers out of the ids', () => {
    expect(index.search('', { limit: 2 })).toHaveLength(2);
    expect(matching('')).toHaveLength(OFFERS.length);
    const shrunk = createSearchIndex(OFFERS);
    shrunk.remove('data');
    expect(matching('python')).toContain('data');
    expect([...shrunk.matchingOrdinals('python')].flatMap((ordinal) => shrunk.offerIds[ordinal] ?? [])).not.toContain('data');
  });
});
