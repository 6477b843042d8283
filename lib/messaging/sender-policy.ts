import type { MessageType } from './protocol';

/** The parts of runtime.MessageSender the policy looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Only Vigie's own pages (popup, options, tracker, journal) may send Vigie's messages. A page's scripts cannot
 * reach runtime.sendMessage (no externally_connectable), but a check here keeps it that way
 * if the manifest ever changes, and refuses anything from another extension.
 */
export function isExtensionPage(sender: SenderInfo, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/**
 * Vigie's content script on a web page: our id, in a tab, on an http(s) document. It runs
 * beside scripts we do not control, in a renderer a hostile page may have compromised, so it
 * is held to the page messages below.
 */
export function isContentScript(sender: SenderInfo, runtimeId: string, extensionOrigin: string): boolean {
  return (
    sender.id === runtimeId &&
    typeof sender.tab === 'object' &&
    sender.tab !== null &&
    typeof sender.url === 'string' &&
    /^https?:\/\//i.test(sender.url) &&
    !sender.url.startsWith(extensionOrigin)
  );
}

/** All a content script may ask: its page's context, saving it, hiding or folding the panel. Never sync, settings, export or import. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>(['getPageContext', 'saveFromPage', 'hidePanelOnSite', 'setPanelFolded']);

export type SenderKind = 'extension-page' | 'content-script';

export function senderKind(sender: SenderInfo, runtimeId: string, extensionOrigin: string): SenderKind | undefined {
  if (isExtensionPage(sender, runtimeId, extensionOrigin)) return 'extension-page';
  if (isContentScript(sender, runtimeId, extensionOrigin)) return 'content-script';
  return undefined;
}

/** Whether Vigie answers `type` from this sender. The page messages need a page: extension pages do not send them. */
export function mayHandle(type: MessageType, sender: SenderInfo, runtimeId: string, extensionOrigin: string): boolean {
  const kind = senderKind(sender, runtimeId, extensionOrigin);
  if (kind === 'content-script') return CONTENT_SCRIPT_MESSAGES.has(type);
  return kind === 'extension-page' && !CONTENT_SCRIPT_MESSAGES.has(type);
}
