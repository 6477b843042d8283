import { defineUnlistedScript } from '#imports';
import { firstReads } from '../../components/popup/first-reads';

/** The popup's first script (entrypoints/popup/index.html): it starts the reads of its first screen, see firstReads. */
export default defineUnlistedScript(() => {
  firstReads();
});
