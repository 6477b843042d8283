import { describe, expect, it } from 'vitest';
import type { FileRecord } from '../../lib/db';
import type { RemoteFile } from '../../lib/sources';
import { READER_VERSION } from '../../lib/postings';
import { planSync } from '../../lib/sync/plan-sync';

const remote = (path: string, version: string): RemoteFile => ({ path, name: path, version, downloadUrl: `https://raw/${path}` });
const known = (path: string, version?: string, readerVersion: number | undefined = READER_VERSION): FileRecord => ({
  id: `s:${path}`,
  sourceId: 's',
  path,
  version,
  readerVersion,
  hasProblem: 0,
  checkedAt: 0,
});

describe('planSync', () => {
  it('downloads new and changed files only, and finds removed ones', () => {
    const plan = planSync([remote('a.md', '1'), remote('b.md', '2'), remote('c.md', '3')], [known('a.md', '1'), known('b.md', 'old'), known('gone.md', '9')], true);
    expect(plan.download.map((file) => file.path)).toEqual(['b.md', 'c.md']);
    expect(plan.unchanged).toBe(1);
    expect(plan.removed.map((file) => file.path)).toEqual(['gone.md']);
  });

  it('downloads again a file whose last download failed (no version stored)', () => {
    expect(planSync([remote('a.md', '1')], [known('a.md')], true).download).toHaveLength(1);
  });

  it('removes nothing when the listing may be incomplete', () => {
    expect(planSync([remote('a.md', '1')], [known('a.md', '1'), known('b.md', '2')], false).removed).toEqual([]);
  });

  it('ignores a path listed twice', () => {
    expect(planSync([remote('a.md', '1'), remote('a.md', '1')], [], true).download).toHaveLength(1);
  });

  it('reads again the unchanged files an older reader read, and only those', () => {
    const plan = planSync([remote('a.md', '1'), remote('b.md', '2'), remote('c.md', '3')], [known('a.md', '1', 2), known('b.md', '2', 1), { ...known('c.md', '3'), readerVersion: undefined }], true, 2);
    expect(plan.download.map((file) => file.path)).toEqual(['b.md', 'c.md']);
    expect(plan.unchanged).toBe(1);
  });
});
