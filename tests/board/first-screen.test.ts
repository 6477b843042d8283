import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_SIZE, firstScreenOf, reusableFirstScreen } from '../../lib/board/first-screen';
import type { OfferSummary } from '../../lib/db/records';

const summary = (id: string) => ({ id, title: `Offre ${id}` }) as unknown as OfferSummary;
const shown = Array.from({ length: 30 }, (_, index) => summary(`s:${index}`));

describe('the first screen kept for a query', () => {
  it('keeps the first screen of a query, in the order shown, and nothing for the empty query', () => {
    const kept = firstScreenOf('python', 7, shown);
    expect(kept?.summaries.map((each) => each.id)).toEqual(shown.slice(0, FIRST_SCREEN_SIZE).map((each) => each.id));
    expect(firstScreenOf('  ', 7, shown)).toBeUndefined();
  });

  it('is shown again only for the same query on the same board', () => {
    const kept = firstScreenOf('python', 7, shown);
    expect(reusableFirstScreen(kept, 'python', 7)).toHaveLength(FIRST_SCREEN_SIZE);
    expect(reusableFirstScreen(kept, 'pyth', 7)).toBeUndefined();
    expect(reusableFirstScreen(kept, 'python', 8)).toBeUndefined();
    expect(reusableFirstScreen(kept, 'python', undefined)).toBeUndefined();
    expect(reusableFirstScreen(undefined, 'python', 7)).toBeUndefined();
    expect(reusableFirstScreen(kept, '', 7)).toBeUndefined();
  });
});
