import type { FileRecord, SourceRecord } from './records';

/** Sources as the options page lists them: in the order they were added, then by name (the defaults share one time). */
export function sourcesInAddedOrder(sources: readonly SourceRecord[]): SourceRecord[] {
  return [...sources].sort((a, b) => a.addedAt - b.addedAt || a.name.localeCompare(b.name));
}

/** Files by the source they belong to, in the order given. */
export function filesBySource(files: readonly FileRecord[]): Map<string, FileRecord[]> {
  const groups = new Map<string, FileRecord[]>();
  for (const file of files) groups.set(file.sourceId, [...(groups.get(file.sourceId) ?? []), file]);
  return groups;
}
