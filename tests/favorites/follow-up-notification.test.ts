import { describe, expect, it } from 'vitest';
import { followUpNotificationOptions } from '../../lib/favorites/follow-up-notification';
import { translateFrom } from '../components/translate';

const look = { iconUrl: 'icon.png', translate: translateFrom('fr') };
const offer = (title: string, daysWaiting: number, organization?: string) => ({ offerId: title, title, daysWaiting, ...(organization ? { organization } : {}) });

describe('the follow-up notification', () => {
  it('names one application, its employer and how long it waits', () => {
    expect(followUpNotificationOptions({ id: 'n', offers: [offer('Designer UX', 9, 'ANCT')] }, look)).toEqual({
      type: 'basic', iconUrl: 'icon.png', title: 'Designer UX', message: 'ANCT · Sans réponse depuis 9 jours : pensez à relancer.',
    });
  });

  it('counts several, naming the first three', () => {
    const options = followUpNotificationOptions({ id: 'n', offers: ['A', 'B', 'C', 'D'].map((title) => offer(title, 8)) }, look);
    expect(options).toMatchObject({ title: '4 candidatures à relancer', message: '• A\n• B\n• C' });
    expect(followUpNotificationOptions({ id: 'n', offers: [] }, look)).toBeUndefined();
  });
});
