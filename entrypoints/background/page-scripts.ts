import { browser } from '#imports';
import type { PageCommand } from '../../lib/messaging/protocol';

const SCRIPT_ID = 'vigie-page';
const SCRIPT_FILE = '/content-scripts/content.js';
const STYLE_FILE = '/content-scripts/content.css';

const MENUS: Record<string, PageCommand['type']> = { 'vigie-page-show': 'vigie:show', 'vigie-page-save': 'vigie:save' };
const MENU_TITLES: Record<string, string> = { 'vigie-page-show': 'menuShowPanel', 'vigie-page-save': 'menuSavePage' };
/** Keyboard shortcuts, declared in wxt.config.ts's `commands`. */
const COMMANDS: Record<string, PageCommand['type']> = { 'show-page-panel': 'vigie:show', 'save-page': 'vigie:save' };

/**
 * Where the page script runs, without host permissions at install:
 * - on the page the user points at (context menu, shortcut, popup): `activeTab` lets the worker
 *   inject it into that tab, once;
 * - on the sites the user opted into from the options page (their posting sources' sites, or a
 *   job site typed there): the options page asks the optional host permission for those origins,
 *   and the registration below follows whatever origins are granted, so that granting or revoking
 *   (also from the browser's own extension settings) is the one switch. There the script stays
 *   dormant unless the page is a known posting or declares a JobPosting.
 */
export function registerPageScripts(): void {
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const command = MENUS[String(info.menuItemId)];
    if (command && tab?.id !== undefined) void commandTab(tab.id, command);
  });
  browser.commands.onCommand.addListener((name, tab) => {
    const command = COMMANDS[name];
    if (command && tab?.id !== undefined) void commandTab(tab.id, command);
  });
  browser.permissions.onAdded.addListener(() => void syncRegisteredScript());
  browser.permissions.onRemoved.addListener(() => void syncRegisteredScript());
  void syncRegisteredScript();
}

/** Runs the page script in the tab if it is not there yet, then hands it the command. */
export async function commandTab(tabId: number, type: PageCommand['type']): Promise<boolean> {
  try {
    await ensureInjected(tabId);
    await browser.tabs.sendMessage(tabId, { type } satisfies PageCommand);
    return true;
  } catch {
    // No access to this tab (a browser page, the store, no activeTab grant): nothing to do there.
    return false;
  }
}

async function ensureInjected(tabId: number): Promise<void> {
  const running = await browser.tabs.sendMessage(tabId, { type: 'vigie:ping' } satisfies PageCommand).then(() => true, () => false);
  if (running) return;
  await browser.scripting.insertCSS({ target: { tabId }, files: [STYLE_FILE] });
  await browser.scripting.executeScript({ target: { tabId }, files: [SCRIPT_FILE] });
}

async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const [id, key] of Object.entries(MENU_TITLES)) {
    browser.contextMenus.create({ id, title: browser.i18n.getMessage(key as never), contexts: ['page', 'selection'] });
  }
}

/** Keeps the registered page script's `matches` equal to the granted web origins. */
export async function syncRegisteredScript(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = origins.filter((origin) => /^(?:https?|\*):\/\//.test(origin));
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = { id: SCRIPT_ID, matches, js: [SCRIPT_FILE], css: [STYLE_FILE], runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}
