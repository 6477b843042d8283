// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { formatMoment } from '../../components/format-date';
import { SourceItem } from '../../components/options/source-item';
import type { FileRecord, SourceRecord } from '../../lib/db';
import { renderIn, renderInFrench } from './render';

const at = (hours: number, minutes: number) => new Date(2026, 11, 6, hours, minutes).getTime();
const actions = { renameSource: async () => true, setPaused: async () => true, removeSource: async () => true, syncNow: async () => undefined };

function source(sync: Partial<SourceRecord['sync']>): SourceRecord {
  return {
    id: 'src-1', key: 'k', url: 'https://github.com/o/r/tree/main/jobs', name: 'o/r · jobs',
    location: { kind: 'github', apiBase: 'https://api.github.com', owner: 'o', repo: 'r', ref: 'main', path: 'jobs' },
    paused: false, archive: false, addedAt: 0,
    sync: { status: 'ok', count: 0, openCount: 0, problemCount: 0, ...sync },
  };
}

const item = (record: SourceRecord, problems: FileRecord[] = []) =>
  renderInFrench(<SourceItem source={record} problems={problems} actions={actions} formatTime={(time) => formatMoment(time, 'fr', at(14, 30))} />);

describe('a source in the options page', () => {
  it('says once, in French and with times, that its host does not answer, and keeps "Sync now"', () => {
    const shown = item(source({ status: 'error', error: { kind: 'unreachable', host: 'github.com', since: at(14, 2), retryAt: at(14, 7), detail: 'Failed to fetch' } }));
    const problem = shown.querySelector('[data-testid="source-problem"]');
    expect(problem?.firstChild?.textContent).toBe('github.com ne répond plus depuis 14:02 ; Vigie réessaie à 14:07.');
    // The browser's words are there on demand only, folded.
    expect(problem?.querySelector('details:not([open]) code')?.textContent).toBe('Failed to fetch');
    expect(shown.querySelector<HTMLButtonElement>('[data-testid="sync-source"]')?.disabled).toBe(false);
    expect(shown.querySelector('.problems')).toBeNull();
  });

  it('never shows the browser’s error text as the sentence of a file problem', () => {
    const file: FileRecord = { id: 'src-1:jobs/a.md', sourceId: 'src-1', path: 'jobs/a.md', hasProblem: 1, checkedAt: 0,
      problem: { kind: 'fetch', failure: { kind: 'network', message: 'NetworkError when attempting to fetch resource.', url: 'https://x/a.md' } } };
    const shown = item(source({ status: 'error', problemCount: 1 }), [file]);
    const line = shown.querySelector('.problems li');
    expect(line?.firstChild?.nextSibling?.textContent).toBe(' — ');
    const sentence = [...(line?.childNodes ?? [])].filter((node) => !(node instanceof HTMLElement && node.tagName === 'DETAILS')).map((node) => node.textContent).join('');
    expect(sentence).toBe('jobs/a.md — le serveur est injoignable ; Vigie réessaiera.');
  });

  it('says a folder without posting files is empty, not a green "0 offers"', () => {
    const shown = item(source({ status: 'ok', fileCount: 0, lastSuccessAt: at(14, 0) }));
    expect(shown.querySelector('[data-testid="source"]')?.getAttribute('data-status')).toBe('empty');
    expect(shown.querySelector('.source-state')?.textContent).toContain('aucun fichier d’offre (.md) dans ce dossier');
  });

  it.each([
    { case: 'an archive', count: 61, openCount: 0, said: '61 offres, aucune ouverte' },
    { case: 'a live folder', count: 8, openCount: 2, said: '8 offres, dont 2 ouvertes' },
    { case: 'a folder with one open posting', count: 8, openCount: 1, said: '8 offres, dont une ouverte' },
    { case: 'a folder of one open posting', count: 1, openCount: 1, said: '1 offre, ouverte' },
    { case: 'a folder of one closed posting', count: 1, openCount: 0, said: '1 offre, aucune ouverte' },
  ])('counts the postings of $case in plain French ($said)', ({ count, openCount, said }) => {
    const shown = item(source({ status: 'ok', fileCount: count, count, openCount, lastSuccessAt: at(14, 0) }));
    expect(shown.querySelector('.source-state')?.textContent).toContain(said);
  });

  it.each([
    { count: 1, openCount: 1, said: '1 posting, open' },
    { count: 1, openCount: 0, said: '1 posting, not open' },
    { count: 2, openCount: 2, said: '2 postings, 2 open' },
  ])('counts the postings in plain English ($said)', ({ count, openCount, said }) => {
    const shown = renderIn('en', <SourceItem source={source({ status: 'ok', fileCount: count, count, openCount, lastSuccessAt: at(14, 0) })} problems={[]} actions={actions} formatTime={(time) => formatMoment(time, 'en', at(14, 30))} />);
    expect(shown.querySelector('.source-state')?.textContent).toContain(said);
  });
});
