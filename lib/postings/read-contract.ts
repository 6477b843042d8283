import { foldText } from '../text/fold';
import { detectContract, detectContractByVotes, detectContractInTitle } from './detect-contract';
import { asText, asTextList } from './field-values';
import type { FrontMatterFields } from './front-matter-fields';
import type { LabeledFields } from './read-labeled-fields';
import type { ContractType } from './types';

/**
 * Keys whose values mean a contract only under them. The US GSA's TTS site writes
 * `appointment type: perm` or `term`: a federal appointment, permanent (a civil servant's) or
 * for a term (fixed).
 */
const VALUES_BY_KEY: Readonly<Record<string, Readonly<Record<string, ContractType>>>> = {
  appointment_type: { perm: 'civil-servant', permanent: 'civil-servant', 'career-conditional': 'civil-servant', term: 'CDD', temporary: 'CDD' },
};

/**
 * The contract: a key's own value, else the first of the contract key, the title and a
 * "Contrat : …" line that names one (the title by the words that mean a contract anywhere, not
 * by the words that do only as a contract value), else the kind the body mentions most.
 */
export function readContract(fields: FrontMatterFields, title: string, labeled: LabeledFields, plainBody: string): ContractType {
  for (const [key, meanings] of Object.entries(VALUES_BY_KEY)) {
    const value = asText(fields.get(key));
    const contract = value === undefined ? undefined : meanings[foldText(value)];
    if (contract !== undefined) return contract;
  }
  const readings: Array<() => ContractType> = [
    () => detectContract(asTextList(fields.find('contract')?.value).join(' ')),
    () => detectContractInTitle(title),
    () => detectContractInTitle(asText(fields.find('derivedTitle')?.value) ?? ''),
    () => detectContract((labeled.contract ?? []).join('\n')),
  ];
  for (const read of readings) {
    const contract = read();
    if (contract !== 'unknown') return contract;
  }
  return detectContractByVotes(plainBody);
}
