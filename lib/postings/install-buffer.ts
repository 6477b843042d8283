// "buffer/index.js" names the npm package everywhere; in Node, "buffer" would be the built-in module.
import { Buffer } from 'buffer/index.js';

// gray-matter calls Buffer.from on every input; a service worker or content script has no Buffer
// (jonschlinkert/gray-matter#143). Imported before gray-matter so the global exists when it runs.
const scope = globalThis as { Buffer?: unknown };
if (typeof scope.Buffer === 'undefined') scope.Buffer = Buffer;
