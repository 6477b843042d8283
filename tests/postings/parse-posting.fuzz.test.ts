import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostingError } from '../../lib/postings';
import { parsePostingAt } from '../../lib/postings/parse-posting';
import { fixtureFiles, seedFiles } from './support/shared-files';

const FILES = new Map([...seedFiles(), ...fixtureFiles()].map((file) => [file.name, file.bytes]));
const NOW = new Date('2024-08-01T00:00:00Z');
const utf8 = new TextEncoder();
// No timing here (that is `npm run bench -- hostile`'s): a quadratic path on the 200,000-character
// values below would run for minutes, past the test's timeout, so a hang still fails.

/** Mutations as plain data, so that fast-check prints a readable counterexample. */
type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'front-matter'; block: string; closed: boolean }
  | { kind: 'repeat'; at: number; unit: string; size: number };

function insert(bytes: Uint8Array, at: number, inserted: Uint8Array): Uint8Array {
  const position = at % (bytes.length + 1);
  const result = new Uint8Array(bytes.length + inserted.length);
  result.set(bytes.subarray(0, position));
  result.set(inserted, position);
  result.set(bytes.subarray(position), position + inserted.length);
  return result;
}

function mutate(bytes: Uint8Array, mutation: Mutation): Uint8Array {
  switch (mutation.kind) {
    case 'flip': {
      const copy = bytes.slice();
      if (copy.length > 0) copy[mutation.at % copy.length] = mutation.byte;
      return copy;
    }
    case 'cut':
      return bytes.slice(0, mutation.at % (bytes.length + 1));
    case 'insert':
      return insert(bytes, mutation.at, utf8.encode(mutation.text));
    case 'front-matter': {
      const body = new TextDecoder().decode(bytes).replace(/^---\n[\s\S]*?\n---\n/, '');
      return utf8.encode(`---\n${mutation.block}\n${mutation.closed ? '---\n' : ''}${body}`);
    }
    case 'repeat':
      return insert(bytes, mutation.at, utf8.encode(mutation.unit.repeat(Math.ceil(mutation.size / mutation.unit.length))));
  }
}

const yamlValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('[', ']', '{', '}', '&a', '*a', '!!binary', '!!js/function', '? ', ': ', '- ', '|', '>', '"', "'", '\t', '<<: *a', '__proto__', '~', '.inf', '2022-13-45'),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
);
const yamlBlock = fc
  .array(fc.tuple(fc.constantFrom('title', 'roles', 'open', 'techno', 'date', 'contact', 'startup', 'poste_ferme', 'job_status', '__proto__', 'x'), yamlValue), { maxLength: 8 })
  .map((pairs) => pairs.map(([key, value]) => `${key}: ${value}`).join('\n'));

const smallMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('\n---\n', '---', '\n---js\n', '\n...\n', '\r\n---\r\n', '<!--more-->', '\uFEFF', '\u0000') }),
  fc.record({ kind: fc.constant('front-matter' as const), block: yamlBlock, closed: fc.boolean() }),
);
const hugeValue: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constant('repeat' as const),
  at: fc.nat(),
  unit: fc.constantFrom('a', ' ', ' \n', '\n', '[', '<!--', '@', 'é', '*', '#', '&', '9', '- ', '"', 'Lieu : ', '€ '),
  size: fc.integer({ min: 1000, max: 200_000 }),
});
const fileName = fc.constantFrom(...FILES.keys());

function checkParse(name: string, mutations: readonly Mutation[]): void {
  const bytes = mutations.reduce(mutate, FILES.get(name) ?? new Uint8Array());
  try {
    const offer = parsePostingAt(bytes, { path: 'content/_jobs/2022-01-01-fuzz.md', sourceId: 'fuzz' }, NOW);
    expect(offer.title.trim()).not.toBe('');
    expect(offer.title.length).toBeLessThanOrEqual(200);
    expect(offer.summary.length).toBeLessThanOrEqual(300);
    expect(JSON.parse(JSON.stringify(offer.frontMatter))).toEqual(offer.frontMatter);
    if (offer.url) expect(offer.url).toMatch(/^https?:\/\//);
    if (offer.contact) expect(offer.contact).toMatch(/^(?:mailto:|https?:\/\/)/);
  } catch (error) {
    if (!(error instanceof PostingError)) throw error;
  }
}

describe('parsePosting on mutated real postings', () => {
  it('throws nothing but PostingError and gives well-formed offers, after byte flips, cuts, delimiters and random YAML', () => {
    fc.assert(
      fc.property(fileName, fc.array(smallMutation, { minLength: 1, maxLength: 4 }), checkParse),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('stays within bounded time with huge values anywhere', () => {
    fc.assert(
      fc.property(fileName, hugeValue, fc.option(smallMutation, { nil: undefined }), (name, huge, small) => checkParse(name, small ? [huge, small] : [huge])),
      { numRuns: 100 },
    );
  }, 120_000);
});
