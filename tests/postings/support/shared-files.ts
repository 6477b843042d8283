import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared folder beside the repository: real postings, never edited by tests. */
const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));

export interface SharedFile {
  name: string;
  /** Path inside its source repository, as a sync would give it. */
  path: string;
  sourceId: string;
  bytes: Uint8Array;
}

export function readSeed(name: string): Uint8Array {
  return readFileSync(`${SHARED}seeds/${name}`);
}

export function seedNames(): string[] {
  return readdirSync(`${SHARED}seeds`).sort();
}

export function seedFiles(): SharedFile[] {
  return seedNames().map((name) => ({ name, path: name, sourceId: 'seeds', bytes: readSeed(name) }));
}

/** The 61 beta.gouv.fr postings and the 2 multi.coop ones, with the paths and sources they have in their repositories. */
export function fixtureFiles(): SharedFile[] {
  const folders = [
    { folder: 'beta.gouv.fr-jobs', prefix: 'content/_jobs/', sourceId: 'github:https://api.github.com/betagouv/beta.gouv.fr@77e2919:content/_jobs' },
    { folder: 'multi.coop-jobs', prefix: 'texts/jobs/posts/', sourceId: 'github:https://api.github.com/qloridant/multi-site-contents@:texts/jobs/posts' },
  ];
  return folders.flatMap(({ folder, prefix, sourceId }) =>
    readdirSync(`${SHARED}fixtures/${folder}`)
      .sort()
      .map((name) => ({ name, path: `${prefix}${name}`, sourceId, bytes: readFileSync(`${SHARED}fixtures/${folder}/${name}`) })),
  );
}

export function asText(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}
