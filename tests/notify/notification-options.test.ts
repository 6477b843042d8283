import { describe, expect, it } from 'vitest';
import { notificationLook, notificationOptions, type NotificationLook } from '../../lib/notify/notification-options';
import { translateFrom } from '../components/translate';

const MESSAGES: Record<string, string> = { notifyManyTitle: '$1 nouvelles offres', notifyOpen: 'Ouvrir', notifySave: 'Enregistrer' };
const look = (supportsButtons: boolean): NotificationLook => notificationLook({
  iconUrl: 'chrome-extension://id/icon/128.png',
  supportsButtons,
  t: (key, substitutions) => (MESSAGES[key] ?? key).replace('$1', substitutions?.[0] ?? ''),
  locale: 'fr',
}, 0);
const NOW = Date.parse('2027-03-17T10:00:00Z');
/** The extension's own messages, as the worker shows them. */
const realLook = (language: 'fr' | 'en', locale: string) => notificationLook({ iconUrl: 'icon.png', supportsButtons: true, t: (key, substitutions) => translateFrom(language)(key, substitutions), locale }, NOW);
const salary = (min: number, max: number) => ({ min, max, unit: 'year' as const, currency: 'EUR', text: '' });
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

  it('says a saved offer’s news in its message, with the day, and offers only to open it', () => {
    const alert = { kind: 'changed' as const, change: { field: 'salary' as const, before: salary(45_000, 55_000), after: salary(50_000, 60_000) }, more: 0 };
    const options = notificationOptions({ id: 'vigie:opened:5', offers: [{ ...offer(1), alert, at: NOW }] }, realLook('en', 'en-GB'));
    expect(options).toMatchObject({ title: 'Offre 1', message: 'Salary changed on 17 March: €45–55k a year → €50–60k a year', buttons: [{ title: 'Open' }] });
  });

  it('counts new offers and saved offers’ news apart, and says the days left before a deadline', () => {
    const offers = [offer(1), { ...offer(2), alert: { kind: 'deadline' as const, deadline: '2027-03-20' }, at: NOW }, { ...offer(3), alert: { kind: 'closed' as const }, at: NOW }];
    const options = notificationOptions({ id: 'vigie:opened:6', offers }, realLook('fr', 'fr'));
    expect(options?.title).toBe('Nouvelles offres : 1 · offres suivies qui ont changé : 2');
    expect(options?.message).toBe('• Offre 1\n• Offre 2 — Date limite le 20 mars (dans 3 jours)\n• Offre 3 — Fermée le 17 mars');
    expect(notificationOptions({ id: 'vigie:opened:7', offers: offers.slice(1) }, realLook('en', 'en'))?.title).toBe('2 saved offers changed');
  });

  it('shows nothing for a notification without offers', () => {
    expect(notificationOptions({ id: 'vigie:opened:1', offers: [] }, look(true))).toBeUndefined();
  });

  it('says which saved search one offer, or several, are for (real messages)', () => {
    const group = (searchId: string, offerIds: string[]) => ({ searchId, name: `Dev ${searchId}`, offerIds });
    const one = notificationOptions({ id: 'vigie:opened:4', offers: [offer(1)], groups: [group('py', ['s:1.md'])] }, realLook('fr', 'fr-FR'));
    expect(one).toMatchObject({ title: 'Offre 1', message: 'Orga 1\nPour « Dev py »' });
    const several = notificationOptions({ id: 'vigie:opened:4', offers: [1, 2].map(offer), groups: [group('py', ['s:1.md', 's:2.md'])] }, realLook('fr', 'fr-FR'));
    expect(several).toMatchObject({ title: '2 nouvelles offres pour « Dev py »', message: '• Offre 1\n• Offre 2' });
    const english = notificationOptions({ id: 'vigie:opened:4', offers: [1, 2].map(offer), groups: [group('py', ['s:1.md', 's:2.md'])] }, realLook('en', 'en-GB'));
    expect(english?.title).toBe('2 new postings for “Dev py”');
  });

  it('gives one line per saved search when several have new matches', () => {
    const groups = [{ searchId: 'py', name: 'Python', offerIds: ['s:1.md', 's:2.md', 's:3.md'] }, { searchId: 'ux', name: 'UX', offerIds: ['s:4.md'] }];
    const options = notificationOptions({ id: 'vigie:opened:4', offers: [1, 2, 3, 4].map(offer), groups }, realLook('fr', 'fr-FR'));
    expect(options).toMatchObject({ title: '4 nouvelles offres', message: '• Python (3) : Offre 1, Offre 2\n• UX (1) : Offre 4' });
  });
});
