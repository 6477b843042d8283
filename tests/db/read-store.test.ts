import { IDBDatabase, indexedDB } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
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

  it('reads many records of one table in one transaction, in the order asked', async () => {
    const name = `vigie-read-store-${Math.random().toString(36).slice(2)}`;
    const db = freshDatabase(name);
    await db.settings.bulkPut([{ key: 'a', value: 1 }, { key: 'b', value: 2 }, { key: 'c', value: 3 }]);
    db.close();
    const store = await openReadStore(indexedDB, name);
    const transactions = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const records = await store!.getMany('settings', ['c', 'absent', 'a', 'b']);
    expect(records.map((record) => record?.value)).toEqual([3, undefined, 1, 2]);
    expect(transactions).toHaveBeenCalledTimes(1);
    transactions.mockRestore();
    store!.close();
  });

  it('rejects, not throws, every read once its database is closed', async () => {
    const name = `vigie-read-store-${Math.random().toString(36).slice(2)}`;
    const db = freshDatabase(name);
    await db.open();
    db.close();
    const store = (await openReadStore(indexedDB, name))!;
    store.close();
    const reads = [() => store.getMany('settings', ['a']), () => store.getEach([['settings', 'a']] as const), () => store.get('settings', 'a')];
    for (const read of reads) {
      let promise: Promise<unknown> | undefined;
      expect(() => (promise = read())).not.toThrow();
      await expect(promise).rejects.toThrow();
    }
  });

  it('closes when the worker upgrades the schema, so that the upgrade is never blocked by an open popup', async () => {
    const name = `vigie-read-store-${Math.random().toString(36).slice(2)}`;
    const db = freshDatabase(name);
    await db.open();
    const version = db.verno * 10 + 10;
    db.close();
    const store = (await openReadStore(indexedDB, name))!;
    const upgraded = await new Promise<string>((resolve) => {
      const opening = indexedDB.open(name, version);
      opening.onblocked = () => resolve('blocked');
      opening.onsuccess = () => {
        opening.result.close();
        resolve('upgraded');
      };
    });
    expect(upgraded).toBe('upgraded');
    await expect(store.get('settings', 'a')).rejects.toThrow();
  });

  it('is undefined when the worker has not created the database yet', async () => {
    expect(await openReadStore(indexedDB, `vigie-none-${Math.random().toString(36).slice(2)}`)).toBeUndefined();
  });
});
