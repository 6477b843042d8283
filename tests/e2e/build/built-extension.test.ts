import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILT_EXTENSION_DIR } from '../support/extension';

const FIREFOX_DIR = resolve(BUILT_EXTENSION_DIR, '../firefox-mv3');
/** The page script runs on every posting page: no framework, no polyfill, no taxonomy (README, figures). */
const PAGE_SCRIPT_BUDGET_GZIPPED = 15 * 1024;

/** Everything Vigie may ask for; a new permission must be added here, on purpose, with its reason. */
const ALLOWED = {
  // settings and data; the sync schedule; the page panel's menu; running on the page the user points at; injecting it there
  permissions: ['storage', 'alarms', 'contextMenus', 'activeTab', 'scripting'],
  // asked for when the user turns notifications on
  optional_permissions: ['notifications'],
  // asked for one site at a time, when the user opts a job site in
  optional_host_permissions: ['https://*/*', 'http://*/*'],
};

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[] }>;
  content_security_policy?: { extension_pages?: string };
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
}

function manifestOf(dir: string): Manifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build and npm run build:firefox first`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

function filesOf(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe.each([
  ['Chrome', BUILT_EXTENSION_DIR],
  ['Firefox', FIREFOX_DIR],
])('the built %s extension', (_browser, dir) => {
  it('asks only for allowed permissions, and for no host at install', () => {
    const manifest = manifestOf(dir);
    for (const key of ['permissions', 'optional_permissions', 'optional_host_permissions'] as const) {
      for (const permission of manifest[key] ?? []) expect(ALLOWED[key], `${key}: ${permission}`).toContain(permission);
    }
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(manifest.content_scripts ?? [])).not.toMatch(/<all_urls>|\*:\/\/\*\/\*/);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('keeps its page script within 15 KiB gzipped', () => {
    const size = gzipSync(readFileSync(join(dir, 'content-scripts', 'content.js')), { level: 9 }).length;
    expect(size).toBeLessThan(PAGE_SCRIPT_BUDGET_GZIPPED);
  });

  it('has a strict content security policy for its pages', () => {
    const policy = manifestOf(dir).content_security_policy?.extension_pages ?? '';
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|http:|https:/);
    // The popup's style sheet is a <style> element of its HTML (wxt.config.ts): a policy on styles would leave it unstyled.
    expect(policy).not.toMatch(/default-src|style-src/);
  });

  it('loads three files before its popup is painted: the first reads, its module and one shared chunk; its style sheet is in its HTML', () => {
    // Each file is a request the browser process answers before the popup can run (bench/README.md, popup).
    const html = readFileSync(join(dir, 'popup.html'), 'utf8');
    const tags = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]);
    expect(tags(/<script src="([^"]+)" async><\/script>/g)).toEqual(['/popup-first-reads.js']);
    expect(existsSync(join(dir, 'popup-first-reads.js'))).toBe(true);
    expect(tags(/<script type="module"[^>]* src="([^"]+)"/g)).toHaveLength(1);
    expect(tags(/<link rel="modulepreload"[^>]* href="([^"]+)"/g)).toHaveLength(1);
    expect(tags(/<link rel="stylesheet"[^>]* href="([^"]+)"/g)).toEqual([]);
    // The popup's own rules (its fixed size) and the theme's, inlined at build time.
    expect(html).toMatch(/<style>[^<]*--bg:[^<]*\.popup\{/);
  });

  it('ships no code that runs strings, and loads no remote script', () => {
    const offenders = filesOf(dir, '.js').flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      return [/\beval\s*\(/, /\bnew\s+Function\s*\(/, /(?<![\w.$])Function\s*\(\s*["'`]/, /\bimportScripts\s*\(/]
        .filter((pattern) => pattern.test(code))
        .map((pattern) => `${file}: ${pattern}`);
    });
    expect(offenders).toEqual([]);
    for (const html of filesOf(dir, '.html')) expect(readFileSync(html, 'utf8'), html).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//);
  });
});

describe('the Firefox package', () => {
  it('passes web-ext lint without errors', async () => {
    const bin = resolve(import.meta.dirname, '../../../node_modules/.bin/web-ext');
    const { stdout } = await promisify(execFile)(bin, ['lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'], { maxBuffer: 32 * 1024 * 1024 }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as { summary: { errors: number }; errors: Array<{ code: string; message: string }> };
    expect(report.errors.map((error) => `${error.code}: ${error.message}`)).toEqual([]);
  });
});
