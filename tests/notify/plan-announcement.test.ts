import { describe, expect, it } from 'vitest';
import type { OfferEvent } from '../../lib/db/records';
import { inQuietHours, planAnnouncement, type AnnouncementContext } from '../../lib/notify/plan-announcement';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { sampleOffer } from '../db/sample-offer';
import { createNoiseJudge } from '../../lib/noise/judge-noise';
import { hideRule, organizationRule, wordRule } from '../../lib/noise/noise-rules';

const opening = (seq: number, offerId: string, sourceId = 's'): OfferEvent => ({
  seq, type: 'opened', sourceId, offerId, title: `T${offerId}`, at: 0, syncId: 'x', baseline: false, announce: 'pending', seen: 0,
});

function context(overrides: Partial<AnnouncementContext> = {}, offerOverrides: Record<string, Parameters<typeof sampleOffer>[0]> = {}): AnnouncementContext {
  const ids = ['a', 'b', 'c', 'd'];
  return {
    offers: new Map(ids.map((id) => [id, { ...sampleOffer({ id, title: `Offre ${id}`, skills: ['Python', 'Django'], ...offerOverrides[id] }), listed: 1 as const }])),
    settings: { ...DEFAULT_SETTINGS.notifications, enabled: true },
    mySkills: ['Python'],
    minuteOfDay: 12 * 60,
    saved: new Map(),
    versionAt: () => undefined,
    ...overrides,
  };
}

describe('planAnnouncement', () => {
  it('never announces a hidden posting, a blocked organization or a blocked word', () => {
    const rules = [hideRule('a', 'Offre a', 1), organizationRule('Etalab', 1)!, wordRule('bénévole', 'anywhere', 1)!];
    const plan = planAnnouncement(
      [opening(1, 'a'), opening(2, 'b'), opening(3, 'c'), opening(4, 'd')],
      context({ noise: createNoiseJudge(rules) }, { b: { organization: 'ÉTALAB' }, c: { body: 'Mission Bénévole' } }),
    );
    expect(plan.skip.map((event) => event.offerId)).toEqual(['a', 'b', 'c']);
    expect(plan.notification?.offers.map((offer) => offer.offerId)).toEqual(['d']);
  });

  it('announces the same job from two sources once, and not again when a copy was announced before', () => {
    const postingOf = (offerId: string) => (offerId === 'a' || offerId === 'b' ? 'a' : undefined);
    const plan = planAnnouncement([opening(1, 'b'), opening(2, 'a'), opening(3, 'c')], context({ postingOf }));
    expect(plan.notification?.offers.map((offer) => offer.offerId)).toEqual(['b', 'c']);
    expect(plan.skip.map((event) => event.offerId)).toEqual(['a']);
    const later = planAnnouncement([opening(4, 'a'), opening(5, 'c')], context({ postingOf, announcedPostings: new Set(['a']) }));
    expect(later.notification?.offers.map((offer) => offer.offerId)).toEqual(['c']);
  });

  it('announces one posting with its title', () => {
    const plan = planAnnouncement([opening(4, 'a')], context());
    expect(plan.notification).toEqual({ id: 'vigie:opened:4', offers: [expect.objectContaining({ offerId: 'a', title: 'Offre a' })] });
  });

  it('groups every opening of the run in one notification, once per offer', () => {
    const plan = planAnnouncement([opening(9, 'b'), opening(7, 'a'), opening(8, 'a')], context());
    expect(plan.notification?.offers.map((offer) => offer.offerId)).toEqual(['a', 'b']);
    expect(plan.notification?.id).toBe('vigie:opened:7');
    expect(plan.skip.map((event) => event.seq)).toEqual([8]);
  });

  it('skips postings that closed again, muted sources, and too few skills', () => {
    const plan = planAnnouncement(
      [opening(1, 'a'), opening(2, 'b', 'muted'), opening(3, 'c')],
      context({ settings: { ...DEFAULT_SETTINGS.notifications, enabled: true, mutedSources: ['muted'], minMatchingSkills: 1 } }, { a: { status: 'closed' }, c: { skills: ['Figma'] } }),
    );
    expect(plan.announce).toEqual([]);
    expect(plan.skip.map((event) => event.seq)).toEqual([1, 2, 3]);
    expect(plan.notification).toBeUndefined();
  });

  it('counts matching skills as the popup does: concrete skills only, never domains or qualities', () => {
    const plan = planAnnouncement(
      [opening(1, 'a'), opening(2, 'b')],
      context(
        { settings: { ...DEFAULT_SETTINGS.notifications, enabled: true, minMatchingSkills: 2 }, mySkills: ['Python', 'Django', 'Logement', 'Autonomie'] },
        { a: { skills: ['Python'], domains: ['Logement'], softSkills: ['Autonomie'] }, b: { skills: ['python', 'Django', 'Docker'] } },
      ),
    );
    expect(plan.announce.map((event) => event.offerId)).toEqual(['b']);
    expect(plan.skip.map((event) => event.offerId)).toEqual(['a']);
  });

  it('skips everything while notifications are off (the badge still counts them)', () => {
    const plan = planAnnouncement([opening(1, 'a')], context({ settings: DEFAULT_SETTINGS.notifications }));
    expect(plan.skip).toHaveLength(1);
  });

  it('keeps openings for after quiet hours', () => {
    const plan = planAnnouncement([opening(1, 'a')], context({ minuteOfDay: 23 * 60, settings: { ...DEFAULT_SETTINGS.notifications, enabled: true, quietHours: { from: 22 * 60, to: 7 * 60 } } }));
    expect(plan.defer).toHaveLength(1);
    expect(plan.notification).toBeUndefined();
  });

  it.each([
    [23 * 60, { from: 22 * 60, to: 7 * 60 }, true],
    [6 * 60, { from: 22 * 60, to: 7 * 60 }, true],
    [7 * 60, { from: 22 * 60, to: 7 * 60 }, false],
    [13 * 60, { from: 12 * 60, to: 14 * 60 }, true],
    [15 * 60, { from: 12 * 60, to: 14 * 60 }, false],
  ])('quiet hours at minute %i of %j: %s', (minute, quiet, expected) => {
    expect(inQuietHours(minute, quiet)).toBe(expected);
  });
});

describe('planAnnouncement: saved offers', () => {
  const event = (seq: number, type: OfferEvent['type'], offerId: string, extra: Partial<OfferEvent> = {}): OfferEvent => ({
    seq, type, sourceId: 's', offerId, title: `T${offerId}`, at: seq * 10, syncId: 'x', baseline: false, announce: 'pending', seen: 1, ...extra,
  });
  const savedContext = (muted: string[] = [], overrides: Partial<AnnouncementContext> = {}) => context({
    saved: new Map(['a', 'b'].map((id) => [id, { snapshot: sampleOffer({ id }), alertsMuted: muted.includes(id) ? true as const : undefined }])),
    versionAt: (offerId, at) => (offerId === 'a' && at === 10 ? { offerId, sourceId: 's', seenAt: at, changes: [{ field: 'title', before: 'A', after: 'B' }, { field: 'location', before: 'Paris', after: 'Lyon' }], body: { added: [], removed: [] } } : undefined),
    ...overrides,
  });

  it('makes one line per saved offer, beside the openings, whatever the skills asked', () => {
    const plan = planAnnouncement([event(1, 'updated', 'a'), event(2, 'closed', 'b'), opening(3, 'c')], savedContext([], { mySkills: ['Figma'], settings: { ...DEFAULT_SETTINGS.notifications, enabled: true, minMatchingSkills: 1 } }));
    expect(plan.notification?.offers.map((offer) => [offer.offerId, offer.alert])).toEqual([
      ['a', { kind: 'changed', change: { field: 'title', before: 'A', after: 'B' }, more: 1 }],
      ['b', { kind: 'closed' }],
    ]);
    expect(plan.skip.map((skipped) => skipped.seq)).toEqual([3]);
  });

  it('says what matters most when one saved offer went through several events', () => {
    const plan = planAnnouncement([event(1, 'updated', 'a'), event(2, 'closed', 'a'), event(3, 'removed', 'a')], savedContext());
    expect(plan.notification?.offers).toEqual([expect.objectContaining({ offerId: 'a', alert: { kind: 'removed' }, at: 30 })]);
    expect(plan.announce).toHaveLength(3);
  });

  it('skips a muted offer, and everything when notifications are off; waits out quiet hours', () => {
    expect(planAnnouncement([event(1, 'closed', 'a')], savedContext(['a'])).skip).toHaveLength(1);
    expect(planAnnouncement([event(1, 'closed', 'b')], savedContext([], { settings: { ...DEFAULT_SETTINGS.notifications, enabled: false } })).skip).toHaveLength(1);
    expect(planAnnouncement([event(1, 'closed', 'b')], savedContext([], { minuteOfDay: 23 * 60, settings: { ...DEFAULT_SETTINGS.notifications, enabled: true, quietHours: { from: 22 * 60, to: 7 * 60 } } })).defer).toHaveLength(1);
  });

  it('announces a reopened saved offer even closed again since, and skips an unsaved offer’s other news', () => {
    const plan = planAnnouncement([event(1, 'opened', 'b'), event(2, 'closed', 'c')], savedContext([], {}));
    expect(plan.notification?.offers.map((offer) => offer.offerId)).toEqual(['b']);
    expect(plan.skip.map((skipped) => skipped.seq)).toEqual([2]);
  });
});

describe('planAnnouncement with saved searches', () => {
  const search = (id: string, createdAt: number, muted = false) => ({ id, name: `Recherche ${id}`, query: '', filters: {}, muted, createdAt });
  const match = (searchId: string, offerId: string, eventSeq: number) => ({ searchId, offerId, eventSeq, at: 0 });

  it('announces only the openings that made a match of a search not muted, each posting once, grouped by search', () => {
    const alerts = {
      searches: [search('late', 2), search('early', 1), search('muted', 3, true)],
      matches: [match('early', 'a', 1), match('late', 'a', 1), match('late', 'b', 2), match('muted', 'c', 3)],
    };
    const plan = planAnnouncement([opening(1, 'a'), opening(2, 'b'), opening(3, 'c')], context({ alerts }));
    expect(plan.announce.map((event) => event.seq)).toEqual([1, 2]);
    expect(plan.skip.map((event) => event.seq)).toEqual([3]);
    expect(plan.notification?.offers.map((offer) => offer.offerId)).toEqual(['a', 'b']);
    expect(plan.notification?.groups).toEqual([
      { searchId: 'early', name: 'Recherche early', offerIds: ['a'] },
      { searchId: 'late', name: 'Recherche late', offerIds: ['a', 'b'] },
    ]);
  });

  it('announces a posting that opened twice by the opening that made it a match', () => {
    const plan = planAnnouncement([opening(4, 'a'), opening(6, 'a')], context({ alerts: { searches: [search('s', 1)], matches: [match('s', 'a', 6)] } }));
    expect(plan.announce.map((event) => event.seq)).toEqual([6]);
    expect(plan.skip.map((event) => event.seq)).toEqual([4]);
  });

  it('never announces a reopening whose posting the search matched before: its match is tied to the first opening', () => {
    const plan = planAnnouncement([opening(9, 'a')], context({ alerts: { searches: [search('s', 1)], matches: [] } }));
    expect(plan.notification).toBeUndefined();
    expect(plan.skip.map((event) => event.seq)).toEqual([9]);
  });

  it('announces every opening, without groups, when the seeker keeps no saved search', () => {
    const plan = planAnnouncement([opening(1, 'a'), opening(2, 'b')], context({ alerts: { searches: [], matches: [] } }));
    expect(plan.announce).toHaveLength(2);
    expect(plan.notification?.groups).toBeUndefined();
  });
});
