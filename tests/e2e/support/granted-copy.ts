import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_EXTENSION_DIR } from './extension';

/**
 * A copy of the built extension whose manifest declares some of its optional permissions as
 * granted. Headless Chromium cannot answer the browser's permission prompt, so a journey that
 * needs, say, notifications runs on this copy; the code is the built code, byte for byte.
 */
export async function builtCopyWithPermissions(permissions: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vigie-e2e-ext-'));
  await cp(BUILT_EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { permissions?: string[]; optional_permissions?: string[] };
  manifest.permissions = [...(manifest.permissions ?? []), ...permissions];
  manifest.optional_permissions = (manifest.optional_permissions ?? []).filter((permission) => !permissions.includes(permission));
  await writeFile(manifestPath, JSON.stringify(manifest));
  return dir;
}
