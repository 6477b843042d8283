import { isStopword, PAIR_SEPARATOR, tokenizeQuery } from './tokenize';

/**
 * Ways of naming the same role or condition, French and English, so that a seeker's words
 * find postings written in the other language or with another usual name. Each group lists
 * equivalent expressions; one of a group found in a query also looks for the others, a little
 * below the word itself. Folded like queries (accents and case do not matter here). Words that
 * are also common words elsewhere are left out ("go"), or matched in titles and skills only (see
 * SHORT_FIELDS_ONLY): they would match any body.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Roles
  ['developer', 'développeur', 'développeuse', 'dev', 'programmer', 'programmeur', 'programmeuse'],
  ['engineer', 'ingénieur', 'ingénieure'],
  ['software engineer', 'software developer', 'développeur logiciel', 'ingénieur logiciel'],
  ['frontend', 'front end', 'front'],
  ['backend', 'back end', 'back'],
  ['fullstack', 'full-stack', 'full stack'],
  ['devops', 'sre', 'site reliability', 'ops'],
  ['designer', 'designeuse'],
  ['ux', 'user experience', 'expérience utilisateur'],
  ['user research', 'user researcher', 'recherche utilisateur', 'design researcher'],
  ['product owner', 'po', 'product manager', 'pm', 'chef de produit', 'cheffe de produit', 'responsable produit', 'responsable de produit', 'gestionnaire de produit'],
  ['project manager', 'chef de projet', 'cheffe de projet', 'chargé de projet', 'chargée de projet'],
  ['business developer', 'bizdev', 'business development', 'business développeur', 'développement commercial'],
  ['deployment', 'déploiement'],
  ['data scientist', 'data science'],
  ['data analyst', 'analyste de données', 'data analyse'],
  ['data engineer', 'ingénieur données', 'ingénieur data', 'data engineering'],
  // A community manager's job is communication: one group, so that either name finds both.
  ['communication', 'communications', 'communicant', 'communicante', 'communicateur', 'communicatrice', 'community manager', 'animateur de communauté', 'animatrice de communauté'],
  ['security', 'sécurité', 'cybersecurity', 'cybersécurité', 'infosec'],
  ['machine learning', 'apprentissage automatique'],
  ['artificial intelligence', 'intelligence artificielle', 'ai', 'ia'],
  ['director', 'directeur', 'directrice'],
  ['cto', 'directeur technique', 'directrice technique', 'chief technology officer'],
  ['consultant', 'consultante', 'conseiller', 'conseillère', 'advisor'],
  ['researcher', 'chercheur', 'chercheuse'],
  ['intrapreneur', 'intrapreneure', 'entrepreneur', 'entrepreneure'],
  // Conditions
  ['internship', 'intern', 'stage', 'stagiaire'],
  ['apprenticeship', 'apprentice', 'alternance', 'alternant', 'alternante', 'apprentissage', 'apprenti'],
  ['fixed-term', 'fixed term', 'cdd', 'temporary', 'temporaire', 'contrat à durée déterminée'],
  ['permanent', 'cdi', 'contrat à durée indéterminée'],
  ['freelance', 'freelancer', 'indépendant', 'independent', 'contractor', 'prestataire'],
  ['remote', 'télétravail', 'à distance', 'work from home'],
  ['part-time', 'part time', 'temps partiel'],
  ['full-time', 'full time', 'temps plein'],
  ['junior', 'débutant', 'débutante', 'entry level'],
  ['salary', 'salaire', 'rémunération'],
  // Stacks written several ways
  ['javascript', 'js'],
  ['vuejs', 'vue'],
  ['typescript', 'ts'],
  ['reactjs', 'react'],
  ['nodejs', 'node'],
  ['postgresql', 'postgres'],
  ['kubernetes', 'k8s'],
  ['ruby on rails', 'rails', 'ror'],
];

/**
 * Synonyms that name a role or a stack in a title ("Développeuse Front React", "Dev back", "Ops
 * engineer", "Programmer"), a skill or a tag, but are common words in a text ("faire front", "en
 * vue de", "en back-office" aside; the French verb "programmer un rappel", to schedule) or name a
 * team's part there ("Ops : Docker, Kubernetes", "nos équipes OPS"): for a query naming their
 * group, they are looked for in those short fields only.
 */
export const SHORT_FIELDS_ONLY: ReadonlySet<string> = new Set(['front', 'back', 'vue', 'ops', 'programmer']);

/**
 * Such a word names the technology in a text too when it stands beside one of these, stopwords
 * skipped ("front en angular, react ou vue"; "en vue de" never does), unless a determiner comes
 * right before it (see COMMON_NOUN_DETERMINERS). Offers index it there as inStack(word) (see
 * offerTerms), which the word's group looks for in texts.
 */
export const STACK_NEIGHBOURS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['vue', new Set(['react', 'reactjs', 'angular', 'angularjs', 'svelte', 'ember', 'emberjs', 'nuxt', 'nuxtjs', 'jquery', 'javascript', 'js', 'typescript', 'ts', 'html', 'css'])],
]);

/**
 * French determiners, folded, that make the next word a common noun, whatever technology stands
 * beside it: "une vue HTML", "la vue React", "cette vue en JS" are views, not Vue.js.
 */
const COMMON_NOUN_DETERMINERS: ReadonlySet<string> = new Set(['la', 'une', 'cette', 'chaque', 'sa', 'ma', 'ta', 'notre', 'votre', 'leur', 'toute', 'quelle']);

/** The term of a word standing in a list of technologies (see STACK_NEIGHBOURS): the pair separator after it, which no query word holds. */
export function inStack(word: string): string {
  return word + PAIR_SEPARATOR;
}

/** The words of a text's terms (stopwords kept) that stand beside a technology of theirs (see STACK_NEIGHBOURS), as inStack terms. */
export function stackTerms(terms: readonly string[]): string[] {
  const found: string[] = [];
  terms.forEach((term, i) => {
    const neighbours = STACK_NEIGHBOURS.get(term);
    if (!neighbours || COMMON_NOUN_DETERMINERS.has(terms[i - 1]!)) return;
    if (neighbours.has(contentWordFrom(terms, i, -1)!) || neighbours.has(contentWordFrom(terms, i, 1)!)) found.push(inStack(term));
  });
  return found;
}

/** The first term that is no stopword from the one at `at`, going `step`: its neighbour in the text without stopwords. */
function contentWordFrom(terms: readonly string[], at: number, step: 1 | -1): string | undefined {
  for (let i = at + step; i >= 0 && i < terms.length; i += step) if (!isStopword(terms[i]!)) return terms[i];
  return undefined;
}

/**
 * Roles that hold another, as data: a full-stack developer does the front end and the back end.
 * A query naming the part (any expression of its group) also finds the whole (any of its group's),
 * well below the word itself, and in titles, skills and tags only: a text's "full stack" often
 * describes the team or the product.
 */
export const BROADER_ROLES: ReadonlyArray<readonly [part: string, whole: string]> = [
  ['frontend', 'fullstack'],
  ['backend', 'fullstack'],
];

/**
 * Roles a title names instead of the word's, as data: a back-end posting's text often names its
 * front-end colleagues ("you will work with our Front-End Developers"), and the other way round.
 * Such a title found only in a posting's text half covers the word (see otherRoleOffers).
 */
export const OTHER_ROLES: ReadonlyArray<readonly [string, string]> = [['frontend', 'backend']];

/** A run of query words that a synonym group names, and the group's other expressions, as words. */
export interface SynonymMatch {
  /** Positions in the words given to findSynonyms, first and last included. */
  from: number;
  to: number;
  alternatives: string[][];
  /** The expressions of the roles that hold this one (see BROADER_ROLES). */
  broader: string[][];
  /** The expressions of the role a title names instead of this one (see OTHER_ROLES). */
  other: string[][];
}

/** Each expression's words as a query's words are (folded, compounds joined), stopwords left out. */
const wordsOf = (expression: string) => tokenizeQuery(expression).filter((word) => !isStopword(word));

const GROUPS: string[][][] = SYNONYM_GROUPS.map((group) => group.map(wordsOf).filter((words) => words.length > 0));

/**
 * The words of every expression of several words, two by two as they stand ("business
 * developer", "duree determinee"): offers index these pairs wherever they find them (see
 * phrasePairs), so that an expression is matched as written in a body, where its words
 * scattered would say nothing.
 */
export const PHRASE_PAIRS: ReadonlySet<string> = new Set(
  GROUPS.flat().flatMap((words) => words.slice(1).map((word, i) => words[i] + PAIR_SEPARATOR + word)),
);
const PHRASE_FIRST_WORDS = new Set([...PHRASE_PAIRS].map((pair) => pair.slice(0, pair.indexOf(PAIR_SEPARATOR))));

/**
 * The pairs of PHRASE_PAIRS standing in a text's terms, in order, stopwords skipped ("chef de
 * produit"); in the plural too, kept as written ("business developers", "chefs projet"): the
 * plural names the same role, but more often the team's members than the job offered, so a
 * search counts it for the expression without its phrase's bonus (see expandPlan).
 */
export function phrasePairs(terms: readonly string[]): string[] {
  const pairs: string[] = [];
  let previous: string | undefined;
  for (const term of terms) {
    if (isStopword(term)) continue;
    if (previous !== undefined && PHRASE_FIRST_WORDS.has(singular(previous))) {
      const pair = previous + PAIR_SEPARATOR + term;
      if (PHRASE_PAIRS.has(pair) || PHRASE_PAIRS.has(singular(previous) + PAIR_SEPARATOR + singular(term))) pairs.push(pair);
    }
    previous = term;
  }
  return pairs;
}

/** A word shorter than this is no plural ("ops", "bus"), nor is one in "ss" ("business"). */
const MIN_PLURAL_LENGTH = 4;

/** The word without the "s" of a plural, or as it is. */
function singular(word: string): string {
  return word.length >= MIN_PLURAL_LENGTH && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The expression's pair of words in the plural: either word or both with an "s" ("chefs projet", "business developers"). */
export function pluralPairs(first: string, second: string): string[] {
  const plural = (word: string) => (singular(word + 's') === word ? [word + 's'] : []);
  return [...plural(first).map((left) => left + PAIR_SEPARATOR + second), ...plural(second).flatMap((right) => [first, ...plural(first)].map((left) => left + PAIR_SEPARATOR + right))];
}

/** Expressions by their first word. */
const BY_FIRST_WORD = new Map<string, Array<{ words: string[]; group: string[][] }>>();
for (const group of GROUPS) {
  for (const words of group) {
    const entries = BY_FIRST_WORD.get(words[0]!) ?? [];
    entries.push({ words, group });
    BY_FIRST_WORD.set(words[0]!, entries);
  }
}

const groupHolding = (expression: string) => GROUPS.find((group) => group.some((words) => words.join(' ') === wordsOf(expression).join(' ')));
/** The broader roles' expressions by the part's group (see BROADER_ROLES). */
const BROADER = new Map<string[][], string[][]>();
for (const [part, whole] of BROADER_ROLES) {
  const [partGroup, wholeGroup] = [groupHolding(part), groupHolding(whole)];
  if (!partGroup || !wholeGroup) throw new Error(`BROADER_ROLES: "${part}" or "${whole}" is in no synonym group`);
  BROADER.set(partGroup, [...(BROADER.get(partGroup) ?? []), ...wholeGroup]);
}

/** The other role's expressions by the role's group, both ways (see OTHER_ROLES). */
const OTHER = new Map<string[][], string[][]>();
for (const [one, another] of OTHER_ROLES) {
  const [oneGroup, anotherGroup] = [groupHolding(one), groupHolding(another)];
  if (!oneGroup || !anotherGroup) throw new Error(`OTHER_ROLES: "${one}" or "${another}" is in no synonym group`);
  OTHER.set(oneGroup, anotherGroup);
  OTHER.set(anotherGroup, oneGroup);
}

/** The synonym groups a query's words (stopwords removed, in order) name, wherever they stand. */
export function findSynonyms(words: readonly string[]): SynonymMatch[] {
  const matches: SynonymMatch[] = [];
  words.forEach((word, from) => {
    for (const { words: expression, group } of BY_FIRST_WORD.get(word) ?? []) {
      const to = from + expression.length - 1;
      if (to >= words.length || expression.some((part, i) => words[from + i] !== part)) continue;
      matches.push({ from, to, alternatives: group.filter((other) => other !== expression), broader: BROADER.get(group) ?? [], other: OTHER.get(group) ?? [] });
    }
  });
  return matches;
}
