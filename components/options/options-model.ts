import type { SuggestedSkill } from '../../lib/skills/suggest-skills';
import type { FileRecord, ImportSummary, OfferEvent, SourceRecord, UserData } from '../../lib/db';
import type { FavoritesSyncStatus } from '../../lib/favorites/sync-status';
import type { Protocol } from '../../lib/messaging/protocol';
import type { SavedSearchView } from '../../lib/saved-searches/saved-searches-store';
import type { Settings } from '../../lib/settings/settings';
import type { NoiseChange } from '../../lib/noise/noise-change';
import type { NotInterestedData } from './not-interested-section';
import type { SavedSearchActions } from '../saved-searches-list';

export interface OptionsData {
  /** Undefined while loading. */
  sources?: SourceRecord[];
  /** Files with a problem, by source id. */
  problems: Map<string, FileRecord[]>;
  settings?: Settings;
  /** History of the chosen period, newest first. */
  events?: OfferEvent[];
  historyDays: number;
  /** How the last sync of saved offers with the user's other browsers went; undefined before the first. */
  favoritesSync?: FavoritesSyncStatus;
  /** Skills the saved offers ask for that the user has not listed (lib/skills/suggest-skills.ts). */
  suggestedSkills: SuggestedSkill[];
  /** Hidden postings, blocked organizations and words; undefined while loading. */
  notInterested?: NotInterestedData;
  /** Undefined while loading. */
  searches?: SavedSearchView[];
}

export interface OptionsActions {
  searches: SavedSearchActions;
  addSource(url: string, name?: string): Promise<Protocol['addSource']['response']>;
  /** Reads a job board once, through the worker, before it is added. */
  previewSource(url: string): Promise<Protocol['previewSource']['response']>;
  /** The browser's host-permission request: call it from the click itself, before any await. */
  allowHosts(patterns: string[]): Promise<boolean>;
  renameSource(sourceId: string, name: string): Promise<boolean>;
  setPaused(sourceId: string, paused: boolean): Promise<boolean>;
  removeSource(sourceId: string): Promise<boolean>;
  syncNow(sourceId?: string): Promise<unknown>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  exportData(): Promise<UserData>;
  importData(data: unknown): Promise<ImportSummary | { error: 'not-vigie-data' }>;
  requestNotificationPermission(): Promise<boolean>;
  setHistoryDays(days: number): void;
  changeNoise(change: NoiseChange): Promise<boolean>;
}
