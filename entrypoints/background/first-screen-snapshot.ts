import { browser } from '#imports';
import { FRONT_PAGE_SNAPSHOT_KEY, frontPageSnapshotOf } from '../../lib/board/front-page-snapshot';
import { readFrontPage } from '../../lib/board/read-front-page';
import { createSnapshotKeeper, type SnapshotKeeper } from '../../lib/board/snapshot-keeper';
import { eachReadIn } from '../../lib/db/dexie-reads';
import { readDuplicateIndex } from '../../lib/duplicates/duplicates-store';
import { oneEntryPerPosting } from '../../lib/duplicates/merge-duplicates';
import type { VigieDatabase } from '../../lib/db/schema';

/** The popup's first screen copied to storage.local (lib/board/front-page-snapshot.ts), kept right around each change to it. */
export function createFirstScreenKeeper(db: VigieDatabase): SnapshotKeeper {
  const forget = () => browser.storage.local.remove(FRONT_PAGE_SNAPSHOT_KEY);
  return createSnapshotKeeper({
    forget,
    async make() {
      const [read, favorites, groups] = await Promise.all([readFrontPage(eachReadIn(db)), db.favorites.toArray(), readDuplicateIndex(db)]);
      // Counted as the popup's saved list counts them once it has read them: a job saved from two places is one.
      const savedPostings = oneEntryPerPosting(favorites, groups).length;
      await (read ? browser.storage.local.set({ [FRONT_PAGE_SNAPSHOT_KEY]: frontPageSnapshotOf(read, favorites, savedPostings) }) : forget());
    },
  });
}
