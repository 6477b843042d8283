import type { Salary } from '../../postings/types';

/** Pay a vendor gives as figures; undefined when it gives none. */
export function salaryRange(min: unknown, max: unknown, unit: Salary['unit'], currency: string, text: string | undefined): Salary | undefined {
  const low = typeof min === 'number' && Number.isFinite(min) ? min : undefined;
  const high = typeof max === 'number' && Number.isFinite(max) ? max : undefined;
  if (low === undefined && high === undefined) return undefined;
  const figures = [low, high].filter((value) => value !== undefined).join(' – ');
  return {
    ...(low === undefined ? {} : { min: low }),
    ...(high === undefined || high === low ? {} : { max: high }),
    unit,
    currency,
    text: text ?? `${figures} ${currency}`,
  };
}
