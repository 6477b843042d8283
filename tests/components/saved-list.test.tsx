// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { SavedList } from '../../components/popup/saved-list';
import type { FavoriteRecord, Stage } from '../../lib/db/records';
import { sampleOffer } from '../db/sample-offer';
import { renderInFrench } from './render';

function favorite(offerId: string, title: string, stage: Stage, updatedAt: number): FavoriteRecord {
  return { offerId, snapshot: sampleOffer({ id: offerId, title }), note: '', stage, stageHistory: [{ stage, at: updatedAt }], savedAt: 0, updatedAt };
}

const FAVORITES = [
  favorite('a', 'Archiviste', 'saved', 30),
  favorite('b', 'Développeuse Python', 'applied', 20),
  favorite('c', 'Designer UX', 'interview', 10),
];

function list() {
  const noop = () => {};
  return renderInFrench(<SavedList favorites={FAVORITES} publishedIds={new Set()} onOpen={noop} onUnsave={noop} onNote={noop} onStage={noop} onExport={noop} onImport={noop} onOpenTracker={noop} />);
}

const titles = (shown: HTMLElement) => [...shown.querySelectorAll('[data-testid="saved-offer"] .offer-title')].map((title) => title.textContent);

function choose(shown: HTMLElement, name: string, value: string) {
  const select = shown.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the saved offers list', () => {
  it('offers each stage with its count, in labelled selects', () => {
    const shown = list();
    const stage = shown.querySelector<HTMLSelectElement>('select[name="saved-stage"]')!;
    expect(stage.closest('label')?.firstChild?.textContent).toBe('Étape');
    expect([...stage.options].map((option) => option.textContent)).toEqual([
      'Toutes (3)', 'Sauvegardée (1)', 'Candidature envoyée (1)', 'Entretien (1)', 'Proposition (0)', 'Refusée (0)',
    ]);
  });

  it('keeps the offers at the chosen stage, and says so when none is at it, with a way back to all', () => {
    const shown = list();
    choose(shown, 'saved-stage', 'applied');
    expect(titles(shown)).toEqual(['Développeuse Python']);
    choose(shown, 'saved-stage', 'offer');
    expect(titles(shown)).toEqual([]);
    const none = shown.querySelector('[data-testid="saved-none-at-stage"]')!;
    expect(none.textContent).toBe('Aucune offre enregistrée à l’étape « Proposition ». Tout voir (3)');
    act(() => none.querySelector('button')!.click());
    expect(titles(shown)).toEqual(['Archiviste', 'Développeuse Python', 'Designer UX']);
  });

  it('sorts by stage, furthest along first', () => {
    const shown = list();
    choose(shown, 'saved-order', 'stage');
    expect(titles(shown)).toEqual(['Designer UX', 'Développeuse Python', 'Archiviste']);
  });

  it('keeps a note typed just before the popup closes, without waiting for typing to pause', () => {
    const notes: string[] = [];
    const noop = () => {};
    const shown = renderInFrench(<SavedList favorites={FAVORITES} publishedIds={new Set()} onOpen={noop} onUnsave={noop} onNote={(offerId, note) => notes.push(`${offerId}: ${note}`)}
      onStage={noop} onExport={noop} onImport={noop} onOpenTracker={noop} />);
    const note = shown.querySelector<HTMLTextAreaElement>('[data-offer-id="b"] [data-testid="note"]')!;
    act(() => {
      note.value = 'Relancer lundi';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(notes).toEqual([]);
    dispatchEvent(new Event('pagehide'));
    expect(notes).toEqual(['b: Relancer lundi']);
  });
});
