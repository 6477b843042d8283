import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** ../shared beside the repository: the real postings, used as they are. */
export const SHARED_DIR = resolve(import.meta.dirname, '../../../shared');
export const BETA_FIXTURES = resolve(SHARED_DIR, 'fixtures/beta.gouv.fr-jobs');
export const MULTI_FIXTURES = resolve(SHARED_DIR, 'fixtures/multi.coop-jobs');

export function fixtureNames(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
}
