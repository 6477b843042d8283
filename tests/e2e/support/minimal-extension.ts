import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway MV3 extension that proves the harness without Vigie's build: a worker that fetches a
 * contents URL on request, and an options page with the hooks Vigie's options page will have.
 * No host_permissions: the fetch relies on the server's CORS headers, as the real GitHub's allow.
 */
const FILES: Record<string, string> = {
  'manifest.json': JSON.stringify({
    manifest_version: 3,
    name: 'Vigie harness probe',
    version: '1.0.0',
    background: { service_worker: 'background.js' },
    action: { default_popup: 'popup.html' },
    options_ui: { page: 'options.html', open_in_tab: true },
  }),
  'background.js': `
self.startedAt = performance.timeOrigin;
chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message.type === 'ping') {
    sendResponse({ startedAt: self.startedAt });
    return false;
  }
  if (message.type === 'add-source') {
    fetch(message.url)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error('HTTP ' + response.status))))
      .then((entries) => sendResponse({ ok: true, count: entries.length }), (error) => sendResponse({ ok: false, error: String(error) }));
    return true;
  }
  return false;
});
`,
  'popup.html': '<!doctype html><meta charset="utf-8"><title>Probe popup</title><h1>Probe popup</h1>',
  'options.html': `<!doctype html><meta charset="utf-8"><title>Probe options</title>
<form id="add"><input name="source-url" type="url" required><button>Add</button></form>
<ul id="sources"></ul>
<script src="options.js"></script>`,
  'options.js': `
document.getElementById('add').addEventListener('submit', async (event) => {
  event.preventDefault();
  const url = event.target.elements['source-url'].value;
  const item = document.createElement('li');
  Object.assign(item.dataset, { testid: 'source', sourceUrl: url, status: 'syncing', count: '0' });
  item.textContent = url;
  document.getElementById('sources').append(item);
  const answer = await chrome.runtime.sendMessage({ type: 'add-source', url });
  Object.assign(item.dataset, answer.ok ? { status: 'ok', count: String(answer.count) } : { status: 'error' });
});
`,
};

/** Writes the probe extension into a new temporary folder and returns that folder. */
export async function writeMinimalExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vigie-e2e-extension-'));
  await Promise.all(Object.entries(FILES).map(([name, content]) => writeFile(join(dir, name), content)));
  return dir;
}
