import { quickPattern } from './quick-pattern';
import { sentenceAround } from './sentence-around';
import type { ContractType } from './types';

type KnownContract = Exclude<ContractType, 'unknown'>;

/**
 * Words that name a kind of contract, in French and English. A "contractuel" of the civil service
 * works under a public-law fixed-term contract: CDD. "Fonctionnaire", "titulaire de la fonction
 * publique" and "détachement" mean a civil servant.
 */
const CONTRACT_WORDS: ReadonlyArray<{ contract: KnownContract; alternatives: readonly string[] }> = [
  { contract: 'CDI', alternatives: [String.raw`\bCDI\b`, String.raw`dur[ée]e ind[ée]termin[ée]e`, String.raw`\bpermanent (?:contract|position)`] },
  {
    contract: 'CDD',
    alternatives: [String.raw`\bCDD\b`, String.raw`dur[ée]e d[ée]termin[ée]e`, String.raw`\bcontractuel(?:le)?s?\b`, String.raw`\bfixed[- ]term\b`],
  },
  {
    contract: 'freelance',
    alternatives: [
      String.raw`\bTJM\b`,
      String.raw`\bfree[- ]?lanc(?:e|er|eur|euse)s?\b`,
      String.raw`\bind[ée]p[ae]nd[ae]nt`,
      String.raw`\bprestataires?\b`,
      String.raw`\ben prestation\b`,
      'taux journalier',
      'auto-?entrepreneu',
      'micro-?entrepr',
      'portage salarial',
      String.raw`\bcontractors?\b`,
    ],
  },
  { contract: 'internship', alternatives: [String.raw`\bstages?\b`, String.raw`\bstagiaires?\b`, String.raw`\binternships?\b`, String.raw`\bintern\b`] },
  {
    contract: 'apprenticeship',
    alternatives: [String.raw`\balternan(?:ce|t|te)s?\b`, String.raw`\bapprenti(?:e|s|es|ssage)?\b`, String.raw`\bapprenticeship`, 'contrat de professionnalisation'],
  },
  {
    contract: 'civil-servant',
    alternatives: [String.raw`\bfonctionnaires?\b`, String.raw`\bd[ée]tachement\b`, String.raw`\btitulaires? de la fonction publique`, String.raw`\bcivil servants?\b`],
  },
];
// One pass for all kinds: the capture group that matched tells the kind.
const CONTRACT = quickPattern(
  CONTRACT_WORDS.map(({ alternatives }) => `(${alternatives.join('|')})`).join('|'),
  CONTRACT_WORDS.flatMap(({ alternatives }) => alternatives),
  'i',
);
// Acronyms count in capitals only: "cdi" inside a URL or a word is not a contract.
const ACRONYMS = new Set(['CDI', 'CDD', 'TJM']);
const ABOUT_THE_POST = /\bcontrat\b|\bposte\b|\bstatut\b|\bsous forme\b|\bpropos[ée]\b|\bouvert (?:aux?|à)\b/i;
const ABOUT_THE_POST_WEIGHT = 3;
// The words that say a sentence is about the post stand close to the contract word.
const SENTENCE_SIDE = 120;

interface Mention {
  contract: KnownContract;
  index: number;
}

/**
 * The contract a short text names (a `contrat:` value, a title, a "Contrat : …" line): the
 * earliest mention wins. 'unknown' when none.
 */
export function detectContract(text: string): ContractType {
  return mentions(text)[0]?.contract ?? 'unknown';
}

/**
 * The contract a whole body mentions most, for bodies without a labeled line ('unknown' when
 * none). A mention in a sentence about the post itself ("Poste ouvert pour un·e indépendant·e
 * pour un contrat de 6 mois") outweighs one in passing ("le recrutement de contractuels").
 */
export function detectContractByVotes(text: string): ContractType {
  const votes = new Map<KnownContract, number>();
  let best: { contract: ContractType; votes: number } = { contract: 'unknown', votes: 0 };
  for (const { contract, index } of mentions(text)) {
    const count = (votes.get(contract) ?? 0) + (ABOUT_THE_POST.test(sentenceAround(text, index, SENTENCE_SIDE).text) ? ABOUT_THE_POST_WEIGHT : 1);
    votes.set(contract, count);
    if (count > best.votes) best = { contract, votes: count };
  }
  return best.contract;
}

function mentions(text: string): Mention[] {
  return CONTRACT.matchAll(text).flatMap((match) => {
    const word = match[0];
    if (ACRONYMS.has(word.toUpperCase()) && word !== word.toUpperCase()) return [];
    const group = match.findIndex((captured, index) => index > 0 && captured !== undefined);
    const contract = CONTRACT_WORDS[group - 1]?.contract;
    return contract ? [{ contract, index: match.index }] : [];
  });
}
