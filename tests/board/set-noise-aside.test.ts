import { describe, expect, it } from 'vitest';
import type { OfferSummary } from '../../lib/db/records';
import { setNoiseAside } from '../../lib/board/select-results';
import { createNoiseJudge } from '../../lib/noise/judge-noise';
import { hideRule, organizationRule, wordRule } from '../../lib/noise/noise-rules';

const summary = (id: string, title: string, organization?: string): OfferSummary => ({ id, sourceId: 's', title, organization, status: 'open', contract: 'unknown', remote: 'unknown', skills: [], firstSeenAt: 0 });

describe('setNoiseAside', () => {
  it('keeps the order of what stays, and sets aside what the seeker hid or blocked', () => {
    const summaries = new Map([summary('a', 'Développeur'), summary('b', 'Stage design'), summary('c', 'Ops', 'Etalab'), summary('d', 'Data'), summary('e', 'Designer')].map((s) => [s.id, s]));
    const judge = createNoiseJudge([hideRule('d', 'Data', 1), organizationRule('ETALAB', 1)!, wordRule('stage', 'title', 1)!]);
    const hits = ['e', 'd', 'c', 'b', 'a'].map((id) => ({ id, score: 1, matchedTerms: [] }));
    const { kept, noise } = setNoiseAside(hits, summaries, judge);
    expect(kept.map((hit) => hit.id)).toEqual(['e', 'a']);
    expect(noise.map((hit) => hit.id)).toEqual(['d', 'c', 'b']);
  });
});
