/** The SHA-1 git gives a file's content ("blob <size>\0<bytes>"): what GitHub and GitLab list as the file's sha. */
export async function gitBlobSha(content: Uint8Array): Promise<string> {
  const header = new TextEncoder().encode(`blob ${content.byteLength}\0`);
  const data = new Uint8Array(header.byteLength + content.byteLength);
  data.set(header, 0);
  data.set(content, header.byteLength);
  const digest = await crypto.subtle.digest('SHA-1', data);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
