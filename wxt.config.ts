import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { InlineConfig, Plugin, Rollup } from 'vite';
import { defineConfig, type Entrypoint } from 'wxt';

const local = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Modules that can run a string as code, replaced in the bundles by copies that cannot:
 * gray-matter's default engines (`eval` in its JavaScript engine) and js-yaml's `!!js/function`
 * type (`new Function`). Vigie never uses either; without them no such code ships at all.
 */
const CODE_EVALUATING_MODULES = [
  { package: '/node_modules/gray-matter/', sources: ['./engines', './lib/engines'], replacement: local('./lib/postings/gray-matter-engines.cjs') },
  { package: '/node_modules/js-yaml/', sources: ['../type/js/function'], replacement: local('./lib/postings/yaml-js-function-refused.cjs') },
];

function withoutCodeEvaluation(): Plugin {
  return {
    name: 'vigie:without-code-evaluation',
    enforce: 'pre',
    resolveId(source, importer) {
      const from = importer?.replaceAll('\\', '/') ?? '';
      return CODE_EVALUATING_MODULES.find((module) => from.includes(module.package) && module.sources.includes(source))?.replacement;
    },
  };
}

/**
 * The popup's style sheet goes into its HTML as a `<style>` element: one request fewer before its
 * first paint, and never the last file to arrive (traced under load, the sheet came up to 30 ms after
 * the scripts it was asked for with, and the page paints nothing before it). The extension pages'
 * policy restricts scripts, not styles. The sheet's file is dropped when no other page links it.
 */
/** The popup's page as the pages' build emits it; WXT moves it to popup.html afterwards. */
const POPUP_HTML = 'entrypoints/popup/index.html';

function popupStyleSheetInline(): Plugin {
  return {
    name: 'vigie:popup-style-sheet-inline',
    enforce: 'post',
    generateBundle(_, bundle) {
      const popup = Object.values(bundle).find((file) => file.type === 'asset' && file.fileName === POPUP_HTML);
      if (!popup || popup.type !== 'asset') return;
      const links = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g;
      const inlined = new Set<string>();
      popup.source = String(popup.source).replace(links, (link, fileName: string) => {
        const sheet = bundle[fileName];
        if (sheet?.type !== 'asset') return link;
        inlined.add(fileName);
        return `<style>${String(sheet.source).replaceAll('</style', '<\\/style')}</style>`;
      });
      const linkedElsewhere = (fileName: string) => Object.values(bundle).some((file) => file !== popup && file.type === 'asset' && file.fileName.endsWith('.html') && String(file.source).includes(fileName));
      for (const fileName of inlined) if (!linkedElsewhere(fileName)) delete bundle[fileName];
    },
  };
}

// Permissions are kept to what Vigie uses; tests/e2e/build/built-extension.test.ts holds the allowed list.
/** Firefox MV3 needs an add-on id; Vigie collects no data, and says so. 140: data_collection_permissions and CSS highlights. */
const FIREFOX_SETTINGS = {
  gecko: { id: 'vigie@vigie-offres.fr', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
  // Firefox for Android reads data_collection_permissions from 142 on (web-ext lint says so otherwise).
  gecko_android: { strict_min_version: '142.0' },
};

/**
 * The content script takes the browser's own promise-based API (Chrome MV3 and Firefox both have
 * one) rather than webextension-polyfill: the polyfill is a quarter of its weight, and it runs on
 * every posting page. entrypoints/content/ answers messages through `sendResponse`, which both
 * browsers honour, and reads the worker's refusals itself (lib/messaging/worker-answer.ts).
 * So does the popup's first script (entrypoints/popup-first-reads/index.ts), which only reads storage.local,
 * before the polyfill has loaded.
 */
function withoutPolyfillInScripts(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script' || entrypoint.type === 'unlisted-script')) return;
  const alias = config.resolve?.alias;
  const entries = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
  config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...entries.filter((entry) => entry.find !== 'wxt/browser')] };
}

/**
 * The modules the popup loads before its first paint that other pages share go into one chunk:
 * left to Rollup they were three (Preact with the polyfill, the filters and folding, a file
 * download), each a request the browser process answers before the popup's script can run, and
 * the slowest of them (under load, tens of milliseconds each) set its first paint. The other pages
 * import what they use of that chunk; what only the popup uses stays in the popup's own chunk,
 * and what it loads lazily stays lazy.
 */
function popupSharedCodeInOneChunk(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  const popup = entrypoints.find((entrypoint) => entrypoint.type === 'popup');
  if (!popup) return;
  const others = entrypoints.filter((entrypoint) => entrypoint !== popup).map((entrypoint) => entrypoint.inputPath);
  let shared: Set<string> | undefined;
  const output = config.build?.rollupOptions?.output;
  const manualChunks: Rollup.GetManualChunk = (id, { getModuleInfo }) => {
    shared ??= sharedStaticModules(popup.inputPath, others, (module) => getModuleInfo(module)?.importedIds ?? []);
    return shared.has(id) ? 'popup-shared' : undefined;
  };
  config.build = { ...config.build, rollupOptions: { ...config.build?.rollupOptions, output: Array.isArray(output) ? output.map((each) => ({ ...each, manualChunks })) : { ...output, manualChunks } } };
}

/** The modules `entry` imports statically, directly or not, that another of `others` imports statically too. */
function sharedStaticModules(entry: string, others: readonly string[], importsOf: (id: string) => readonly string[]): Set<string> {
  const reach = (from: string) => {
    const seen = new Set<string>([from]);
    for (const id of seen) for (const imported of importsOf(id)) seen.add(imported);
    return seen;
  };
  const fromOthers = new Set(others.flatMap((other) => [...reach(other)]));
  return new Set([...reach(entry)].filter((id) => id !== entry && fromOthers.has(id)));
}

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      withoutPolyfillInScripts(entrypoints, config);
      popupSharedCodeInOneChunk(entrypoints, config);
    },
  },
  vite: () => ({ plugins: [withoutCodeEvaluation(), preact(), popupStyleSheetInline()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'fr',
    // GitHub's and GitLab's APIs answer with CORS headers: no host permission is needed to read them.
    // Job boards and feeds need theirs (optional, below), asked for when the seeker adds one.
    // contextMenus, activeTab and scripting: the page panel runs where the user asks (menu, shortcut),
    // and on the sites granted below (entrypoints/background/page-scripts.ts).
    permissions: ['storage', 'alarms', 'contextMenus', 'activeTab', 'scripting'],
    // Asked for from the options page, with an explanation, when the user turns notifications on.
    optional_permissions: ['notifications'],
    // Asked for from the options page, one origin at a time: for the sites where the panel runs by
    // itself, and for the host a job board or feed is read from, when the seeker adds it.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'show-page-panel': { suggested_key: { default: 'Alt+Shift+V' }, description: '__MSG_commandShowPanel__' },
      'save-page': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandSavePage__' },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
  }),
});
