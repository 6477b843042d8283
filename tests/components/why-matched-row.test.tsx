// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ResultList } from '../../components/popup/result-list';
import { explainMatch } from '../../lib/board/why-matched';
import type { OfferSummary } from '../../lib/db/records';
import { renderInFrench } from './render';

const summary: OfferSummary = { id: 'a', sourceId: 's', title: 'Chef·fe de projet', status: 'open', contract: 'unknown', remote: 'unknown', skills: [], tags: [], firstSeenAt: 0 };

describe('a result row says where its text holds the words it matched', () => {
  it('reads the body once typing pauses, and shows its words as written, marked', async () => {
    vi.useFakeTimers();
    try {
      const read: string[][] = [];
      const loadBodies = async (ids: string[]) => {
        read.push(ids);
        return new Map([['a', 'Vous travaillerez avec nos **Développeurs** et designers.']]);
      };
      const shown = renderInFrench(
        <ResultList results={[{ summary, score: 1, matchedTerms: ['developpeurs'] }]} total={1} explain={explainMatch} loadBodies={loadBodies}
          savedIds={new Set()} stages={new Map()} newIds={new Set()} onSeen={() => {}} onOpen={() => {}} onToggleSave={() => {}}
          noiseOf={() => undefined} onHide={() => {}} onShowAgain={() => {}} onShowMore={() => {}} />,
      );
      // Nothing read while typing, and never the index's folded word.
      expect(read).toEqual([]);
      expect(shown.textContent).not.toContain('developpeurs');
      await act(async () => {
        await vi.advanceTimersByTimeAsync(200);
      });
      expect(read).toEqual([['a']]);
      const why = shown.querySelector('[data-testid="why-text"]');
      expect(why?.textContent).toBe('Dans le texte : Vous travaillerez avec nos Développeurs et designers.');
      expect([...why!.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Développeurs']);
      expect(shown.textContent).not.toContain('developpeurs');
    } finally {
      vi.useRealTimers();
    }
  });
});
