import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_EXTENSION_DIR } from './extension';

interface PermissionKeys {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
}

/**
 * Headless Chromium cannot answer the browser's permission prompt: a journey that needs a
 * permission granted (or refused) runs on a copy of the built extension whose manifest says so.
 * The code is the built code, byte for byte.
 */
async function builtCopyWithManifest(change: (manifest: PermissionKeys) => void): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vigie-e2e-ext-'));
  await cp(BUILT_EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as PermissionKeys;
  change(manifest);
  await writeFile(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** Some of the optional permissions (notifications…) declared as granted. */
export function builtCopyWithPermissions(permissions: string[]): Promise<string> {
  return builtCopyWithManifest((manifest) => {
    manifest.permissions = [...(manifest.permissions ?? []), ...permissions];
    manifest.optional_permissions = (manifest.optional_permissions ?? []).filter((permission) => !permissions.includes(permission));
  });
}

/** These hosts already allowed, as after the seeker said yes (asking again answers true at once), and these permissions granted. */
export function builtCopyWithHosts(origins: string[], permissions: string[] = []): Promise<string> {
  return builtCopyWithManifest((manifest) => {
    manifest.host_permissions = [...(manifest.host_permissions ?? []), ...origins];
    manifest.permissions = [...(manifest.permissions ?? []), ...permissions];
    manifest.optional_permissions = (manifest.optional_permissions ?? []).filter((permission) => !permissions.includes(permission));
  });
}

/** No host can be allowed: asking for one fails, as when the seeker refuses. */
export function builtCopyRefusingHosts(): Promise<string> {
  return builtCopyWithManifest((manifest) => {
    manifest.optional_host_permissions = [];
  });
}
