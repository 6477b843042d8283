import { browser } from '#imports';
import { CHANGE_SIGNAL_KEY, type ChangeScope } from '../../lib/messaging/change-signal';

export async function signalChange(scope: ChangeScope): Promise<void> {
  await browser.storage.local.set({ [CHANGE_SIGNAL_KEY]: { scope, at: Date.now() } });
}
