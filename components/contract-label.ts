import type { Translate } from './i18n';

/** A contract as the UI names it ("CDI", "Freelance"); undefined when the posting did not say. Shared by the rows, the card and the CSV export. */
export function contractLabel(contract: string, t: Translate): string | undefined {
  return contract === 'unknown' ? undefined : t(`contract_${contract.replace('-', '_')}`);
}
