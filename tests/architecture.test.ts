import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of Vigie (STYLE.md): lib/ is the engine and knows nothing of the browser, of Preact,
 * of the pages or of the worker; entrypoints/ only wire; nothing imports in a circle, between
 * files or between areas (lib/db, lib/favorites…), so that each area can be read on its own.
 */
const ROOT = resolve(import.meta.dirname, '..');
const LAYERS = ['lib', 'components', 'entrypoints'];
const MAX_ENTRYPOINT_LINES = 60;
// WXT's and the polyfill's browser, and Preact: lib/ runs in vitest, in the worker and in pages alike.
const BROWSER_OR_UI_MODULES = /^(#imports|wxt(\/|$)|webextension-polyfill|@wxt-dev\/|preact(\/|$))/;
const BROWSER_GLOBALS = /\b(browser|chrome)\.(runtime|storage|tabs|i18n|alarms|action|notifications|permissions|scripting|contextMenus|commands)\b/;
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) => existsSync(path) && statSync(path).isFile());
}

const name = (file: string) => relative(ROOT, file);
/** lib/db/records.ts → lib/db; lib/files.ts → lib. */
const areaOf = (file: string) => name(file).split('/').slice(0, -1).slice(0, 2).join('/');

const FILES = LAYERS.flatMap((layer) => sourceFiles(join(ROOT, layer)));
const GRAPH = new Map(FILES.map((file) => [name(file), importsOf(file).flatMap((specifier) => resolveImport(file, specifier) ?? []).map(name)]));

/** Every group of nodes that reach each other (Tarjan's strongly connected components), of two or more. */
function findCircles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const circles: string[][] = [];
  const visit = (node: string) => {
    order.set(node, order.size);
    low.set(node, order.get(node)!);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!));
    }
    if (low.get(node) !== order.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      component.push(member);
    } while (member !== node);
    if (component.length > 1) circles.push(component.sort());
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return circles;
}

function areaGraph(): Map<string, string[]> {
  const areas = new Map<string, Set<string>>();
  // The areas of the engine: lib/db, lib/favorites… (components/ and entrypoints/ are checked file by file).
  for (const [file, imported] of [...GRAPH].filter(([file]) => file.startsWith('lib/'))) {
    const from = areaOf(file);
    const targets = areas.get(from) ?? new Set<string>();
    for (const target of imported) if (areaOf(target) !== from) targets.add(areaOf(target));
    areas.set(from, targets);
  }
  return new Map([...areas].map(([area, targets]) => [area, [...targets]]));
}

describe('architecture', () => {
  it('finds the files', () => {
    expect(GRAPH.has('lib/db/schema.ts')).toBe(true);
    expect(GRAPH.has('entrypoints/background/index.ts')).toBe(true);
  });

  it('lib/ imports nothing from components/ or entrypoints/, and no browser or UI module', () => {
    const wrong = [...GRAPH].filter(([file]) => file.startsWith('lib/')).flatMap(([file, imported]) => [
      ...imported.filter((target) => !target.startsWith('lib/')).map((target) => `${file} imports ${target}`),
      ...importsOf(join(ROOT, file)).filter((specifier) => BROWSER_OR_UI_MODULES.test(specifier)).map((specifier) => `${file} imports ${specifier}`),
    ]);
    expect(wrong).toEqual([]);
  });

  it('lib/ uses no browser API', () => {
    const wrong = FILES.filter((file) => name(file).startsWith('lib/') && BROWSER_GLOBALS.test(withoutComments(readFileSync(file, 'utf8')))).map(name);
    expect(wrong).toEqual([]);
  });

  it('components/ import nothing from entrypoints/', () => {
    const wrong = [...GRAPH].filter(([file]) => file.startsWith('components/')).flatMap(([file, imported]) =>
      imported.filter((target) => target.startsWith('entrypoints/')).map((target) => `${file} imports ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it("a page's components (components/popup, options…) are its own: shared ones live at components/'s top", () => {
    const pageOf = (file: string) => /^components\/([^/]+)\//.exec(file)?.[1];
    const wrong = [...GRAPH].filter(([file]) => file.startsWith('components/')).flatMap(([file, imported]) =>
      imported.filter((target) => pageOf(target) !== undefined && pageOf(target) !== pageOf(file)).map((target) => `${file} imports ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it('no files import each other in a circle', () => {
    expect(findCircles(GRAPH)).toEqual([]);
  });

  it('no areas of lib/ import each other in a circle', () => {
    expect(findCircles(areaGraph())).toEqual([]);
  });

  it(`entrypoint files only wire: ${MAX_ENTRYPOINT_LINES} lines at most`, () => {
    const long = FILES.filter((file) => name(file).startsWith('entrypoints/'))
      .map((file) => ({ file: name(file), lines: readFileSync(file, 'utf8').trimEnd().split('\n').length }))
      .filter((entry) => entry.lines > MAX_ENTRYPOINT_LINES);
    expect(long).toEqual([]);
  });

  it('finds a circle, however long, and only circles', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(findCircles(graph)).toEqual([['a', 'b', 'c']]);
  });
});
