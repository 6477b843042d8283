import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']([^"']+\.js)["']/g;
/** Vite keeps each `import()` of a lazy chunk as a plain relative path: `import("./chunk-hash.js")`. */
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+\.js)["']\s*\)/g;

/** The JavaScript files an HTML page of the build loads at once: its module scripts and their static imports. */
export function scriptsOfPage(outputDir: string, htmlFile: string): string[] {
  return closure(entryScripts(outputDir, htmlFile), [STATIC_IMPORT]);
}

/** Every JavaScript file the page can load: what it loads at once, and the chunks it imports later with import(). */
export function allScriptsOfPage(outputDir: string, htmlFile: string): string[] {
  return closure(entryScripts(outputDir, htmlFile), [STATIC_IMPORT, DYNAMIC_IMPORT]);
}

function entryScripts(outputDir: string, htmlFile: string): string[] {
  const html = readFileSync(join(outputDir, htmlFile), 'utf8');
  return [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => resolve(outputDir, `.${match[1]!.startsWith('/') ? '' : '/'}${match[1]!}`));
}

function closure(files: string[], imports: RegExp[]): string[] {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const pattern of imports) for (const match of code.matchAll(pattern)) queue.push(resolve(dirname(file), match[1]!));
  }
  return [...seen];
}

/** Sum of the files' sizes once gzipped (level 9), in bytes. */
export function gzippedSize(files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).byteLength, 0);
}
