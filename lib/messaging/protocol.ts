import type { AddSourceResult, ImportSummary, Stage, UserData } from '../db';
import type { SavedSearchView } from '../saved-searches/saved-searches-store';
import { sanitizeSearchDraft, type SavedSearchDraft } from '../saved-searches/saved-search';
import { isStage, MAX_CONTACT_LENGTH } from '../db/records';
import type { Settings } from '../settings/settings';
import type { SourcePreview } from '../sources/preview-source';
import { isJobPosting, type JobPosting } from '../page/job-posting';
import type { PageContext, SaveFromPageResult } from '../page/page-context';
import { isNoiseChange, type NoiseChange } from '../noise/noise-change';

export interface SyncSummary {
  added: number;
  updated: number;
  removed: number;
  opened: number;
  failed: number;
}

/**
 * Every message between Vigie's contexts, declared once: name → request and response.
 * The background worker answers them; `validators` below check each request's shape,
 * because a message is untrusted until proven otherwise.
 */
export interface Protocol {
  sync: { request: { sourceId?: string }; response: SyncSummary };
  /** The folder is listed before it is kept: `postingFiles` is what it holds (0: none yet); a refusal says why, with the technical detail. */
  addSource: {
    request: { url: string; name?: string };
    response: { ok: true; sourceId: string; postingFiles?: number } | { ok: false; error: Extract<AddSourceResult, { ok: false }>['error']; detail?: string };
  };
  /** A job board's name and open positions, read once before the seeker adds it (the host permission granted first). */
  previewSource: { request: { url: string }; response: SourcePreview };
  renameSource: { request: { sourceId: string; name: string }; response: boolean };
  setSourcePaused: { request: { sourceId: string; paused: boolean }; response: boolean };
  removeSource: { request: { sourceId: string }; response: boolean };
  getSettings: { request: Record<string, never>; response: Settings };
  updateSettings: { request: { patch: Partial<Settings> }; response: Settings };
  exportData: { request: Record<string, never>; response: UserData };
  importData: { request: { data: unknown }; response: ImportSummary | { error: 'not-vigie-data' } };
  saveFavorite: { request: { offerId: string }; response: boolean };
  removeFavorite: { request: { offerId: string }; response: boolean };
  setFavoriteNote: { request: { offerId: string; note: string }; response: boolean };
  setFavoriteStage: { request: { offerId: string; stage: Stage }; response: boolean };
  /** Turns off (or on again) the alerts about one saved offer. */
  setFavoriteAlertsMuted: { request: { offerId: string; muted: boolean }; response: boolean };
  setFavoriteContact: { request: { offerId: string; contact: string }; response: boolean };
  /** The seeker's own date (`on`) for the stage step moved at `at`. */
  setFavoriteStepDate: { request: { offerId: string; at: number; on: number }; response: boolean };
  /** Offers whose opening the user has not seen: marked "new" in the popup. */
  getUnseen: { request: Record<string, never>; response: string[] };
  /** Clears the badge for these offers, or for all. */
  markSeen: { request: { offerIds?: string[] }; response: boolean };
  /** The saved searches, each with its new matches. */
  listSavedSearches: { request: Record<string, never>; response: SavedSearchView[] };
  /** Saves the popup's query and filters under a name; refused past the number of searches kept. */
  saveSearch: { request: { search: SavedSearchDraft }; response: { ok: true; id: string } | { ok: false; reason: 'limit' } };
  renameSavedSearch: { request: { id: string; name: string }; response: boolean };
  setSavedSearchMuted: { request: { id: string; muted: boolean }; response: boolean };
  removeSavedSearch: { request: { id: string }; response: boolean };
  /** From a content script: the terms to highlight, the user's skills and what Vigie knows of the page's posting. */
  getPageContext: { request: { url: string; posting?: JobPosting; declared: number }; response: PageContext };
  /** From a content script: saves the known posting the page shows, or the posting it declares. */
  saveFromPage: { request: { url: string; posting?: JobPosting }; response: SaveFromPageResult };
  /** From a content script: no panel on the sender's site any more (the site is the sender's, not a field). */
  hidePanelOnSite: { request: Record<string, never>; response: boolean };
  /** From a content script: the user folded the panel to its tab (true) or unfolded it; remembered for the next pages. */
  setPanelFolded: { request: { folded: boolean }; response: boolean };
  /** From the popup (activeTab): run the page panel on this tab. */
  showOnTab: { request: { tabId: number }; response: boolean };
  /** Not interested: hides a posting, blocks an organization or a word, or undoes one of these; false when there was nothing to do. */
  changeNoise: { request: { change: NoiseChange }; response: boolean };
  /** Origins of the followed sources' posting pages, for the options page. */
  getPostingOrigins: { request: Record<string, never>; response: string[] };
}

/** The worker's commands to a page's content script (tabs.sendMessage), the other way round. */
export type PageCommand = { type: 'vigie:show' } | { type: 'vigie:save' } | { type: 'vigie:ping' };

export function parsePageCommand(message: unknown): PageCommand | undefined {
  const type = typeof message === 'object' && message !== null ? (message as Record<string, unknown>).type : undefined;
  return type === 'vigie:show' || type === 'vigie:save' || type === 'vigie:ping' ? { type } : undefined;
}

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = { type: K } & Protocol[K]['request'];
export type ResponseOf<K extends MessageType> = Protocol[K]['response'];
export type AnyRequest = { [K in MessageType]: RequestOf<K> }[MessageType];

type Validator<K extends MessageType> = (message: Record<string, unknown>) => message is RequestOf<K> & Record<string, unknown>;

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 1000;
const isText = (max: number) => (value: unknown): value is string => typeof value === 'string' && value.length <= max;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isPageUrl = (value: unknown): value is string => typeof value === 'string' && value.length <= 4000 && /^https?:\/\//i.test(value);
const optional = <T>(check: (value: unknown) => value is T) => (value: unknown): value is T | undefined => value === undefined || check(value);

function shape<K extends MessageType>(fields: Record<string, (value: unknown) => boolean>): Validator<K> {
  return (message): message is RequestOf<K> & Record<string, unknown> =>
    Object.keys(message).every((key) => key === 'type' || key in fields) && Object.entries(fields).every(([key, check]) => check(message[key]));
}

export const validators: { [K in MessageType]: Validator<K> } = {
  sync: shape({ sourceId: optional(isId) }),
  addSource: shape({ url: isText(2000), name: optional(isText(200)) }),
  previewSource: shape({ url: isText(2000) }),
  renameSource: shape({ sourceId: isId, name: isText(200) }),
  setSourcePaused: shape({ sourceId: isId, paused: (value) => typeof value === 'boolean' }),
  removeSource: shape({ sourceId: isId }),
  getSettings: shape({}),
  updateSettings: shape({ patch: (value) => typeof value === 'object' && value !== null }),
  exportData: shape({}),
  importData: shape({ data: () => true }),
  saveFavorite: shape({ offerId: isId }),
  removeFavorite: shape({ offerId: isId }),
  setFavoriteNote: shape({ offerId: isId, note: isText(5000) }),
  setFavoriteStage: shape({ offerId: isId, stage: isStage }),
  setFavoriteAlertsMuted: shape({ offerId: isId, muted: (value) => typeof value === 'boolean' }),
  setFavoriteContact: shape({ offerId: isId, contact: isText(MAX_CONTACT_LENGTH) }),
  setFavoriteStepDate: shape({ offerId: isId, at: isTime, on: isTime }),
  getUnseen: shape({}),
  markSeen: shape({ offerIds: optional((value): value is string[] => Array.isArray(value) && value.length <= 10_000 && value.every(isId)) }),
  listSavedSearches: shape({}),
  saveSearch: shape({ search: (value) => sanitizeSearchDraft(value) !== undefined }),
  renameSavedSearch: shape({ id: isId, name: isText(200) }),
  setSavedSearchMuted: shape({ id: isId, muted: (value) => typeof value === 'boolean' }),
  removeSavedSearch: shape({ id: isId }),
  getPageContext: shape({ url: isPageUrl, posting: optional(isJobPosting), declared: (value) => Number.isSafeInteger(value) && (value as number) >= 0 }),
  saveFromPage: shape({ url: isPageUrl, posting: optional(isJobPosting) }),
  hidePanelOnSite: shape({}),
  setPanelFolded: shape({ folded: (value) => typeof value === 'boolean' }),
  showOnTab: shape({ tabId: (value) => Number.isSafeInteger(value) && (value as number) >= 0 }),
  getPostingOrigins: shape({}),
  changeNoise: shape({ change: isNoiseChange }),
};

/** The request, typed, or undefined when it is not one of Vigie's messages in the right shape. */
export function parseRequest(message: unknown): AnyRequest | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const record = message as Record<string, unknown>;
  const type = record.type;
  if (typeof type !== 'string' || !Object.hasOwn(validators, type)) return undefined;
  return validators[type as MessageType](record) ? (record as AnyRequest) : undefined;
}

export type Send = (message: unknown) => Promise<unknown>;

/** Typed sending: `request(browser.runtime.sendMessage, 'sync', {})`. */
export async function request<K extends MessageType>(send: Send, type: K, payload: Protocol[K]['request']): Promise<ResponseOf<K>> {
  return (await send({ ...payload, type })) as ResponseOf<K>;
}
