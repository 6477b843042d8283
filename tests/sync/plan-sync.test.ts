import { describe, expect, it } from 'vitest';
import type { FileRecord } from '../../lib/db';
import type { RemoteFile } from '../../lib/sources';
import { READER_VERSION } from '../../lib/postings';
import { planSync } from '../../lib/sync/plan-sync';

const remote = (path: string, version: string): RemoteFile => ({ path, name: path, version, blobSha: version, downloadUrl: `https://raw/${path}` });
const known = (path: string, version?: string, readerVersion: number | undefined = READER_VERSION): FileRecord => ({
  id: `s:${path}`,
  sourceId: 's',
  path,
  version,
  readerVersion,
  hasProblem: 0,
  checkedAt: 0,
});
const skippedFile = (path: string, version: string, problem: FileRecord['problem']): FileRecord => ({ ...known(path, version), problem, hasProblem: 1 });

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

  it('downloads .html and extension-less files, and skips readmes, templates and other formats by name', () => {
    const plan = planSync([remote('a.md', '1'), remote('b.html', '2'), remote('2019-01-01-dev.full.stack', '3'), remote('README.md', '4'), remote('_template.md', '5'), remote('logo.png', '6')], [], true);
    expect(plan.download.map((file) => file.path)).toEqual(['a.md', 'b.html', '2019-01-01-dev.full.stack']);
    expect(plan.skipped.map(({ file, reason }) => [file.path, reason])).toEqual([['README.md', 'readme'], ['_template.md', 'template'], ['logo.png', 'other-format']]);
  });

  it('reads identical files once, under the first path, whatever the listing order', () => {
    const plan = planSync([remote('fr-b.md', 'same'), remote('en-a.md', 'same'), remote('c.md', 'other')], [], true);
    expect(plan.download.map((file) => file.path)).toEqual(['en-a.md', 'c.md']);
    expect(plan.skipped).toEqual([{ file: remote('fr-b.md', 'same'), reason: 'duplicate', detail: 'en-a.md' }]);
  });

  it('records a skip once, and reads a former copy once it is the only one', () => {
    const recorded = skippedFile('README.md', '4', { kind: 'skipped', reason: 'readme' });
    expect(planSync([remote('README.md', '4')], [recorded], true)).toMatchObject({ skipped: [], download: [], unchanged: 1 });
    const formerCopy = skippedFile('b.md', 'same', { kind: 'skipped', reason: 'duplicate', detail: 'a.md' });
    expect(planSync([remote('b.md', 'same')], [formerCopy], true).download.map((file) => file.path)).toEqual(['b.md']);
  });

  it('keeps the verdict of an unchanged file skipped for its content without downloading it again', () => {
    const draft = skippedFile('d.md', '7', { kind: 'skipped', reason: 'draft' });
    expect(planSync([remote('d.md', '7')], [draft], true)).toMatchObject({ skipped: [], download: [], unchanged: 1 });
    expect(planSync([remote('d.md', '8')], [draft], true).download).toHaveLength(1);
  });

  it('never judges a job board posting by its title', () => {
    const title = 'Example Engineer, Node.js';
    const withPosting: RemoteFile = { ...remote('board-123', 'v1'), name: title, blobSha: undefined, posting: { id: 'board-123', title, departments: [] } };
    expect(planSync([withPosting], [], true)).toMatchObject({ download: [withPosting], skipped: [] });
  });
});
