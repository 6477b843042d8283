import { browser } from '#imports';
import { markOpeningsSeen } from '../../lib/notify/announcements-store';
import { unseenBadgeText } from '../../lib/notify/next-announcement';
import type { BackgroundServices } from './services';

/** The toolbar badge counts the openings the user has not seen. */
export async function updateBadge(services: BackgroundServices): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: '#1d4ed8' });
  await browser.action.setBadgeText({ text: await unseenBadgeText(services.db) });
}

export async function markSeen(services: BackgroundServices, offerIds?: string[]): Promise<void> {
  await markOpeningsSeen(services.db, offerIds);
  await updateBadge(services);
}
