import type { ChangeScope } from './change-signal';
import { parseRequest, type MessageType, type RequestOf, type ResponseOf } from './protocol';
import { mayHandle, senderKind, type SenderInfo } from './sender-policy';

/** The worker's answer to each message of the protocol. */
export type Handlers = { [K in MessageType]: (request: RequestOf<K>, sender: SenderInfo) => Promise<ResponseOf<K>> };

/** What each message changes, for the pages that read the database directly. */
export const CHANGES: Partial<Record<MessageType, ChangeScope>> = {
  addSource: 'sources',
  renameSource: 'sources',
  setSourcePaused: 'sources',
  removeSource: 'board',
  updateSettings: 'settings',
  importData: 'favorites',
  saveFavorite: 'favorites',
  removeFavorite: 'favorites',
  setFavoriteNote: 'favorites',
  setFavoriteStage: 'favorites',
  setFavoriteAlertsMuted: 'favorites',
  setFavoriteContact: 'favorites',
  setFavoriteStepDate: 'favorites',
  saveFromPage: 'favorites',
  hidePanelOnSite: 'settings',
  changeNoise: 'settings',
  setPanelFolded: 'settings',
  saveSearch: 'searches',
  renameSavedSearch: 'searches',
  setSavedSearchMuted: 'searches',
  removeSavedSearch: 'searches',
};

/**
 * The messages that may change what the popup's first screen shows before its database is open: the
 * front page (a source removed), the "not interested" rules with the words they found (a rule set
 * or undone, an import) and which offers are saved at which stage. The worker's copy of that screen is kept right around them.
 */
export const FIRST_SCREEN_CHANGES: ReadonlySet<MessageType> = new Set<MessageType>([
  'removeSource', 'changeNoise', 'importData', 'saveFavorite', 'removeFavorite', 'setFavoriteStage', 'saveFromPage',
]);

/** Who the worker is: messages are checked against its own extension id and origin. */
export interface Receiver {
  extensionId: string;
  extensionOrigin: string;
  signalChange(scope: ChangeScope): Promise<void>;
  /** Runs a message's handler that may change the popup's first screen (FIRST_SCREEN_CHANGES). */
  whileChangingFirstScreen<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * Answers one runtime message: undefined when it is not for Vigie (another extension's), a
 * rejection when it is malformed or not allowed from that sender, else the handler's answer,
 * once the pages that read the database were told what changed.
 */
export function dispatchMessage(handlers: Handlers, message: unknown, sender: SenderInfo, receiver: Receiver): Promise<unknown> | undefined {
  const { extensionId, extensionOrigin } = receiver;
  if (!senderKind(sender, extensionId, extensionOrigin)) return undefined;
  const request = parseRequest(message);
  if (!request) return Promise.reject(new Error('Vigie: message refused (unknown type or wrong shape)'));
  if (!mayHandle(request.type, sender, extensionId, extensionOrigin)) return Promise.reject(new Error('Vigie: message refused from this sender'));
  const handler = handlers[request.type] as (request: unknown, sender: SenderInfo) => Promise<unknown>;
  const handle = () => handler(request, sender);
  return (FIRST_SCREEN_CHANGES.has(request.type) ? receiver.whileChangingFirstScreen(handle) : handle()).then(async (response) => {
    const scope = CHANGES[request.type];
    if (scope) await receiver.signalChange(scope);
    return response;
  });
}
