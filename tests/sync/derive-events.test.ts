import { describe, expect, it } from 'vitest';
import { deriveEvents } from '../../lib/sync/derive-events';

const seen = (status: 'open' | 'closed' | 'unknown', contentHash = 'h1') => ({ status, contentHash });

describe('deriveEvents', () => {
  it.each([
    ['new open file', undefined, seen('open'), ['added', 'opened']],
    ['new closed file', undefined, seen('closed'), ['added']],
    ['new file of unknown status', undefined, seen('unknown'), ['added']],
    ['closed → open', seen('closed'), seen('open', 'h2'), ['updated', 'opened']],
    ['unknown → open', seen('unknown'), seen('open', 'h2'), ['updated', 'opened']],
    ['open → closed', seen('open'), seen('closed', 'h2'), ['updated', 'closed']],
    ['edit only, still open', seen('open'), seen('open', 'h2'), ['updated']],
    ['nothing changed', seen('open'), seen('open'), []],
  ] as const)('%s', (_name, before, after, expected) => {
    expect(deriveEvents(before, after)).toEqual(expected);
  });
});
