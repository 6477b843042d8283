import { quickPattern, type QuickPattern } from './quick-pattern';
import { sentenceAround } from './sentence-around';
import type { ContractType } from './types';

type KnownContract = Exclude<ContractType, 'unknown'>;

/**
 * Words that name a kind of contract, in French and English. A "contractuel" of the civil service
 * works under a public-law fixed-term contract: CDD. "Fonctionnaire", "titulaire de la fonction
 * publique" and "détachement" mean a civil servant, as a public-service classification does
 * ("classified as EC-06" at the Canadian Digital Service, "GS-14" in the US federal service).
 * `shortTextOnly` words say the contract only as a contract key's value or on a "Contrat : …"
 * line (`contract: permanent`, `type: Full Time`); elsewhere, titles included, they mean other
 * things ("permanent improvement", "Smart Contract Engineer", "Long-term care analyst",
 * "Gestionnaire paie des salariés").
 */
const CONTRACT_WORDS: ReadonlyArray<{
  contract: KnownContract;
  alternatives: readonly string[];
  shortTextOnly?: readonly string[];
  titleOnly?: readonly string[];
}> = [
  {
    contract: 'CDI',
    alternatives: [String.raw`\bCDI\b`, String.raw`dur[ée]e ind[ée]termin[ée]e`, String.raw`\bpermanent (?:contract|position|role|employee)`],
    shortTextOnly: [String.raw`\bpermanent\b`, String.raw`\bperm\b`, String.raw`\bfull[- ]?time\b`, String.raw`\btemps plein\b`, String.raw`\bsalari[ée]`],
  },
  {
    contract: 'CDD',
    alternatives: [
      String.raw`\bCDD\b`,
      String.raw`dur[ée]e d[ée]termin[ée]e`,
      String.raw`\bcontractuel(?:le)?s?\b`,
      String.raw`\bfixed[- ]term\b`,
      String.raw`\bterm[- ](?:position|appointment|role|employment|limited)`,
      String.raw`\byears?[- ]term\b`,
      String.raw`\btemporary (?:position|role|appointment|contract|job)`,
    ],
    shortTextOnly: [String.raw`\btemporary\b`, String.raw`\btemporaire\b`, String.raw`\bterm\b`],
    // The post itself said temporary, closing the position's name: "Développeur de logiciel temporaire – …",
    // "Data analyst (temporary)"; not "Responsable des contrats temporaires".
    titleOnly: [String.raw`\btempora(?:ry|ire)(?=\s*(?:$|[–—(),:|-]))`],
  },
  {
    contract: 'freelance',
    alternatives: [
      String.raw`\bTJM\b`,
      String.raw`\bfree[- ]?lanc(?:e|er|eur|euse)s?\b`,
      String.raw`\bind[ée]p[ae]nd[ae]nt`,
      String.raw`\bpr[ée]stataires?\b`,
      String.raw`\ben prestation\b`,
      'taux journalier',
      'auto-?entrepreneu',
      'micro-?entrepr',
      'portage salarial',
      String.raw`\bcontractors?\b`,
      String.raw`\bcontract (?:position|role|basis|work)`,
    ],
    shortTextOnly: [String.raw`\bcontract\b`, String.raw`\bportage\b`],
  },
  {
    contract: 'internship',
    alternatives: [String.raw`\bstages?\b`, String.raw`\bstagiaires?\b`, String.raw`\binternships?\b`, String.raw`\bintern\b`],
  },
  {
    contract: 'apprenticeship',
    alternatives: [String.raw`\balternan(?:ce|t|te)s?\b`, String.raw`\bapprenti(?:e|s|es|ssage)?\b`, String.raw`\bapprenticeship`, 'contrat de professionnalisation'],
  },
  {
    contract: 'civil-servant',
    alternatives: [
      String.raw`\bfonctionnaires?\b`,
      String.raw`\bd[ée]tachement\b`,
      String.raw`\btitulaires? de la fonction publique`,
      String.raw`\bcivil servants?\b`,
      String.raw`\bclassified as (?:an? )?\[?[A-Z]{2}-\d`,
      String.raw`\bclass[ée] (?:au (?:groupe et )?niveau |au groupe )?\[?[A-Z]{2}-\d`,
      String.raw`\bGS[- ]?1?\d\b`,
      String.raw`\bfederal (?:employee|employment|appointment|position)`,
    ],
    shortTextOnly: [String.raw`\btitulaire\b`],
  },
];
type ContractText = 'value' | 'title' | 'body';
function contractPattern(text: ContractText): QuickPattern {
  const alternativesOf = (entry: (typeof CONTRACT_WORDS)[number]) => [
    ...entry.alternatives,
    ...(text === 'value' ? (entry.shortTextOnly ?? []) : text === 'title' ? (entry.titleOnly ?? []) : []),
  ];
  return quickPattern(
    CONTRACT_WORDS.map((entry) => `(${alternativesOf(entry).join('|')})`).join('|'),
    CONTRACT_WORDS.flatMap(alternativesOf),
    'i',
  );
}
// One pass for all kinds: the capture group that matched tells the kind.
const VALUE_CONTRACT = contractPattern('value');
const TITLE_CONTRACT = contractPattern('title');
const BODY_CONTRACT = contractPattern('body');
// Acronyms count in capitals only: "cdi" inside a URL or a word is not a contract.
const ACRONYM = /^(?:CDI|CDD|TJM|GS)(?![a-z])/i;
const ABOUT_THE_POST = /\bcontrat\b|\bposte\b|\bstatut\b|\bsous forme\b|\bpropos[ée]\b|\bouvert (?:aux?|à)\b|\bthis (?:position|role|job)\b|\bclassified\b|\bappointment\b/i;
const ABOUT_THE_POST_WEIGHT = 3;
// The words that say a sentence is about the post stand close to the contract word.
const SENTENCE_SIDE = 120;

interface Mention {
  contract: KnownContract;
  index: number;
}

/**
 * The contract a contract value names (a `contrat:` key's value, a "Contrat : …" line): the
 * earliest mention wins. 'unknown' when none.
 */
export function detectContract(text: string): ContractType {
  return mentions(text, VALUE_CONTRACT)[0]?.contract ?? 'unknown';
}

/**
 * The contract a title names ("Développeur·se (CDI)", "Stage : data analyst"), by the words that
 * mean a contract anywhere: the earliest mention wins. 'unknown' when none.
 */
export function detectContractInTitle(title: string): ContractType {
  return mentions(title, TITLE_CONTRACT)[0]?.contract ?? 'unknown';
}

/**
 * The contract a whole body mentions most, for bodies without a labeled line ('unknown' when
 * none). A mention in a sentence about the post itself ("Poste ouvert pour un·e indépendant·e
 * pour un contrat de 6 mois") outweighs one in passing ("le recrutement de contractuels").
 */
export function detectContractByVotes(text: string): ContractType {
  const votes = new Map<KnownContract, number>();
  let best: { contract: ContractType; votes: number } = { contract: 'unknown', votes: 0 };
  for (const { contract, index } of mentions(text, BODY_CONTRACT)) {
    const count = (votes.get(contract) ?? 0) + (ABOUT_THE_POST.test(sentenceAround(text, index, SENTENCE_SIDE).text) ? ABOUT_THE_POST_WEIGHT : 1);
    votes.set(contract, count);
    if (count > best.votes) best = { contract, votes: count };
  }
  return best.contract;
}

function mentions(text: string, contractPattern: QuickPattern): Mention[] {
  return contractPattern.matchAll(text).flatMap((match) => {
    const word = match[0];
    const acronym = ACRONYM.exec(word)?.[0];
    if (acronym !== undefined && acronym !== acronym.toUpperCase()) return [];
    const group = match.findIndex((captured, index) => index > 0 && captured !== undefined);
    const contract = CONTRACT_WORDS[group - 1]?.contract;
    return contract ? [{ contract, index: match.index }] : [];
  });
}
