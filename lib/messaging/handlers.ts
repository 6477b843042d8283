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

/** Who the worker is: messages are checked against its own extension id and origin. */
export interface Receiver {
  extensionId: string;
  extensionOrigin: string;
  signalChange(scope: ChangeScope): Promise<void>;
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
  return handler(request, sender).then(async (response) => {
    const scope = CHANGES[request.type];
    if (scope) await receiver.signalChange(scope);
    return response;
  });
}
