import type { BoardLocation, FetchFailure, HttpClient } from '../types';
import type { BoardAdapter } from './define-board-adapter';

export type BoardPreview =
  | { ok: true; name: string; openCount: number }
  | { ok: false; failure: FetchFailure };

/**
 * What the seeker sees before adding a board: its name (as the answer gives it, else the
 * company's name in the address) and how many positions it lists. One request; nothing stored.
 */
export async function previewBoard(adapter: BoardAdapter, location: BoardLocation, http: HttpClient, signal?: AbortSignal): Promise<BoardPreview> {
  const result = await http.getBytes(location.url, { signal });
  if (!result.ok) return result;
  const content = adapter.readBody(result.value.body, location);
  if (!content.ok) return { ok: false, failure: { kind: 'unexpected-answer', reason: content.reason, url: location.url } };
  return { ok: true, name: content.value.name ?? location.board, openCount: content.value.postings.length };
}
