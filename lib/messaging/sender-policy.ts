/** The parts of runtime.MessageSender the policy looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Only Vigie's own pages (popup, options) may send Vigie's messages. A page's scripts cannot
 * reach runtime.sendMessage (no externally_connectable), but a check here keeps it that way
 * if the manifest ever changes, and refuses anything from another extension.
 */
export function isExtensionPage(sender: SenderInfo, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
