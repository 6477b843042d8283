import { browser, defineContentScript } from '#imports';
import { sendFromPage, translate } from '../../components/browser-bindings';
import { createPagePanel } from '../../components/page-panel/page-panel';
import { parsePageCommand } from '../../lib/messaging/protocol';
import { createPageSession } from '../../lib/page-script/page-session';
import './highlights.css';

/**
 * Vigie on posting pages. Not in the manifest's content_scripts: the worker injects it where the
 * user asks (activeTab) and registers it for the sites the user granted
 * (entrypoints/background/page-scripts.ts). Kept small — no Dexie, no Markdown, no taxonomy, no
 * webextension-polyfill (wxt.config.ts): the worker sends what it needs.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  // WXT's postMessage would tell every page's scripts that Vigie runs there.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const session = createPageSession(ctx, sendFromPage, (doc, actions, folded) => createPagePanel(doc, translate, actions, folded));
    // Answered through sendResponse, which Chrome and Firefox both honour without the polyfill.
    const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (answer: boolean) => void) => {
      const command = sender.id === browser.runtime.id ? parsePageCommand(message) : undefined;
      if (!command) return false;
      void session.handle(command).then(() => sendResponse(true), () => sendResponse(false));
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      session.stop();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => void session.restart());
    void session.start(false);
  },
});
