import type { Page } from 'playwright-core';
import type { LaunchedExtension } from './extension';
import { sendMessage } from './send-message';
import { waitFor } from '../../support/wait-for';

/**
 * Runs Vigie's page panel on `page` as the user would from the toolbar: Chromium's DevTools
 * `Extensions.triggerAction` clicks the action on that tab, which grants `activeTab` (headless
 * Chromium has no toolbar, menu or shortcut to press, and cannot answer a permission prompt);
 * then an extension page asks the worker, by `showOnTab`, to inject the script there.
 */
export async function showVigieOn(extension: LaunchedExtension, page: Page, from: Page): Promise<void> {
  const browser = extension.context.browser();
  if (!browser) throw new Error('No browser behind this context');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((target) => target.url === page.url());
    if (!tab) throw new Error(`No tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: extension.extensionId, targetId: tab.targetId });
  } finally {
    await cdp.detach();
  }
  // With activeTab granted, the worker sees this tab's URL.
  const tabId = await waitFor(
    () => extension.worker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, page.url()),
    { message: `the tab of ${page.url()} to be granted` },
  );
  const shown = await sendMessage(from, { type: 'showOnTab', tabId });
  if (shown !== true) throw new Error(`Vigie could not run on ${page.url()}`);
}

declare const chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> } };
