import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']([^"']+\.js)["']/g;

/** The JavaScript files an HTML page of the build loads at once: its module scripts and their static imports. */
export function scriptsOfPage(outputDir: string, htmlFile: string): string[] {
  const html = readFileSync(join(outputDir, htmlFile), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => resolve(outputDir, `.${match[1]!.startsWith('/') ? '' : '/'}${match[1]!}`));
  return closure(entries);
}

function closure(files: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) queue.push(resolve(dirname(file), match[1]!));
  }
  return [...seen];
}

/** Sum of the files' sizes once gzipped (level 9), in bytes. */
export function gzippedSize(files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).byteLength, 0);
}
