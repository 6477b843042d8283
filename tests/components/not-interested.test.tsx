// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { NotInterestedSection } from '../../components/options/not-interested-section';
import { ResultList } from '../../components/popup/result-list';
import type { NoiseChange } from '../../lib/noise/noise-change';
import { hideRule, organizationRule, wordRule } from '../../lib/noise/noise-rules';
import type { OfferSummary } from '../../lib/db/records';
import { renderInFrench } from './render';

const summary = (id: string, title: string, organization?: string): OfferSummary => ({ id, sourceId: 's', title, organization, status: 'open', contract: 'unknown', remote: 'unknown', skills: [], tags: [], firstSeenAt: 0 });

describe('the list of what is hidden and blocked', () => {
  const postings = [summary('a', 'Développeur', 'Etalab'), summary('b', 'Designer', 'Etalab'), summary('c', 'Stage ops')];
  const rules = [organizationRule('Etalab', 3)!, wordRule('stage', 'title', 2)!, hideRule('z', 'Ancienne offre', Date.UTC(2025, 2, 12, 12))];

  it('lists each rule with what it leaves out, and undoes the one asked', () => {
    const changes: NoiseChange[] = [];
    const shown = renderInFrench(<NotInterestedSection data={{ rules, wordHits: new Map(), postings }} onChange={async (change) => changes.push(change)} />);
    const texts = (kind: string) => [...shown.querySelectorAll(`[data-testid="noise-${kind}"] li`)].map((item) => item.textContent);
    expect(texts('organization')).toEqual(['Etalab — 2 offres masquées aujourd’hui Débloquer']);
    expect(texts('word')).toEqual(['stagedans le titre — 1 offre masquée aujourd’hui Débloquer']);
    expect(texts('hidden')).toEqual(['Ancienne offre — masquée le 12 mars 2025 Ne plus masquer']);
    expect(shown.querySelector('#noise-organization')?.textContent).toBe('Organisation bloquée (1)');
    const undo = shown.querySelector<HTMLButtonElement>('[data-testid="noise-word"] [data-testid="undo-rule"]')!;
    expect(undo.getAttribute('aria-label')).toBe('Annuler : stage');
    undo.click();
    expect(changes).toEqual([{ action: 'undo', kind: 'word', key: 'stage' }]);
  });

  it('says when nothing is hidden', () => {
    const shown = renderInFrench(<NotInterestedSection data={{ rules: [], wordHits: new Map(), postings }} onChange={async () => undefined} />);
    expect(shown.textContent).toContain('Rien n’est masqué ni bloqué.');
  });
});

describe('hiding from the results', () => {
  function list(onHide: (summary: OfferSummary) => void) {
    const results = [summary('a', 'Développeur'), summary('b', 'Designer'), summary('c', 'Ops')].map((s) => ({ summary: s, score: 0, matchedTerms: [] }));
    return renderInFrench(
      <ResultList results={results} total={3} explain={undefined} loadBodies={async () => new Map()} savedIds={new Set()} stages={new Map()} newIds={new Set()} onSeen={() => {}} onOpen={() => {}} onToggleSave={() => {}}
        noiseOf={() => undefined} onHide={onHide} onShowAgain={() => {}} onShowMore={() => {}} />,
    );
  }

  it('hides the focused row with the H key, focus going on to the next row', () => {
    const hidden: string[] = [];
    const shown = list((s) => hidden.push(s.id));
    const rows = [...shown.querySelectorAll<HTMLElement>('[data-row-focus]')];
    rows[1]!.focus();
    act(() => void rows[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true })));
    expect(hidden).toEqual(['b']);
    expect(document.activeElement).toBe(rows[2]);
    rows[2]!.focus();
    act(() => void rows[2]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true })));
    expect(hidden).toEqual(['b', 'c']);
    expect(document.activeElement).toBe(rows[1]);
  });

  it('names the posting on its hide button', () => {
    const button = list(() => {}).querySelector('[data-testid="hide"]')!;
    expect(button.getAttribute('aria-label')).toBe('Pas intéressé : masquer « Développeur »');
  });
});
