import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions are kept to what Vigie uses; tests/e2e/manifest.test.ts holds the allowed list.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'fr',
    // GitHub's and GitLab's APIs answer with CORS headers: no host permission is needed to read them.
    permissions: ['storage', 'alarms'],
    // Asked for from the options page, with an explanation, when the user turns notifications on.
    optional_permissions: ['notifications'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
  },
});
