import { foldText } from '../text/fold';
import { KNOWN_CITIES } from './known-cities';

export interface TitleParts {
  /** The position, the whole title when it names no organization. */
  position: string;
  organization?: string;
}

// "Login.gov: Fraud Supervisor", "Office of Solutions: FedRAMP Director" (the US GSA's TTS site),
// "Incubateur des Territoires recrute : un.e chargé.e de déploiement" (beta.gouv.fr).
const HIRES_THEN_COLON = /^(.{2,80}?)\s+(?:recrute|recherche|is hiring|hiring|seeks)\s*:\s*(\S.*)$/i;
const NAME_THEN_COLON = /^([^:]{2,60}?)\s*:\s+(\S.*)$/;
// "Etalab recrute un·e spécialiste des données", "Partaj recrute un(e) Chargé(e) de Déploiement",
// "L’équipe du registre national des taxis cherche une ou un entrepreneur(e)": the position follows.
const HIRES = /^(.{2,80}?)\s+(?:recrute|recherche|cherche|is hiring|are hiring|is looking for|seeks)\s+(\S.*)$/i;
// "Chargé.e de portefeuille à l'Incubateur des Territoires", "Data Engineer at Unmortgage": the organization only.
const AT_NAME = /\s(?:à l['’]|au sein (?:de la |du |de l['’]|d['’])|chez |at )(\p{Lu}[^,;:()!?]{1,60})$/u;
const MAX_NAME_WORDS = 6;
const ELIDED_ARTICLE = /^[Ll]['’]\s?/;
/**
 * Words that open a title before a colon without naming anyone: "Offre : …", "CDD : …",
 * "Update: …" (compared folded).
 */
const NOT_AN_ORGANIZATION = new Set([
  'offre', "offre d'emploi", 'offre de mission', 'poste', 'job', 'emploi', 'mission', 'stage', 'alternance', 'cdd', 'cdi', 'freelance',
  'recrutement', 'urgent', 'nouveau', 'nouvelle', 'new', 'update', 'internship', 'hiring', 'remote', 'teletravail', 'h/f', 'f/h', 'fiche de poste',
  'appel a candidatures', 'call for applications', 'position', 'role', 'vacancy', 'contract', 'contrat',
]);

const WORD_SEPARATORS = /[\s,()/|·:–—-]+/;
/**
 * Words that say where, how long, under which contract or at which level, never who: a prefix made
 * of these only ("Paris : …", "CDD 12 mois : …", "Senior : …", "Lyon - CDI : …", "Remote (EU): …")
 * names no organization (compared folded, with the known cities' names).
 */
const PLACE_CONTRACT_OR_LEVEL_WORDS = new Set([
  ...KNOWN_CITIES.flatMap(({ name }) => foldText(name).split(WORD_SEPARATORS)),
  'france', 'europe', 'eu', 'uk', 'us', 'usa', 'canada', 'remote', 'teletravail', 'hybride', 'hybrid', 'distance', 'a', 'en', 'de', 'et', 'ou', 'or', 'and',
  'cdd', 'cdi', 'stage', 'alternance', 'apprentissage', 'freelance', 'contract', 'contrat', 'internship', 'interim', 'temporaire', 'temporary',
  'permanent', 'temps', 'plein', 'partiel', 'full', 'part', 'time', 'mois', 'month', 'months', 'an', 'ans', 'year', 'years', 'semaines', 'weeks', 'h', 'f',
  'senior', 'junior', 'confirme', 'confirmee', 'experimente', 'experimentee', 'debutant', 'debutante', 'intermediaire', 'intermediate', 'mid',
  'level', 'entry', 'principal', 'staff', 'expert', 'experte',
]);
const COUNT_OR_DURATION = /^\d+(?:mois|m|ans?|y|h)?$/;

// A position before the colon ("Développeur·se : React/Node") is no organization.
const POSITION_WORD = /d[ée]velopp|developer|engineer|ing[ée]nieu|designer|manager|charg[ée]|stagiaire|intern\b|product owner|chef|lead\b|consultant|analyst|specialist|officer|director|directeur|directrice|responsable|architect|administrat|scientist|dev\b/i;

/**
 * What a recruiting title may hire that is no position: a group or a purpose ("Tchap recrute une
 * équipe pour développer l'usage de son produit", "X recrute des talents", "X is hiring a team").
 */
const NO_POSITION = /^(?:(?:une?|des|plusieurs|toute une|nos|notre|a|an|our|new|some|several)\s+)?(?:[ée]quipes?|team|talents?|profils?|renforts?|personnes|people|folks|postes|positions|roles|pour|to|for)\b/i;

/**
 * Splits "Organization: Position", "X recrute : position" and "X recrute un·e position"; names X
 * of "… à l'X". A recruiting title that hires no position ("X recrute une équipe pour…") takes
 * the position from `role`, the publisher's key that names it, when there is one.
 */
export function splitTitle(title: string, role?: string): TitleParts {
  const hiresThenColon = HIRES_THEN_COLON.exec(title);
  if (hiresThenColon) return withOrganization(hiresThenColon[1] ?? '', positionHired(hiresThenColon[2] ?? '', role), title);
  const nameThenColon = NAME_THEN_COLON.exec(title);
  if (nameThenColon) return withOrganization(nameThenColon[1] ?? '', nameThenColon[2] ?? '', title);
  const hires = HIRES.exec(title);
  if (hires) return withOrganization(hires[1] ?? '', positionHired(hires[2] ?? '', role), title);
  const named = AT_NAME.exec(title)?.[1];
  const organization = named === undefined ? undefined : asOrganization(named);
  return organization === undefined ? { position: title } : { position: title, organization };
}

function positionHired(hired: string, role: string | undefined): string {
  return role && NO_POSITION.test(hired) ? role : hired;
}

// "une développeuse ou un développeur pour…" → "développeuse ou développeur pour…".
const PAIRED_ARTICLES = /^(?:une?|le|la)\s+(\S+)\s+ou\s+(?:une?|le|la)\s+/i;

function withOrganization(name: string, position: string, title: string): TitleParts {
  const organization = asOrganization(name);
  if (organization === undefined) return { position: title };
  const bare = position.replace(PAIRED_ARTICLES, '$1 ou ');
  return { position: bare.charAt(0).toLocaleUpperCase() + bare.slice(1), organization };
}

/** `name` as an organization's name, or undefined when it says a position, a place, a contract or a level. */
export function asOrganization(name: string): string | undefined {
  const trimmed = name.trim().replace(ELIDED_ARTICLE, '');
  if (trimmed === '' || trimmed.split(/\s+/).length > MAX_NAME_WORDS) return undefined;
  if (NOT_AN_ORGANIZATION.has(foldText(trimmed)) || POSITION_WORD.test(trimmed) || saysOnlyPlaceContractOrLevel(trimmed)) return undefined;
  return trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
}

function saysOnlyPlaceContractOrLevel(name: string): boolean {
  return foldText(name)
    .split(WORD_SEPARATORS)
    .filter(Boolean)
    .every((word) => PLACE_CONTRACT_OR_LEVEL_WORDS.has(word) || COUNT_OR_DURATION.test(word));
}
