import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The floor pages, written into a copy of the build only: the product build never ships them. */
export const FLOOR_PAGES = {
  /** A fixed short list in plain HTML: no script, no style sheet. */
  bare: 'bench-floor.html',
  /** The same list with the popup's own style sheet: what the sheet adds to a page that paints nothing else. */
  styled: 'bench-floor-styled.html',
} as const;

/** Rows as short as the popup's first screen: a title, an organization and a place each. */
const FLOOR_ROWS = Array.from({ length: 8 }, (_, index) => ({
  title: `Développeur·se full stack ${index + 1}`,
  organization: `Organisation ${index + 1}`,
  place: 'Paris · Télétravail partiel',
}));

function floorHtml(styles: readonly string[]): string {
  const head = styles.map((style) => `    ${style}\n`).join('');
  const rows = FLOOR_ROWS.map((row) => `      <li data-testid="offer"><strong>${row.title}</strong> <span>${row.organization}</span> <span>${row.place}</span></li>\n`).join('');
  return `<!doctype html>\n<html lang="fr">\n  <head>\n    <meta charset="utf-8">\n    <meta name="color-scheme" content="light dark">\n    <title>Vigie</title>\n${head}  </head>\n  <body>\n    <ul>\n${rows}    </ul>\n  </body>\n</html>\n`;
}

/** A built page's styles as its HTML holds them: the sheets it links to and its inlined `<style>` elements. */
function stylesOf(extensionDir: string, htmlFile: string): string[] {
  const html = readFileSync(join(extensionDir, htmlFile), 'utf8');
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>|<style>[\s\S]*?<\/style>/g)].map((match) => match[0]);
}

/**
 * A copy of the built extension with the floor pages added, for the popup bench to time beside
 * the popup in the same browser: an extension page of the same extension that paints a fixed
 * short list and nothing else is the least any popup could take there (the browser's navigation,
 * the page commit, its first frame). `remove` deletes the copy.
 */
export function extensionWithFloorPages(builtDir: string): { dir: string; remove(): void } {
  const dir = join(mkdtempSync(join(tmpdir(), 'vigie-bench-floor-')), 'extension');
  cpSync(builtDir, dir, { recursive: true });
  writeFileSync(join(dir, FLOOR_PAGES.bare), floorHtml([]));
  writeFileSync(join(dir, FLOOR_PAGES.styled), floorHtml(stylesOf(builtDir, 'popup.html')));
  return { dir, remove: () => rmSync(join(dir, '..'), { recursive: true, force: true }) };
}
