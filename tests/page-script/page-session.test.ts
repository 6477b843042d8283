// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { PageContext } from '../../lib/page/page-context';
import { packedPageTrie, pageSkillTerms } from '../../lib/page/page-skill-terms';
import type { PanelState } from '../../lib/page-script/page-panel-model';
import { createPageSession, type PageLifetime } from '../../lib/page-script/page-session';
import { waitFor } from '../support/wait-for';

const terms = pageSkillTerms(['Python']);
const lifetime: PageLifetime = {
  isInvalid: false,
  setTimeout: (handler, timeout) => setTimeout(handler, timeout) as unknown as number,
  requestAnimationFrame: (callback) => setTimeout(() => callback(0), 0) as unknown as number,
};

function context(overrides: Partial<PageContext>): PageContext {
  return { trie: packedPageTrie(terms), mySkills: terms.mine, kind: 'none', listed: 0, hidden: false, otherSkills: false, folded: false, ...overrides };
}

const OFFER = { id: 'src:a.md', title: 'Dev Python', known: true, status: 'open' as const, saved: false, match: { score: 1, held: 1, asked: 1, matched: ['Python'], missing: [], implied: [], groups: [], optionalHeld: [] }, labels: { matched: ['Python'], missing: [] }, painted: { held: ['Python'], missing: [] }, asideTexts: [] };

/** A session over `document`, the worker answering `answer`; what it asked and what its panel showed. */
function sessionWith(answer: PageContext) {
  const asked: Array<Record<string, unknown>> = [];
  const panels: Array<{ states: PanelState[]; revealed: number; destroyed: boolean }> = [];
  const send = async (message: unknown) => {
    const request = message as Record<string, unknown>;
    asked.push(request);
    if (request.type === 'getPageContext') return answer;
    if (request.type === 'saveFromPage') return { ok: true, offer: { ...OFFER, saved: true, stage: 'saved' } };
    return true;
  };
  const session = createPageSession(lifetime, send, () => {
    const panel = { states: [] as PanelState[], revealed: 0, destroyed: false };
    panels.push(panel);
    return { update: (state) => panel.states.push(state), reveal: () => panel.revealed++, destroy: () => (panel.destroyed = true) };
  });
  return { session, asked, panels };
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('createPageSession', () => {
  it('paints what the posting’s card counts: no skill of the seeker’s named only where the posting presents its organization, every member of a list they hold none of', async () => {
    document.body.innerHTML = '<main><h1>Dev</h1><p>Stack : Docker. Un framework parmi React ou Vue.</p><h2>Qui sommes-nous ?</h2><p>Notre outil interne est écrit en Python et Docker.</p></main>';
    const mine = pageSkillTerms(['Python', 'Docker']);
    // The card: Docker held; one of React, Vue.js, held by none; Python, in the organization's part, not counted,
    // nor is anything of that part painted, not even Docker.
    const offer = { ...OFFER, painted: { held: ['Docker'], missing: ['React', 'Vue.js'] }, asideTexts: ['Qui sommes-nous ?', 'Notre outil interne est écrit en Python et Docker.'] };
    const { session } = sessionWith(context({ trie: packedPageTrie(mine), mySkills: mine.mine, kind: 'posting', listed: 1, offer, otherSkills: true }));
    await session.start(false);
    const marks = () => [...document.querySelectorAll('vigie-mark')].map((mark) => `${mark.textContent}:${mark.getAttribute('data-kind')}`);
    await waitFor(() => marks().length >= 3, { message: 'the skills painted' });
    expect(marks()).toEqual(['Docker:match', 'React:missing', 'Vue:missing']);
    session.stop();
  });

  it('opens by itself on a page of one posting', async () => {
    document.body.innerHTML = '<p>Python</p>';
    const { session, panels } = sessionWith(context({ kind: 'posting', listed: 1, offer: OFFER }));
    await session.start(false);
    expect(panels).toHaveLength(1);
    expect(panels[0]!.states.at(-1)).toMatchObject({ kind: 'posting', offer: OFFER });
    expect(panels[0]!.revealed).toBe(0);
    session.stop();
  });

  it('stays closed by itself on a list, and asked, says so and saves nothing', async () => {
    document.body.innerHTML = '<ul><li>Python</li><li>Docker</li></ul>';
    const { session, asked, panels } = sessionWith(context({ kind: 'list', listed: 12 }));
    await session.start(false);
    expect(panels).toHaveLength(0);
    await session.handle({ type: 'vigie:save' });
    expect(panels).toHaveLength(1);
    expect(panels[0]!.states.at(-1)).toMatchObject({ kind: 'list', listed: 12, offer: undefined });
    expect(panels[0]!.revealed).toBe(1);
    expect(asked.map((request) => request.type)).not.toContain('saveFromPage');
    session.stop();
    expect(panels[0]!.destroyed).toBe(true);
  });

  it('after an in-page navigation, stays closed by itself again on a list though it was asked for on the page before', async () => {
    document.body.innerHTML = '<ul><li>Python</li><li>Docker</li></ul>';
    const { session, panels } = sessionWith(context({ kind: 'list', listed: 12 }));
    await session.handle({ type: 'vigie:show' });
    expect(panels).toHaveLength(1);
    await session.restart();
    expect(panels).toHaveLength(1);
    expect(panels[0]!.destroyed).toBe(true);
    session.stop();
  });

  it('tells the worker how many postings the page declares, and sends a posting only when it declares one', async () => {
    const posting = (title: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title, description: 'Python' })}</script>`;
    document.head.innerHTML = posting('Dev Python') + posting('Data engineer');
    const list = sessionWith(context({ kind: 'list', listed: 2 }));
    await list.session.start(false);
    expect(list.asked[0]).toMatchObject({ type: 'getPageContext', declared: 2, posting: undefined });
    document.head.innerHTML = posting('Dev Python');
    const one = sessionWith(context({ kind: 'posting', listed: 1, offer: { ...OFFER, known: false } }));
    await one.session.start(false);
    expect(one.asked[0]).toMatchObject({ declared: 1, posting: { title: 'Dev Python' } });
    await one.session.handle({ type: 'vigie:save' });
    expect(one.asked.at(-1)).toMatchObject({ type: 'saveFromPage', posting: { title: 'Dev Python' } });
    await waitFor(() => one.panels[0]!.states.at(-1)?.offer?.saved, { message: 'the saved state' });
    one.session.stop();
  });

  it('does not open by itself where the user hid it', async () => {
    const { session, panels } = sessionWith(context({ kind: 'posting', listed: 1, offer: OFFER, hidden: true }));
    await session.start(false);
    expect(panels).toHaveLength(0);
  });
});
