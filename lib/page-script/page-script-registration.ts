import type { PageCommand } from '../messaging/protocol';

/** The page script as built (entrypoints/content/), and the id it is registered under. */
export const PAGE_SCRIPT = { id: 'vigie-page', js: '/content-scripts/content.js', css: '/content-scripts/content.css' } as const;

/** The context menu's items: their command and the message that titles them. */
export const PAGE_MENUS: Readonly<Record<string, { command: PageCommand['type']; title: string }>> = {
  'vigie-page-show': { command: 'vigie:show', title: 'menuShowPanel' },
  'vigie-page-save': { command: 'vigie:save', title: 'menuSavePage' },
};

/** Keyboard shortcuts, declared in wxt.config.ts's `commands`. */
export const PAGE_SHORTCUTS: Readonly<Record<string, PageCommand['type']>> = { 'show-page-panel': 'vigie:show', 'save-page': 'vigie:save' };

export interface PageScriptRegistration {
  id: string;
  matches: string[];
  js: string[];
  css: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/**
 * The registration that follows the granted host permissions: the web origins among them
 * (not the extension's own or other schemes); undefined when none is granted.
 */
export function pageScriptRegistration(grantedOrigins: readonly string[]): PageScriptRegistration | undefined {
  const matches = grantedOrigins.filter((origin) => /^(?:https?|\*):\/\//.test(origin));
  if (matches.length === 0) return undefined;
  return { id: PAGE_SCRIPT.id, matches, js: [PAGE_SCRIPT.js], css: [PAGE_SCRIPT.css], runAt: 'document_idle', persistAcrossSessions: true };
}
