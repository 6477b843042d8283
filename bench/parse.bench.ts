/**
 * Posting parser throughput on the shared real postings (the 5 seeds and every fixture of the
 * seven publishers): the full pipeline (decode + gray-matter + normalize + skills) against
 * gray-matter alone on the same decoded strings, for a target of 300 µs a posting (issue #12). Both call gray-matter with the same options object, which also keeps it
 * from caching by content: every round parses every file again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { parsePosting } from '../lib/postings';
import { SAFE_MATTER_OPTIONS } from '../lib/postings/safe-matter';
import { extractSkills } from '../lib/skills';
import { hashString } from '../lib/text/hash';
import { percentiles, round, type Benchmark } from './support/benchmark';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const FOLDERS = ['seeds', ...readdirSync(`${SHARED}fixtures`).map((publisher) => `fixtures/${publisher}`)];
const ROUNDS = 30;
// The published typings do not know the js-yaml options in SAFE_MATTER_OPTIONS.
const parseMatter = matter as unknown as (input: string, options: object) => unknown;
const TARGET_MICROSECONDS = 300;

interface Sample {
  path: string;
  bytes: Uint8Array;
  text: string;
}

function loadSamples(): Sample[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(`${SHARED}${folder}`).map((name) => {
      const bytes = readFileSync(`${SHARED}${folder}/${name}`);
      return { path: `${folder}/${name}`, bytes, text: new TextDecoder().decode(bytes) };
    }),
  );
}

/** Milliseconds per posting of each round. */
function measure(samples: Sample[], parseOne: (sample: Sample) => unknown): number {
  const start = performance.now();
  for (const sample of samples) parseOne(sample);
  return (performance.now() - start) / samples.length;
}

/** A loop that reads each code unit once and does nothing else: the least a skill matcher costs. */
function readEveryCharacter(sample: Sample): number {
  let sum = 0;
  for (let index = 0; index < sample.text.length; index++) sum += sample.text.charCodeAt(index);
  return sum;
}

const benchmark: Benchmark = {
  name: 'parse',
  async run() {
    const samples = loadSamples();
    const grayMatter = (sample: Sample) => parseMatter(sample.text, SAFE_MATTER_OPTIONS);
    const pipeline = (sample: Sample) => parsePosting(sample.bytes, { path: sample.path, sourceId: 'bench' });
    const decode = (sample: Sample) => new TextDecoder('utf-8', { fatal: true }).decode(sample.bytes);
    const skills = (sample: Sample) => extractSkills(sample.text);
    const hash = (sample: Sample) => hashString(sample.text);
    const cases = {
      'gray-matter alone': grayMatter,
      'full pipeline': pipeline,
      'of which: TextDecoder': decode,
      'of which: extractSkills': skills,
      'of which: content hash': hash,
      'one JS read of every character': readEveryCharacter,
    };
    const times = new Map<string, number[]>(Object.keys(cases).map((name) => [name, []]));
    for (const parseOne of Object.values(cases)) measure(samples, parseOne);
    // Interleaved rounds: a busy machine slows every case alike.
    for (let roundIndex = 0; roundIndex < ROUNDS; roundIndex++) {
      for (const [name, parseOne] of Object.entries(cases)) times.get(name)?.push(measure(samples, parseOne));
    }
    const baseline = percentiles(times.get('gray-matter alone') ?? []).median;
    const medianOf = (name: string) => percentiles(times.get(name) ?? []).median;
    // What any pipeline from the file's bytes must do besides gray-matter: decode them, hash them,
    // and read the text at least once to find skills. Its sum bounds the ratio reachable here.
    const floor = ['gray-matter alone', 'of which: TextDecoder', 'of which: content hash', 'one JS read of every character'].reduce((sum, name) => sum + medianOf(name), 0);
    const floorRow = { case: 'floor: gray-matter + decode + hash + one read', 'µs/posting (median)': round(floor * 1000, 1), 'time vs gray-matter': `${round(floor / baseline, 2)}×` };
    return [...[...times].map(([name, samplesMs]) => {
      const { median, p95 } = percentiles(samplesMs);
      return {
        case: name,
        'postings/s': Math.round(1000 / median),
        'µs/posting (median)': round(median * 1000, 1),
        'µs/posting (p95)': round(p95 * 1000, 1),
        'time vs gray-matter': `${round(median / baseline, 2)}×`,
        ...(name === 'full pipeline' ? { target: `≤ ${TARGET_MICROSECONDS} µs`, met: median * 1000 <= TARGET_MICROSECONDS ? 'yes' : 'no' } : {}),
      };
    }), floorRow];
  },
};

export default benchmark;
