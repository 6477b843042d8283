import type { Page } from 'playwright-core';
import type { SourceRecord } from '../../../lib/db/records';
import { readDatabase } from './read-database';
import { sendMessage } from './send-message';
import { waitFor } from '../../support/wait-for';

/** Waits for the sources Vigie adds on install, and returns every source then stored. */
export async function waitForDefaultSources(page: Page): Promise<SourceRecord[]> {
  const db = await waitFor(async () => {
    const read = await readDatabase(page, ['sources', 'settings']);
    return read.settings.some((setting) => setting.key === 'defaultSourcesInstalled') ? read : undefined;
  }, { timeout: 15_000, message: 'the default sources to be installed' });
  return db.sources;
}

/**
 * Removes the sources Vigie adds on install (the journeys' browser resolves no name, so they
 * can only fail), as a user may, so that "sync everything" syncs only what the journey follows.
 * Call it before adding any source; returns the ids removed.
 */
export async function removeDefaultSources(page: Page): Promise<string[]> {
  const sources = await waitForDefaultSources(page);
  for (const source of sources) {
    const removed = await sendMessage(page, { type: 'removeSource', sourceId: source.id });
    if (removed !== true) throw new Error(`removeSource ${source.id} answered ${JSON.stringify(removed)}`);
  }
  return sources.map((source) => source.id);
}
