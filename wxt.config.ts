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
    permissions: ['storage', 'alarms'],
    host_permissions: ['https://api.github.com/*', 'https://raw.githubusercontent.com/*', 'https://gitlab.com/*'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
  },
});
