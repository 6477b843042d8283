import { describe, expect, it } from 'vitest';
import { offerId } from '../../lib/postings/offer-id';

describe('offerId', () => {
  it('is the source id and the file path, so that the same file always gives the same offer', () => {
    expect(offerId('3f2a9c1b', 'content/_jobs/2024-dev.md')).toBe('3f2a9c1b:content/_jobs/2024-dev.md');
  });
});
