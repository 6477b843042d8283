import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { SEEN_DWELL_MS, SeenInList } from '../../lib/board/seen-in-list';
import type { Stage } from '../../lib/db/records';
import type { BoardResult } from '../../lib/board/select-results';
import type { Board } from '../../lib/board/read-board';
import { useT } from '../i18n';
import { moveRowFocus } from './move-focus';
import { OfferRow } from './offer-row';
import type { NoiseReason } from '../../lib/noise/judge-noise';
import type { OfferSummary } from '../../lib/db/records';
import type { MatchExplanation } from '../../lib/board/why-matched';

interface Props {
  results: BoardResult[];
  total: number;
  explain: Board['explain'];
  /** The postings' bodies, for the words a result matched only in its text (see useBodies). */
  loadBodies: (offerIds: string[]) => Promise<Map<string, string>>;
  savedIds: ReadonlySet<string>;
  stages: ReadonlyMap<string, Stage>;
  newIds: ReadonlySet<string>;
  /** New rows the seeker has seen in the list (SeenInList's rule). */
  onSeen: (offerIds: string[]) => void;
  onOpen: (offerId: string) => void;
  onToggleSave: (offerId: string) => void;
  /** Why a result is hidden or blocked; only while the seeker shows those. */
  noiseOf: (summary: OfferSummary) => NoiseReason | undefined;
  onHide: (summary: OfferSummary) => void;
  onShowAgain: (summary: OfferSummary, reason: NoiseReason) => void;
  onShowMore: () => void;
}

/** Keys that hide the focused row's posting ("not interested"). */
const HIDE_KEYS = new Set(['h', 'H', 'Delete']);

export function ResultList({ results, total, explain, loadBodies, savedIds, stages, newIds, onSeen, onOpen, onToggleSave, noiseOf, onHide, onShowAgain, onShowMore }: Props) {
  const t = useT();
  const list = useRef<HTMLUListElement>(null);
  useSeenRows(list, results, newIds, onSeen);
  const [bodies, setBodies] = useState<ReadonlyMap<string, string>>(new Map());
  const whys = useMemo(() => results.map((result) => explain?.(result.summary, result.matchedTerms, bodies.get(result.summary.id))), [results, explain, bodies]);
  useBodies(results, whys, bodies, loadBodies, setBodies);

  function onKeyDown(event: KeyboardEvent) {
    if (!list.current) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveRowFocus(list.current, event.key === 'ArrowDown' ? 1 : -1);
    }
    if (HIDE_KEYS.has(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const result = resultOf(event.target as HTMLElement);
      if (result && !noiseOf(result.summary)) {
        event.preventDefault();
        // Focus goes on to the next posting (the previous one at the end) before this one leaves the list.
        if (!moveRowFocus(list.current, 1) || document.activeElement?.closest('[data-offer-id]') === (event.target as HTMLElement).closest('[data-offer-id]')) moveRowFocus(list.current, -1);
        onHide(result.summary);
      }
    }
    if (event.key === 's' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const row = (event.target as HTMLElement).closest<HTMLElement>('[data-offer-id]');
      if (row?.dataset.offerId) {
        event.preventDefault();
        onToggleSave(row.dataset.offerId);
      }
    }
  }

  function resultOf(target: HTMLElement): BoardResult | undefined {
    const id = target.closest<HTMLElement>('[data-offer-id]')?.dataset.offerId;
    return results.find((result) => result.summary.id === id);
  }

  return (
    <>
      <ul class="results" ref={list} onKeyDown={onKeyDown} aria-label={t('resultsLabel')}>
        {results.map((result, i) => (
          <OfferRow
            key={result.summary.id}
            result={result}
            why={whys[i]}
            saved={savedIds.has(result.summary.id)}
            stage={stages.get(result.summary.id)}
            isNew={newIds.has(result.summary.id)}
            noise={noiseOf(result.summary)}
            onOpen={() => onOpen(result.summary.id)}
            onToggleSave={() => onToggleSave(result.summary.id)}
            onHide={() => onHide(result.summary)}
            onShowAgain={() => {
              const reason = noiseOf(result.summary);
              if (reason) onShowAgain(result.summary, reason);
            }}
          />
        ))}
      </ul>
      {total > results.length && (
        <button type="button" class="show-more" onClick={onShowMore}>
          {t('showMore', [String(total - results.length)])}
        </button>
      )}
    </>
  );
}

/** Bodies are read once typing pauses: a keystroke reads none. */
const READ_BODIES_AFTER_MS = 150;
/** Bodies kept for the snippets: past this many, the list starts again from the rows shown. */
const MAX_KEPT_BODIES = 200;

/**
 * Reads the bodies of the rows whose matched words are only in their text, to show them there
 * as the posting writes them (the index knows them folded: "developpeurs").
 */
function useBodies(
  results: readonly BoardResult[],
  whys: ReadonlyArray<MatchExplanation | undefined>,
  bodies: ReadonlyMap<string, string>,
  loadBodies: (offerIds: string[]) => Promise<Map<string, string>>,
  setBodies: (update: (bodies: ReadonlyMap<string, string>) => ReadonlyMap<string, string>) => void,
) {
  useEffect(() => {
    const missing = results.filter((result, i) => (whys[i]?.textTerms.length ?? 0) > 0 && !bodies.has(result.summary.id)).map((result) => result.summary.id);
    if (missing.length === 0) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void loadBodies(missing).then((loaded) => {
        if (cancelled) return;
        setBodies((kept) => new Map([...(kept.size > MAX_KEPT_BODIES ? [] : kept), ...loaded]));
      });
    }, READ_BODIES_AFTER_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [whys]);
}

/**
 * Reports the new rows that stood in view long enough to be read (at least 60 % of the row, for
 * SEEN_DWELL_MS), while the popup is shown; they keep their "new" mark until it closes.
 */
function useSeenRows(list: { current: HTMLUListElement | null }, results: readonly unknown[], newIds: ReadonlySet<string>, onSeen: (offerIds: string[]) => void) {
  const rule = useRef(new SeenInList(SEEN_DWELL_MS));
  useEffect(() => {
    if (!list.current || newIds.size === 0) return;
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const id = (entry.target as HTMLElement).dataset.offerId;
        if (!id) continue;
        if (entry.isIntersecting && entry.intersectionRatio >= 0.6 && document.visibilityState === 'visible') rule.current.enter(id, performance.now());
        else rule.current.leave(id);
      }
    }, { threshold: [0, 0.6, 1] });
    list.current.querySelectorAll<HTMLElement>('[data-offer-id]').forEach((row) => {
      if (newIds.has(row.dataset.offerId ?? '')) observer.observe(row);
    });
    const timer = setInterval(() => {
      const seen = rule.current.takeSeen(performance.now());
      if (seen.length > 0) onSeen(seen);
    }, 500);
    return () => {
      observer.disconnect();
      clearInterval(timer);
    };
  }, [results, newIds]);
}
