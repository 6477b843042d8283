import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_EXTENSION_DIR } from './extension';

/**
 * A copy of the built extension without its English messages: Chromium then shows the manifest's
 * default locale, French, as it does for a French-speaking user. Headless Chromium keeps an
 * English interface whatever `--lang` or LANGUAGE say, so this is how a journey reads the French
 * text; the code is the built code, byte for byte.
 */
export async function builtCopyInFrench(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vigie-e2e-ext-fr-'));
  await cp(BUILT_EXTENSION_DIR, dir, { recursive: true });
  await rm(join(dir, '_locales', 'en'), { recursive: true });
  return dir;
}
