import type { SourcePreview } from '../messaging/protocol';
import { previewBoard } from './boards/preview-board';
import { boardAdapterFor, isBoardLocation, parseSourceUrl } from './index';
import type { HttpClient } from './types';

/** The preview the options page shows for a pasted board or feed address. */
export async function previewSource(url: string, http: HttpClient): Promise<SourcePreview> {
  const parsed = parseSourceUrl(url);
  if (!parsed.ok) return parsed;
  if (!isBoardLocation(parsed.location)) return { ok: false, error: 'not-a-board' };
  const preview = await previewBoard(boardAdapterFor(parsed.location), parsed.location, http);
  return preview.ok ? preview : { ok: false, error: 'fetch', failure: preview.failure };
}
