/**
 * extractSkills over ~1 MB of real postings (every fixture body, repeated), against the naive
 * way in the same run: one RegExp per spelling, each a pass over the whole text. A second pair
 * of rows measures the highlighting case: a matcher of 150 skills over the same megabyte.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SKILLS, createSkillMatcher, extractSkills, type SkillDefinition } from '../lib/skills';
import { percentiles, round, type Benchmark, type BenchRow } from './support/benchmark';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/fixtures');
const TARGET_LENGTH = 1_000_000;
const HIGHLIGHTED_SKILLS = 150;

function loadCorpus(): { text: string; postings: number } {
  const bodies = readdirSync(FIXTURES).flatMap((folder) =>
    readdirSync(path.join(FIXTURES, folder))
      .filter((file) => file.endsWith('.md'))
      .map((file) => readFileSync(path.join(FIXTURES, folder, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')),
  );
  const once = `${bodies.join('\n\n')}\n\n`;
  const text = once.repeat(Math.ceil(TARGET_LENGTH / once.length)).slice(0, TARGET_LENGTH);
  return { text, postings: Math.round((bodies.length * text.length) / once.length) };
}

/** The baseline: one pass per spelling, case-insensitive but with no accent folding nor guards (less work). */
function naiveMatcher(skills: readonly SkillDefinition[]): (text: string) => number {
  const patterns = skills.flatMap((skill) =>
    [skill.name, ...skill.aliases].map((spelling) => {
      const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, skill.caseSensitive ? 'gu' : 'giu');
    }),
  );
  return (text) => patterns.reduce((count, pattern) => count + (text.match(pattern)?.length ?? 0), 0);
}

/** Durations of `samples` runs after a first one, which is returned apart: it pays for JIT compilation. */
function measure(run: () => unknown, samples: number): { first: number; durations: number[] } {
  const time = () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };
  const first = time();
  return { first, durations: Array.from({ length: samples }, time) };
}

function row(
  name: string,
  { first, durations }: ReturnType<typeof measure>,
  megabytes: number,
  postings: number,
  baseline?: number,
): BenchRow {
  const { median, p95 } = percentiles(durations);
  return {
    case: name,
    'first ms': round(first, 1),
    'median ms': round(median, 1),
    'p95 ms': round(p95, 1),
    'MB/s': round(megabytes / (median / 1000), 1),
    'postings/s': Math.round(postings / (median / 1000)),
    'faster than naive': baseline === undefined ? '—' : `×${round(baseline / median, 1)}`,
  };
}

const benchmark: Benchmark = {
  name: 'skills',
  async run() {
    const { text, postings } = loadCorpus();
    const megabytes = new TextEncoder().encode(text).length / 1_000_000;
    const spellings = SKILLS.reduce((count, skill) => count + 1 + skill.aliases.length, 0);
    const highlighted = SKILLS.filter((_, index) => index % 3 === 0).slice(0, HIGHLIGHTED_SKILLS);

    // First, while the JIT is cold, as in a service worker that just started.
    const compile = measure(() => createSkillMatcher(SKILLS), 10);
    const all = measure(() => extractSkills(text), 20);
    const highlighter = createSkillMatcher(highlighted);
    const some = measure(() => highlighter.find(text), 20);
    const naive = naiveMatcher(SKILLS);
    const naiveAll = measure(() => naive(text), 3);
    const naiveHighlighted = naiveMatcher(highlighted);
    const naiveSome = measure(() => naiveHighlighted(text), 5);

    const naiveAllMedian = percentiles(naiveAll.durations).median;
    const naiveSomeMedian = percentiles(naiveSome.durations).median;
    return [
      row(`naive RegExp per spelling (${spellings})`, naiveAll, megabytes, postings),
      row(`extractSkills (${SKILLS.length} skills)`, all, megabytes, postings, naiveAllMedian),
      row(`naive RegExp, ${HIGHLIGHTED_SKILLS} skills`, naiveSome, megabytes, postings),
      row(`createSkillMatcher, ${HIGHLIGHTED_SKILLS} skills`, some, megabytes, postings, naiveSomeMedian),
      {
        case: 'createSkillMatcher(SKILLS): compile',
        'first ms': round(compile.first, 1),
        'median ms': round(percentiles(compile.durations).median, 1),
        'p95 ms': round(percentiles(compile.durations).p95, 1),
      },
    ];
  },
};

export default benchmark;
