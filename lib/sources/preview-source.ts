import { previewBoard } from './boards/preview-board';
import { boardAdapterFor, isBoardLocation, parseSourceUrl } from './index';
import type { FetchFailure, HttpClient } from './types';

/** What the options page shows of a board before the user follows it. */
export type SourcePreview =
  | { ok: true; name: string; openCount: number }
  | { ok: false; error: 'not-a-url' | 'unsupported' | 'not-a-board' }
  | { ok: false; error: 'fetch'; failure: FetchFailure };

/** The preview the options page shows for a pasted board or feed address. */
export async function previewSource(url: string, http: HttpClient): Promise<SourcePreview> {
  const parsed = parseSourceUrl(url);
  if (!parsed.ok) return parsed;
  if (!isBoardLocation(parsed.location)) return { ok: false, error: 'not-a-board' };
  const preview = await previewBoard(boardAdapterFor(parsed.location), parsed.location, http);
  return preview.ok ? preview : { ok: false, error: 'fetch', failure: preview.failure };
}
