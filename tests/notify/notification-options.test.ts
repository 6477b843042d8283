import { describe, expect, it } from 'vitest';
import { notificationOptions, type NotificationLook } from '../../lib/notify/notification-options';

const MESSAGES: Record<string, string> = { notifyManyTitle: '$1 nouvelles offres', notifyOpen: 'Ouvrir', notifySave: 'Enregistrer' };
const look = (supportsButtons: boolean): NotificationLook => ({
  iconUrl: 'chrome-extension://id/icon/128.png',
  supportsButtons,
  translate: (key, substitutions) => (MESSAGES[key] ?? key).replace('$1', substitutions?.[0] ?? ''),
});
const offer = (n: number) => ({ offerId: `s:${n}.md`, title: `Offre ${n}`, organization: `Orga ${n}` });

describe('notificationOptions', () => {
  it('shows one offer by its title and organization, with its two buttons where the browser has them', () => {
    expect(notificationOptions({ id: 'vigie:opened:4', offers: [offer(1)] }, look(true))).toEqual({
      type: 'basic',
      iconUrl: 'chrome-extension://id/icon/128.png',
      title: 'Offre 1',
      message: 'Orga 1',
      buttons: [{ title: 'Ouvrir' }, { title: 'Enregistrer' }],
    });
    expect(notificationOptions({ id: 'vigie:opened:4', offers: [offer(1)] }, look(false))?.buttons).toBeUndefined();
  });

  it('counts several offers and names the first three, without buttons', () => {
    const options = notificationOptions({ id: 'vigie:opened:9', offers: [1, 2, 3, 4].map(offer) }, look(true));
    expect(options?.title).toBe('4 nouvelles offres');
    expect(options?.message).toBe('• Offre 1\n• Offre 2\n• Offre 3');
    expect(options?.buttons).toBeUndefined();
  });

  it('shows nothing for a notification without offers', () => {
    expect(notificationOptions({ id: 'vigie:opened:1', offers: [] }, look(true))).toBeUndefined();
  });
});
