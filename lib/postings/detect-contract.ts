import { sentenceAround } from './sentence-around';
import type { ContractType } from './types';

type KnownContract = Exclude<ContractType, 'unknown'>;

/**
 * Words that name a kind of contract, in French and English. A "contractuel" of the civil service
 * works under a public-law fixed-term contract: CDD. "Fonctionnaire", "titulaire de la fonction
 * publique" and "détachement" mean a civil servant.
 */
const CONTRACT_WORDS: ReadonlyArray<{ contract: KnownContract; pattern: string }> = [
  { contract: 'CDI', pattern: String.raw`\bCDI\b|dur[ée]e ind[ée]termin[ée]e|\bpermanent (?:contract|position)` },
  { contract: 'CDD', pattern: String.raw`\bCDD\b|dur[ée]e d[ée]termin[ée]e|\bcontractuel(?:le)?s?\b|\bfixed[- ]term\b` },
  {
    contract: 'freelance',
    pattern: String.raw`\bTJM\b|\bfree[- ]?lanc(?:e|er|eur|euse)s?\b|\bind[ée]p[ae]nd[ae]nt|\bprestataires?\b|\ben prestation\b|taux journalier|auto-?entrepreneu|micro-?entrepr|portage salarial|\bcontractors?\b`,
  },
  { contract: 'internship', pattern: String.raw`\bstages?\b|\bstagiaires?\b|\binternships?\b|\bintern\b` },
  { contract: 'apprenticeship', pattern: String.raw`\balternan(?:ce|t|te)s?\b|\bapprenti(?:e|s|es|ssage)?\b|\bapprenticeship|contrat de professionnalisation` },
  { contract: 'civil-servant', pattern: String.raw`\bfonctionnaires?\b|\bd[ée]tachement\b|\btitulaires? de la fonction publique|\bcivil servants?\b` },
];
// One pass for all kinds: the capture group that matched tells the kind.
const CONTRACT = new RegExp(CONTRACT_WORDS.map(({ pattern }) => `(${pattern})`).join('|'), 'gi');
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
  const first = mentions(text).next();
  return first.done ? 'unknown' : first.value.contract;
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

function* mentions(text: string): Generator<Mention> {
  for (const match of text.matchAll(CONTRACT)) {
    const word = match[0];
    if (ACRONYMS.has(word.toUpperCase()) && word !== word.toUpperCase()) continue;
    const group = match.findIndex((captured, index) => index > 0 && captured !== undefined);
    const contract = CONTRACT_WORDS[group - 1]?.contract;
    if (contract) yield { contract, index: match.index };
  }
}
