import { browser } from '#imports';
import { request, type Send } from '../lib/messaging/protocol';
import { workerAnswer } from '../lib/messaging/worker-answer';
import type { Translate } from './i18n';
import type { SavedSearchActions } from './saved-searches-list';

/**
 * What every page of Vigie (popup, options, the panel on posting pages) takes from the browser
 * to talk and to speak: one place, so that they all ask the worker and translate the same way.
 */

/** A message to the worker; `request()` (lib/messaging/protocol.ts) types it. */
export const sendToWorker: Send = (message) => browser.runtime.sendMessage(message);

/** The same from the page script, which runs without the polyfill (wxt.config.ts): it reads the worker's refusals itself. */
export const sendFromPage: Send = async (message) => workerAnswer(await browser.runtime.sendMessage(message));

/** The message in the browser's language; a missing one shows its key, so that it is seen and found. */
export const translate: Translate = (key, substitutions) => browser.i18n.getMessage(key as never, substitutions) || key;

/** The saved searches' writes, the same from the popup and the options page (components/saved-searches-list.tsx). */
export const savedSearchActions: SavedSearchActions = {
  rename: (id, name) => request(sendToWorker, 'renameSavedSearch', { id, name }),
  setMuted: (id, muted) => request(sendToWorker, 'setSavedSearchMuted', { id, muted }),
  remove: (id) => request(sendToWorker, 'removeSavedSearch', { id }),
};
