import { createHash } from 'node:crypto';

/** Git's blob id, which GitHub sends as `sha`: sha1("blob <byteLength>\0" + content). */
export function gitBlobSha(content: Uint8Array): string {
  return createHash('sha1').update(`blob ${content.byteLength}\0`).update(content).digest('hex');
}

export interface TreeEntry {
  name: string;
  type: 'file' | 'dir';
  sha: string;
}

/** Git's tree id, so directory entries carry the sha GitHub would give them. */
export function gitTreeSha(entries: readonly TreeEntry[]): string {
  const parts = sortLikeGit(entries).map((entry) =>
    Buffer.concat([
      Buffer.from(`${entry.type === 'dir' ? '40000' : '100644'} ${entry.name}\0`),
      Buffer.from(entry.sha, 'hex'),
    ]),
  );
  const body = Buffer.concat(parts);
  return createHash('sha1').update(`tree ${body.byteLength}\0`).update(body).digest('hex');
}

/** Git orders a tree by bytes, comparing a directory's name as if it ended with "/". */
export function sortLikeGit<T extends Pick<TreeEntry, 'name' | 'type'>>(entries: readonly T[]): T[] {
  const key = (entry: T) => Buffer.from(entry.type === 'dir' ? `${entry.name}/` : entry.name);
  return [...entries].sort((a, b) => Buffer.compare(key(a), key(b)));
}
