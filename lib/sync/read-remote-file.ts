import { gitBlobSha } from '../sources/git-blob-sha';
import type { Fetched, HttpClient, RemoteFile } from '../sources/types';

/**
 * Downloads a listed file, and checks it against the listing's blob SHA when there is one:
 * a body cut short by the network then fails instead of being parsed as a shorter posting.
 */
export async function readRemoteFile(file: RemoteFile, http: HttpClient, signal?: AbortSignal): Promise<Fetched<Uint8Array>> {
  if (file.content) return { ok: true, value: file.content };
  let result = await download(file, http, signal);
  if (!result.ok && result.failure.kind === 'corrupt') result = await download(file, http, signal);
  return result;
}

async function download(file: RemoteFile, http: HttpClient, signal?: AbortSignal): Promise<Fetched<Uint8Array>> {
  const result = await http.getBytes(file.downloadUrl, { signal });
  if (!result.ok) return result;
  const bytes = result.value.body;
  if (file.blobSha && (await gitBlobSha(bytes)) !== file.blobSha) {
    return { ok: false, failure: { kind: 'corrupt', message: 'the download does not match the listing (cut short?)', url: file.downloadUrl } };
  }
  return { ok: true, value: bytes };
}
