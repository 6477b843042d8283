import { readFrontPage, type FrontPageRead } from '../../lib/board/read-front-page';
import { openReadStore, type ReadStore } from '../../lib/db/read-store';
import { readPopupState, type OpeningState } from './popup-state';

/**
 * The database being opened, the popup's first screen (the front page with the "not interested"
 * rules) being read, from the worker's copy of it (storage.local), else from the database, and the
 * query it reopens on with the results kept for it (storage.local, in the same call as the copy).
 */
export interface FirstReads {
  store: Promise<ReadStore | undefined>;
  front: Promise<FrontPageRead | undefined>;
  state: Promise<OpeningState>;
}

interface Readers {
  openStore: () => Promise<ReadStore | undefined>;
  readState: () => Promise<OpeningState>;
}

const BROWSER_READERS: Readers = { openStore: openReadStore, readState: readPopupState };

/** Where the first of the popup's two scripts to run leaves the reads for the other (on the page's global object). */
export const FIRST_READS_SLOT = 'vigiePopupFirstReads';

/**
 * Starts the popup's reads, or gives those already started. The popup's small first script
 * (entrypoints/popup-first-reads/index.ts, a classic script that runs as soon as it arrives) starts them
 * while the browser still loads the popup's modules and style sheet: opening the database, reading
 * the front page and storage.local no longer wait for those, under load a hundred milliseconds or more.
 * Whichever script runs first starts them, once.
 */
export function firstReads(readers: Readers = BROWSER_READERS): FirstReads {
  const page = globalThis as unknown as Record<typeof FIRST_READS_SLOT, FirstReads | undefined>;
  page[FIRST_READS_SLOT] ??= startReads(readers);
  return page[FIRST_READS_SLOT];
}

function startReads({ openStore, readState }: Readers): FirstReads {
  // Opened now all the same: the popup reads the whole board from it once the first screen is painted.
  const store = openStore();
  const state = readState();
  // The copy spares the first render the database's opening; without it (none made yet, a change
  // under way, a copy from another version, storage refused), the database answers.
  const front = state.then(({ copy }) => copy, () => undefined).then((copy) => copy ?? store.then(readFrontPage));
  // Not an unhandled rejection while no script awaits them yet: the popup awaits them all, and fails as before.
  for (const read of [store, front, state]) read.catch(() => undefined);
  return { store, front, state };
}
