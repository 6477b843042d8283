/**
 * Highlighting a posting page in headless Chromium: Vigie's highlighter (matcher + DOM scan +
 * CSS Custom Highlight API) against mark.js, the usual library, on the same 1 MB page built from
 * the real postings, in the same run. Script time is the call itself, matcher compilation
 * included, all its tasks added up. "Painted" runs until the frame after a change, with a
 * forced layout, has gone through: "first screen" after the first task (the page's top, read
 * and painted before the rest is even read), "all" after the last. mark.js paints all at once.
 * Loading each contender's script in the fresh page, before the call, is timed apart: it is paid
 * on every page the content script runs on, highlighted or not. Also the content script's size.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { marked } from 'marked';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { SLICE_LENGTHS, TASK_BUDGET_MS } from '../lib/page/paint-in-slices';
import { pageSkillTerms, packedPageTrie } from '../lib/page/page-skill-terms';
import { longestSpelling } from '../lib/page/slice-text';
import { SKILLS, type SkillDefinition } from '../lib/skills';
import { packSkillTrie, type PackedSkillTrie } from '../lib/skills/packed-trie';
import { buildSkillTrie } from '../lib/skills/skill-trie';
import { percentiles, round, type Benchmark, type BenchRow } from './support/benchmark';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.resolve(HERE, '../../shared/fixtures');
const CONTENT_SCRIPTS = path.resolve(HERE, '../.output/chrome-mv3/content-scripts');
const CHROMIUM = process.env.VIGIE_CHROMIUM ?? '/usr/bin/chromium';
const TARGET_BYTES = 1_000_000;
const SKILL_TERMS = 150;
const ROUNDS = 9;
const BUDGET = { scriptMs: 30, ratio: 10, gzipBytes: 15 * 1024 };

const STYLE = `<style>
::highlight(vigie-skill-match), mark.vigie-skill-match { background-color: #bbf7d0; color: #052e16; }
::highlight(vigie-skill-missing), mark.vigie-skill-missing { background-color: #fde68a; color: #422006; }
body { font: 16px/1.5 serif; max-width: 60rem; margin: auto; }
</style>`;

/** Every fixture posting rendered to HTML as a site would show it, one <article> each, repeated to 1 MB. */
function buildPage(): string {
  const articles = readdirSync(FIXTURES).flatMap((folder) =>
    readdirSync(path.join(FIXTURES, folder))
      .filter((file) => file.endsWith('.md'))
      .sort()
      .map((file) => readFileSync(path.join(FIXTURES, folder, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
      .map((body) => `<article>${marked.parse(body, { async: false })}</article>\n`),
  );
  const parts: string[] = [];
  let bytes = 0;
  for (let index = 0; bytes < TARGET_BYTES; index++) {
    const article = articles[index % articles.length]!;
    parts.push(article);
    bytes += Buffer.byteLength(article);
  }
  return `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Offres</title>${STYLE}<body>${parts.join('')}</body></html>`;
}

async function bundleHighlighter(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry: path.join(HERE, 'support/page-highlighter-entry.ts'), formats: ['iife'], name: 'vigie' } },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = 'output' in result! ? result.output[0] : undefined;
  if (!chunk || chunk.type !== 'chunk') throw new Error('vite produced no bundle');
  return chunk.code;
}

interface Timing {
  /** Evaluating the contender's script in the page, before the call. */
  load: number;
  /** All script tasks added up. */
  script: number;
  /** The longest of them: how long the page could not respond. */
  longestTask: number;
  /** Until the first task ended, when the page can paint the skills found so far (mark.js: all at once). */
  firstTask: number;
  /** Until the frame after the first task went through: the top of the page, what the user sees, is painted. */
  firstPaint: number;
  /** Until the frame after the last change went through. */
  paint: number;
  count: number;
  /** The first frame showed every highlight of the screen: the first slice reached below it. */
  coversScreen: boolean;
}

type Contender = 'vigie' | 'vigie-scrolled' | 'vigie-taxonomy' | 'vigie-one-pass' | 'mark.js';

/*
 * Runs in the page, as a string: tsx would wrap a function's source with helpers the page
 * lacks. The two contenders get the same terms and two colours; mark.js needs a pass per colour.
 */
const RUN_IN_PAGE = `async ({ contender, skills, trie, mine }) => {
  // As the highlighter's own measure of its first frame (bench/support/page-highlighter-entry.ts).
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    document.body.getBoundingClientRect();
    scheduler.postTask(resolve, { priority: 'user-blocking' });
  }));
  // Read from the middle of the page, as when the user asks for Vigie halfway down a posting:
  // scrolled a moment before, so that the browser has drawn the new screen.
  if (contender === 'vigie-scrolled') {
    window.scrollTo(0, document.documentElement.scrollHeight / 2);
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await nextFrame();
  const start = performance.now();
  let count = 0;
  if (contender !== 'mark.js') {
    const timings = await window.vigie.highlight(trie, mine, contender === 'vigie-one-pass');
    await nextFrame();
    const paint = performance.now() - start;
    return { script: timings.scriptMs, longestTask: timings.longestTaskMs, firstTask: timings.firstTaskMs, firstPaint: timings.firstPaintMs ?? paint, paint, count: timings.ranges, coversScreen: timings.firstSliceCoversScreen };
  } else {
    // mark.js at its fastest for many terms: one RegExp per colour (its array API, a pass per
    // term with accent-folding patterns, took over 30 s on this page).
    const mineSet = new Set(mine);
    const names = skills.map((skill) => skill.name);
    const pattern = (terms) => new RegExp('(?<![\\p{L}\\p{N}])(?:' + terms
      .sort((a, b) => b.length - a.length)
      .map((term) => term.replace(/[.*+?^$\{\}()|[\]\\]/g, '\\$&'))
      .join('|') + ')(?![\\p{L}\\p{N}])', 'giu');
    const options = (className) => ({ className, exclude: ['script', 'style', 'code', 'textarea', 'input'], each: () => count++ });
    const instance = new Mark(document.body);
    instance.markRegExp(pattern(names.filter((name) => mineSet.has(name))), options('vigie-skill-match'));
    instance.markRegExp(pattern(names.filter((name) => !mineSet.has(name))), options('vigie-skill-missing'));
  }
  const script = performance.now() - start;
  await nextFrame();
  const paint = performance.now() - start;
  return { script, longestTask: script, firstTask: script, firstPaint: paint, paint, count, coversScreen: true };
}`;

/** An inline script runs as it is inserted: the time around the insertion is its parsing and evaluation. */
const LOAD_IN_PAGE = `(code) => {
  const script = document.createElement('script');
  script.textContent = code;
  const start = performance.now();
  document.head.append(script);
  return performance.now() - start;
}`;

/** The skills as mark.js gets them, and compiled as the worker sends them to a page. */
interface Terms {
  skills: SkillDefinition[];
  trie: PackedSkillTrie;
}

async function measureOnce(browser: Browser, html: string, contender: Contender, scripts: Record<Contender, string>, { skills, trie }: Terms, mine: string[]): Promise<Timing> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const load = (await page.evaluate(`(${LOAD_IN_PAGE})(${JSON.stringify(scripts[contender])})`)) as number;
    const timing = (await page.evaluate(`(${RUN_IN_PAGE})(${JSON.stringify({ contender, skills, trie: JSON.stringify(trie), mine })})`)) as Omit<Timing, 'load'>;
    return { ...timing, load };
  } finally {
    await page.close();
  }
}

function contentScriptRows(): BenchRow[] {
  if (!existsSync(CONTENT_SCRIPTS)) return [{ case: 'content script (run `npx wxt build` first)', note: 'not built' }];
  return readdirSync(CONTENT_SCRIPTS).filter((file) => file.endsWith('.js')).map((file) => {
    const gzip = gzipSync(readFileSync(path.join(CONTENT_SCRIPTS, file)), { level: 9 }).length;
    return { case: `content-scripts/${file} gzipped`, note: `${round(gzip / 1024, 1)} KB (budget 15 KB: ${gzip < BUDGET.gzipBytes ? 'ok' : 'OVER'})` };
  });
}

const benchmark: Benchmark = {
  name: 'page',
  async run() {
    const html = buildPage();
    const skills = SKILLS.filter((_, index) => index % 3 === 0).slice(0, SKILL_TERMS);
    // A fifth of them are "the user's": two colours, as on a real page.
    const mine = skills.filter((_, index) => index % 5 === 0).map((skill) => skill.name);
    const some: Terms = { skills, trie: packSkillTrie(buildSkillTrie(skills), longestSpelling(skills)) };
    // What the worker does for each page, once per change of the user's own skills (then kept).
    const packStart = performance.now();
    const taxonomy: Terms = { skills: [...SKILLS], trie: packedPageTrie(pageSkillTerms([])) };
    const packMs = performance.now() - packStart;
    const require = createRequire(import.meta.url);
    const bundle = await bundleHighlighter();
    const scripts: Record<Contender, string> = {
      vigie: bundle,
      'vigie-scrolled': bundle,
      'vigie-taxonomy': bundle,
      'vigie-one-pass': bundle,
      'mark.js': readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8'),
    };
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    const samples: Record<Contender, Timing[]> = { vigie: [], 'vigie-scrolled': [], 'vigie-taxonomy': [], 'vigie-one-pass': [], 'mark.js': [] };
    try {
      await measureOnce(browser, html, 'vigie', scripts, some, mine);
      for (let roundIndex = 0; roundIndex < ROUNDS; roundIndex++) {
        // Alternated, so that none always runs on a warmer browser.
        const order: Contender[] = ['vigie', 'vigie-scrolled', 'vigie-taxonomy', 'vigie-one-pass', 'mark.js'];
        if (roundIndex % 2 === 1) order.reverse();
        for (const contender of order) samples[contender].push(await measureOnce(browser, html, contender, scripts, contender === 'vigie-taxonomy' ? taxonomy : some, mine));
      }
    } finally {
      await browser.close();
    }
    const median = (contender: Contender, key: Exclude<keyof Timing, 'count' | 'coversScreen'>) => percentiles(samples[contender].map((timing) => timing[key])).median;
    const page = `${round(Buffer.byteLength(html) / 1e6, 2)} MB page`;
    const row = (contender: Contender, name: string, note: string): BenchRow => ({
      case: `${name} (${page})`,
      'load ms': round(median(contender, 'load'), 1),
      'script ms': round(median(contender, 'script'), 1),
      'longest task ms': round(median(contender, 'longestTask'), 1),
      'first screen painted ms': round(median(contender, 'firstPaint'), 1),
      'all painted ms': round(median(contender, 'paint'), 1),
      note,
    });
    const versus = (contender: Contender) => {
      const ratio = (key: 'firstPaint' | 'paint') => median('mark.js', key) / median(contender, key);
      const met = (value: number) => (value >= BUDGET.ratio ? 'met' : 'not met');
      const longest = median(contender, 'longestTask');
      const script = median(contender, 'script');
      return [
        `${samples[contender][0]!.count} ranges, first task done at ${round(median(contender, 'firstTask'), 1)} ms`,
        `first slice reaches below the screen: ${samples[contender].every((timing) => timing.coversScreen) ? 'yes' : 'NOT ALWAYS'}`,
        `script ×${round(median('mark.js', 'script') / script, 1)} less than mark.js (${script <= BUDGET.scriptMs ? 'within' : 'over'} ${BUDGET.scriptMs} ms)`,
        `first screen painted ×${round(ratio('firstPaint'), 1)} sooner (target ≥ ×${BUDGET.ratio}: ${met(ratio('firstPaint'))})`,
        `all painted ×${round(ratio('paint'), 1)} sooner (${met(ratio('paint'))})`,
        `longest task ${longest <= BUDGET.scriptMs ? 'within' : 'over'} ${BUDGET.scriptMs} ms`,
      ].join('; ');
    };
    return [
      row('mark.js', `mark.js, markRegExp, ${SKILL_TERMS} skills`, `${samples['mark.js'][0]!.count} marks, all painted at once`),
      row('vigie', `Vigie, as shipped, ${SKILL_TERMS} skills (first slice ${SLICE_LENGTHS.first / 1000}k characters, then ${SLICE_LENGTHS.rest / 1000}k; tasks within ${TASK_BUDGET_MS} ms)`, versus('vigie')),
      row('vigie-scrolled', `Vigie, as shipped, ${SKILL_TERMS} skills, page scrolled halfway`, versus('vigie-scrolled')),
      row('vigie-taxonomy', `Vigie, as shipped, the whole taxonomy (${SKILLS.length} skills, as the worker sends them; mark.js still gets ${SKILL_TERMS})`, versus('vigie-taxonomy')),
      row('vigie-one-pass', `Vigie, one pass, ${SKILL_TERMS} skills`, versus('vigie-one-pass')),
      {
        case: `worker: the taxonomy compiled and packed for pages (once, then kept while the user's skills stay the same)`,
        note: `${round(packMs, 1)} ms in this process; ${round(Buffer.byteLength(JSON.stringify(taxonomy.trie)) / 1024, 1)} KB of JSON in each page's context message`,
      },
      ...contentScriptRows(),
    ];
  },
};

export default benchmark;
