import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

const SAFE_ENGINES = fileURLToPath(new URL('./lib/postings/gray-matter-engines.cjs', import.meta.url));

/** gray-matter's default engines hold an `eval` (its JavaScript engine): the bundles get a copy without it. */
function grayMatterWithoutEval(): Plugin {
  return {
    name: 'vigie:gray-matter-without-eval',
    enforce: 'pre',
    resolveId(source, importer) {
      const fromGrayMatter = importer?.replaceAll('\\', '/').includes('/node_modules/gray-matter/');
      if (fromGrayMatter && (source === './engines' || source === './lib/engines')) return SAFE_ENGINES;
      return undefined;
    },
  };
}

// Permissions are kept to what Vigie uses; tests/e2e/manifest.test.ts holds the allowed list.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [grayMatterWithoutEval(), preact()] }),
  manifest: {
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'fr',
    // GitHub's and GitLab's APIs answer with CORS headers: no host permission is needed to read them.
    // contextMenus, activeTab and scripting: the page panel runs where the user asks (menu, shortcut),
    // and on the sites granted below (entrypoints/background/page-scripts.ts).
    permissions: ['storage', 'alarms', 'contextMenus', 'activeTab', 'scripting'],
    // Asked for from the options page, with an explanation, when the user turns notifications on.
    optional_permissions: ['notifications'],
    // Asked for from the options page, one origin at a time, for the sites where the panel runs by itself.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'show-page-panel': { suggested_key: { default: 'Alt+Shift+V' }, description: '__MSG_commandShowPanel__' },
      'save-page': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandSavePage__' },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
  },
});
