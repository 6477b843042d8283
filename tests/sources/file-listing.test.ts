import { describe, expect, it } from 'vitest';
import { fileAdapter } from '../../lib/sources/file';
import type { FileLocation } from '../../lib/sources/types';
import { recordedHttp } from './recorded-http';

const URL_OF_FILE = 'https://raw.githubusercontent.com/coop/site/main/jobs/d%C3%A9veloppeur.md';
const LOCATION: FileLocation = { kind: 'file', url: URL_OF_FILE };
const BODY = new TextEncoder().encode('---\ntitle: Développeur\n---\n\nTexte.\n');

describe('the single-file adapter’s listing', () => {
  it('lists the file itself, named after its path, its content kept so that it is not downloaded twice', async () => {
    const { http, asked } = recordedHttp({ [URL_OF_FILE]: { body: BODY, headers: { etag: '"abc"' } } });
    const listing = await fileAdapter.list(LOCATION, http, { etag: '"old"' });
    expect(listing).toEqual({
      ok: true,
      value: {
        status: 'listed',
        etag: '"abc"',
        complete: true,
        files: [{ path: 'développeur.md', name: 'développeur.md', version: expect.stringMatching(/^content:\S+$/), downloadUrl: URL_OF_FILE, htmlUrl: URL_OF_FILE, content: BODY }],
      },
    });
    expect(asked).toEqual([{ url: URL_OF_FILE, options: { etag: '"old"' } }]);
  });

  it('gives the same version for the same content, another for another', async () => {
    const versionOf = async (body: Uint8Array) => {
      const listing = await fileAdapter.list(LOCATION, recordedHttp({ [URL_OF_FILE]: { body } }).http, {});
      return listing.ok && listing.value.status === 'listed' ? listing.value.files[0]?.version : undefined;
    };
    const first = await versionOf(BODY);
    expect(first).toMatch(/^content:/);
    expect(await versionOf(BODY.slice())).toBe(first);
    expect(await versionOf(new TextEncoder().encode('---\ntitle: Développeuse\n---\n'))).not.toBe(first);
  });

  it('says unchanged on a 304', async () => {
    const { http } = recordedHttp({ [URL_OF_FILE]: { status: 304, body: new Uint8Array() } });
    expect(await fileAdapter.list(LOCATION, http, { etag: '"abc"' })).toEqual({ ok: true, value: { status: 'unchanged' } });
  });

  it('passes on a failed download', async () => {
    const { http } = recordedHttp({});
    expect(await fileAdapter.list(LOCATION, http, {})).toEqual({ ok: false, failure: { kind: 'http', status: 404, url: URL_OF_FILE } });
  });
});
