import { readFrontPage, type FrontPageRead } from '../../lib/board/read-front-page';
import { openReadStore, type ReadStore } from '../../lib/db/read-store';

/** The database and the popup's first screen in it (the front page with the "not interested" rules), being read. */
export interface FirstReads {
  store: Promise<ReadStore | undefined>;
  front: Promise<FrontPageRead | undefined>;
}

/** Where the first of the popup's two scripts to run leaves the reads for the other (on the page's global object). */
export const FIRST_READS_SLOT = 'vigiePopupFirstReads';

/**
 * Starts the popup's reads, or gives those already started. The popup's small first script
 * (entrypoints/popup-first-reads.ts, a classic script that runs as soon as it arrives) starts them
 * while the browser still loads the popup's modules and style sheet: opening the database and
 * reading the front page no longer wait for those, under load a hundred milliseconds or more.
 * Whichever script runs first starts them, once.
 */
export function firstReads(open: () => Promise<ReadStore | undefined> = openReadStore): FirstReads {
  const page = globalThis as unknown as Record<typeof FIRST_READS_SLOT, FirstReads | undefined>;
  page[FIRST_READS_SLOT] ??= startReads(open);
  return page[FIRST_READS_SLOT];
}

function startReads(open: () => Promise<ReadStore | undefined>): FirstReads {
  const store = open();
  const front = store.then(readFrontPage);
  // Not an unhandled rejection while no script awaits them yet: the popup awaits both, and fails as before.
  for (const read of [store, front]) read.catch(() => undefined);
  return { store, front };
}
