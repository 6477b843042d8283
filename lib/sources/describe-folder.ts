/** Branches that go without saying in a name. */
const USUAL_BRANCHES = new Set(['main', 'master', 'HEAD']);

/** A full git commit id: the folder as it was then, never changing. */
export function isCommitSha(ref: string | undefined): boolean {
  return ref !== undefined && /^[0-9a-f]{40}$/i.test(ref);
}

/**
 * A source's default name: repository, folder, and what sets it apart from other sources of
 * the same repository: "archive" and the commit for a folder pinned to one, else a branch other
 * than the usual ones. "betagouv/beta.gouv.fr · content/_jobs · archive 77e2919".
 */
export function describeFolder(repository: string, location: { ref?: string; path: string }): string {
  const parts = [repository];
  const folder = location.path.split('/').filter(Boolean).join('/');
  if (folder) parts.push(folder);
  const ref = location.ref;
  if (ref && isCommitSha(ref)) parts.push(`archive ${ref.slice(0, 7)}`);
  else if (ref && !USUAL_BRANCHES.has(ref)) parts.push(ref);
  return parts.join(' · ');
}
