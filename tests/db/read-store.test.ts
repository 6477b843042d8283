import { indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openReadStore } from '../../lib/db/read-store';
import { freshDatabase } from './test-database';

describe('openReadStore', () => {
  it('reads records of several tables by key in one call, undefined for a missing one, in the order asked', async () => {
    const name = `vigie-read-store-${Math.random().toString(36).slice(2)}`;
    const db = freshDatabase(name);
    await db.frontPage.put({ id: 'current', summaries: [], total: 0, updatedAt: 42 });
    await db.settings.put({ key: 'notInterested', value: ['a rule'] });
    db.close();
    const store = await openReadStore(indexedDB, name);
    const [settings, front, missing] = await store!.getEach([['settings', 'notInterested'], ['frontPage', 'current'], ['settings', 'absent']] as const);
    expect(settings?.value).toEqual(['a rule']);
    expect(front?.updatedAt).toBe(42);
    expect(missing).toBeUndefined();
    store!.close();
  });

  it('is undefined when the worker has not created the database yet', async () => {
    expect(await openReadStore(indexedDB, `vigie-none-${Math.random().toString(36).slice(2)}`)).toBeUndefined();
  });
});
