// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { TrackerApp } from '../../components/tracker/tracker-app';
import type { TrackerActions } from '../../components/tracker/tracker-model';
import type { FavoriteRecord, Stage } from '../../lib/db/records';
import { sampleOffer } from '../db/sample-offer';
import { renderInFrench } from './render';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 11, 6, 10).getTime();

function favorite(offerId: string, title: string, stage: Stage, movedAt: number): FavoriteRecord {
  return {
    offerId, snapshot: sampleOffer({ id: offerId, title, organization: 'ANCT' }), note: '', stage, savedAt: NOW - 30 * DAY, updatedAt: movedAt,
    stageHistory: [{ stage: 'saved', at: NOW - 30 * DAY }, ...(stage === 'saved' ? [] : [{ stage, at: movedAt }])],
  };
}

function board(favorites: FavoriteRecord[]) {
  const actions: TrackerActions = { setStage: vi.fn(async () => true), setNote: vi.fn(async () => true), setContact: vi.fn(async () => true), setStepDate: vi.fn(async () => true) };
  const shown = renderInFrench(<TrackerApp favorites={favorites} followUpDays={7} actions={actions} journalUrl="journal.html" now={NOW} />);
  return { shown, actions };
}

const column = (shown: HTMLElement, stage: Stage) => shown.querySelector<HTMLElement>(`[data-testid="tracker-column"][data-stage="${stage}"]`)!;
const titlesIn = (shown: HTMLElement, stage: Stage) => [...column(shown, stage).querySelectorAll('.card-handle')].map((handle) => handle.textContent);

describe('the tracker board', () => {
  it('shows a column per stage with its count, and on each card its last step and follow-up', () => {
    const { shown } = board([favorite('a', 'Designer UX', 'applied', new Date(2026, 11, 3, 9).getTime()), favorite('b', 'Archiviste', 'applied', NOW - 9 * DAY)]);
    expect([...shown.querySelectorAll('.tracker-column h2')].map((title) => title.textContent)).toEqual([
      'Sauvegardée (0)', 'Candidature envoyée (2)', 'Entretien (0)', 'Proposition (0)', 'Refusée (0)',
    ]);
    const designer = shown.querySelector('[data-offer-id="a"]')!;
    expect(designer.querySelector('[data-testid="card-step"]')?.textContent).toBe('Candidature envoyée le 3 déc.');
    expect(designer.querySelector('[data-testid="follow-up"]')).toBeNull();
    expect(shown.querySelector('[data-offer-id="b"] [data-testid="follow-up"]')?.textContent).toBe('Sans réponse depuis 9 jours : pensez à relancer');
    expect(shown.querySelector('[data-testid="follow-up-count"]')?.textContent).toBe('À relancer : 1');
  });

  it('says it is busy while the saved offers are read, its columns drawn empty', () => {
    const actions: TrackerActions = { setStage: vi.fn(async () => true), setNote: vi.fn(async () => true), setContact: vi.fn(async () => true), setStepDate: vi.fn(async () => true) };
    const loading = renderInFrench(<TrackerApp favorites={undefined} followUpDays={7} actions={actions} journalUrl="journal.html" now={NOW} />);
    expect(loading.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(loading.querySelectorAll('.tracker-column .card-handle')).toHaveLength(0);
    expect(board([]).shown.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
  });

  it('moves a card with the arrow keys, says so to screen readers, and keeps the focus on it', () => {
    const { shown, actions } = board([favorite('a', 'Designer UX', 'applied', NOW - DAY)]);
    const handle = shown.querySelector<HTMLButtonElement>('[data-card-handle="a"]')!;
    expect(handle.getAttribute('aria-roledescription')).toBe('carte déplaçable');
    expect(document.getElementById(handle.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Déplacez une carte à la souris, ou au clavier/);
    handle.focus();
    act(() => void handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(actions.setStage).toHaveBeenCalledWith('a', 'interview');
    expect(titlesIn(shown, 'interview')).toEqual(['Designer UX']);
    expect(titlesIn(shown, 'applied')).toEqual([]);
    expect(shown.querySelector('[data-testid="move-announcement"]')?.textContent).toBe('« Designer UX » déplacée dans « Entretien », colonne 3 sur 5');
    expect(document.activeElement?.getAttribute('data-card-handle')).toBe('a');
  });

  it('says when a card cannot go further, and moves nothing', () => {
    const { shown, actions } = board([favorite('s', 'Archiviste', 'saved', NOW - DAY)]);
    const handle = shown.querySelector<HTMLButtonElement>('[data-card-handle="s"]')!;
    act(() => void handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true })));
    expect(actions.setStage).not.toHaveBeenCalled();
    expect(shown.querySelector('[data-testid="move-announcement"]')?.textContent).toBe('« Archiviste » est déjà dans la dernière colonne de ce côté');
  });

  it('moves a card with its labelled menu', () => {
    const { shown, actions } = board([favorite('a', 'Designer UX', 'applied', NOW - DAY)]);
    const select = shown.querySelector<HTMLSelectElement>('[data-move-select="a"]')!;
    expect(select.closest('label')?.querySelector('.visually-hidden')?.textContent).toBe('Déplacer « Designer UX » vers');
    act(() => {
      select.value = 'rejected';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(actions.setStage).toHaveBeenCalledWith('a', 'rejected');
    expect(titlesIn(shown, 'rejected')).toEqual(['Designer UX']);
  });
});
