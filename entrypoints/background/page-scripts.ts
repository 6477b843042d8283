import { browser } from '#imports';
import type { PageCommand } from '../../lib/messaging/protocol';
import { PAGE_MENUS, PAGE_SCRIPT, PAGE_SHORTCUTS, pageScriptRegistration } from '../../lib/page-script/page-script-registration';

/**
 * Where the page script runs, without host permissions at install:
 * - on the page the user points at (context menu, shortcut, popup): `activeTab` lets the worker
 *   inject it into that tab, once;
 * - on the sites the user opted into from the options page (their posting sources' sites, or a
 *   job site typed there): the options page asks the optional host permission for those origins,
 *   and the registration below follows whatever origins are granted, so that granting or revoking
 *   (also from the browser's own extension settings) is the one switch. There the script stays
 *   dormant unless the page holds one posting (lib/page/page-kind.ts): a known one, or one JobPosting.
 */
export function registerPageScripts(): void {
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const menu = PAGE_MENUS[String(info.menuItemId)];
    if (menu && tab?.id !== undefined) void commandTab(tab.id, menu.command);
  });
  browser.commands.onCommand.addListener((name, tab) => {
    const command = PAGE_SHORTCUTS[name];
    if (command && tab?.id !== undefined) void commandTab(tab.id, command);
  });
  browser.permissions.onAdded.addListener(() => void syncRegisteredScript());
  browser.permissions.onRemoved.addListener(() => void syncRegisteredScript());
  void syncRegisteredScript();
}

/** Runs the page script in the tab if it is not there yet, then hands it the command. */
export async function commandTab(tabId: number, type: PageCommand['type']): Promise<boolean> {
  try {
    const running = await browser.tabs.sendMessage(tabId, { type: 'vigie:ping' } satisfies PageCommand).then(() => true, () => false);
    if (!running) {
      await browser.scripting.insertCSS({ target: { tabId }, files: [PAGE_SCRIPT.css] });
      await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_SCRIPT.js] });
    }
    await browser.tabs.sendMessage(tabId, { type } satisfies PageCommand);
    return true;
  } catch {
    // No access to this tab (a browser page, the store, no activeTab grant): nothing to do there.
    return false;
  }
}

async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const [id, menu] of Object.entries(PAGE_MENUS)) browser.contextMenus.create({ id, title: browser.i18n.getMessage(menu.title as never), contexts: ['page', 'selection'] });
}

/** Keeps the registered page script's `matches` equal to the granted web origins. */
async function syncRegisteredScript(): Promise<void> {
  const script = pageScriptRegistration((await browser.permissions.getAll()).origins ?? []);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [PAGE_SCRIPT.id] });
  if (!script) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [PAGE_SCRIPT.id] });
  } else if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}
