import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage } from '../pages/options-page';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { builtCopyWithPermissions } from '../support/granted-copy';
import { recordNotifications } from '../support/notification-recorder';
import { readDatabase } from '../support/read-database';
import { sendMessage } from '../support/send-message';
import { waitFor } from '../../support/wait-for';

type ChromeApi = {
  chrome: {
    notifications: { getAll(): Promise<Record<string, boolean>> };
    alarms: { create(name: string, info: { when: number }): Promise<void>; get(name: string): Promise<unknown> };
  };
};

const DAY = 24 * 60 * 60 * 1000;
const favorite = (offerId: string, title: string, appliedDaysAgo: number) => ({
  offerId, stage: 'applied', note: '', savedAt: Date.now() - 20 * DAY, updatedAt: Date.now() - appliedDaysAgo * DAY,
  snapshot: { id: offerId, title, organization: 'ANCT' },
});

describe('journey: a follow-up reminder, notified once, never again after a worker restart', () => {
  let extension: LaunchedExtension;
  let options: OptionsPage;
  let firstIds: string[];

  beforeAll(async () => {
    extension = await launchExtension({ extensionDir: await builtCopyWithPermissions(['notifications']) });
    options = await OptionsPage.open(extension);
    await sendMessage(options.page, { type: 'updateSettings', patch: { notifications: { enabled: true, mutedSources: [], minMatchingSkills: 0, quietHours: null } } });
    // Applied 10 days ago (due after 7) and 2 days ago (not yet): an export whose favorites have no stage history.
    await sendMessage(options.page, { type: 'importData', data: { format: 'vigie-user-data', version: 1, sources: [], settings: {}, favorites: [favorite('src:ux.md', 'Designer UX', 10), favorite('src:dev.md', 'Développeuse Python', 2)] } });
  });

  afterAll(async () => {
    await extension?.close();
  });

  const followUpIds = async () => Object.keys(await options.page.evaluate(() => (globalThis as unknown as ChromeApi).chrome.notifications.getAll())).filter((id) => id.startsWith('vigie-follow-up:'));
  const told = async () => (await readDatabase(options.page, ['settings'])).settings.find((setting) => setting.key === 'followUpReminders')?.value;

  it('notifies the application waiting for 10 days when the worker looks (on its start, then hourly), and only it', async () => {
    await extension.restartWorker();
    firstIds = await waitFor(async () => {
      const ids = await followUpIds();
      return ids.length > 0 ? ids : undefined;
    }, { message: 'a follow-up notification', timeout: 15_000 });
    expect(firstIds).toHaveLength(1);
    await waitFor(async () => ((await told()) as Array<{ shown: boolean }> | undefined)?.[0]?.shown || undefined, { message: 'the reminder recorded as shown' });
    expect((await told()) as unknown[]).toEqual([expect.objectContaining({ offerId: 'src:ux.md', notificationId: firstIds[0], shown: true })]);
  });

  it('does not notify it again after a restart, nor on the next hourly look', async () => {
    const worker = await extension.restartWorker();
    const created = await recordNotifications(worker);
    // The hourly look, brought forward.
    await worker.evaluate(() => (globalThis as unknown as ChromeApi).chrome.alarms.create('vigie-follow-ups', { when: Date.now() + 200 }));
    await waitFor(async () => (await worker.evaluate(() => (globalThis as unknown as ChromeApi).chrome.alarms.get('vigie-follow-ups'))) === undefined || undefined, { message: 'the alarm to fire' });
    await options.page.waitForTimeout(1_000);
    expect(await created()).toEqual([]);
    expect(await followUpIds()).toEqual(firstIds);
    expect((await told()) as unknown[]).toEqual([expect.objectContaining({ offerId: 'src:ux.md', notificationId: firstIds[0], shown: true })]);
  });
});
