import type { DuplicateMember } from './find-duplicates';
import type { NoiseJudge } from '../noise/judge-noise';

/** Offer id → the group it belongs to (every member, itself included); absent for a posting seen once. */
export type DuplicateIndex = ReadonlyMap<string, readonly DuplicateMember[]>;

export function indexGroups(groups: readonly (readonly DuplicateMember[])[]): Map<string, readonly DuplicateMember[]> {
  return new Map(groups.flatMap((group) => group.map((member) => [member.id, group] as const)));
}

/** One result per posting: the best-ranked member of each group stands for it, the others leave. */
export function mergeDuplicateHits<T extends { id: string }>(hits: readonly T[], groups: DuplicateIndex): T[] {
  if (groups.size === 0) return [...hits];
  const seen = new Set<readonly DuplicateMember[]>();
  return hits.filter((hit) => {
    const group = groups.get(hit.id);
    if (!group) return true;
    if (seen.has(group)) return false;
    seen.add(group);
    return true;
  });
}

/** Saving one member saves the posting: every member of a saved one's group reads as saved. */
export function savedAcrossGroups(savedIds: Iterable<string>, groups: DuplicateIndex): Set<string> {
  const saved = new Set<string>();
  for (const id of savedIds) {
    saved.add(id);
    for (const member of groups.get(id) ?? []) saved.add(member.id);
  }
  return saved;
}

/** The members of a posting's group that are saved: unsaving the posting unsaves them all. */
export function savedMembers(offerId: string, savedIds: ReadonlySet<string>, groups: DuplicateIndex): string[] {
  const members = groups.get(offerId)?.map((member) => member.id) ?? [offerId];
  return members.filter((id) => savedIds.has(id));
}

/** One saved entry per posting, the first of each group in the given order (the list's: last changed first). */
export function oneEntryPerPosting<T extends { offerId: string }>(favorites: readonly T[], groups: DuplicateIndex): T[] {
  return mergeDuplicateHits(favorites.map((favorite) => ({ id: favorite.offerId, favorite })), groups).map(({ favorite }) => favorite);
}

/** Sanitizes the groups the worker stored, read back by the popup (untrusted storage). */
export function readDuplicateGroups(value: unknown): DuplicateMember[][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((group) => {
    if (!Array.isArray(group)) return [];
    const members = group.flatMap((member): DuplicateMember[] => {
      if (typeof member !== 'object' || member === null) return [];
      const { id, sourceId, url, title } = member as Record<string, unknown>;
      if (typeof id !== 'string' || typeof sourceId !== 'string' || typeof title !== 'string') return [];
      return [{ id, sourceId, title, ...(typeof url === 'string' ? { url } : {}) }];
    });
    return members.length > 1 ? [members] : [];
  });
}

/**
 * A judge that hides a posting when the seeker hid any copy of it: hiding the row shown for a
 * merged posting must not bring up its other copy in its place.
 */
export function judgeWithGroups(judge: NoiseJudge, groups: DuplicateIndex): NoiseJudge {
  if (groups.size === 0) return judge;
  return (posting) => {
    const own = judge(posting);
    if (own) return own;
    const group = groups.get(posting.id);
    const hiddenCopy = group?.find((member) => member.id !== posting.id && judge({ id: member.id, title: member.title })?.kind === 'hidden');
    return hiddenCopy ? { kind: 'hidden', copyId: hiddenCopy.id } : undefined;
  };
}
