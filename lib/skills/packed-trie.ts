import { firstWordsWithBits, setBitsOf } from './first-words';
import type { SpellingGuard } from './spelling-guard';
import type { Spelling, SkillTrie } from './skill-trie';
import type { SkillKind } from './types';

/**
 * A compiled SkillTrie as JSON, for the worker to hand the content script: compiling the
 * taxonomy takes a page's first task 25–30 ms of cold code, reading this back 3–5 ms
 * (bench/page.bench.ts). The trie's number arrays travel as strings of code units (see
 * packNumbers): as JSON arrays they would weigh four times as much.
 */
export interface PackedSkillTrie {
  /** Code units per number in the strings below: 1, or 2 for a trie too large for one. */
  width: 1 | 2;
  /** The folded code unit of each symbol, symbol 1 first. */
  symbols: string;
  /** Per node, its row's start in `rows` + 1, or 0. */
  rowOf: string;
  /** The rows' children that are not 0, as (distance from the one before, child) pairs: most are 0. */
  rows: string;
  rowsLength: number;
  soleSymbol: string;
  /** Per node, its sole child's number less its own, or 0: a chain of nodes counts 1, 1, 1… */
  soleChild: string;
  /** The spellings ending at each node, as (node, skill, guard index + 1 or 0) triples, in order. */
  spellings: string;
  guards: Array<{ exact?: string; context: number; notIn: SpellingGuard['notIn'] }>;
  /** The guards' context word lists, each once: most guards share the same eighty words. */
  contexts: string[][];
  /** The first words' bits set (first-words.ts), two code units each: there are 2^18 bits. */
  firstWords: string;
  skills: Array<{ name: string; kind: SkillKind }>;
  /** The longest spelling, in code units (lib/page/slice-text.ts's longestSpelling). */
  longest: number;
}

// Numbers are written from U+0020 up: no control character to escape in JSON, and below the
// surrogates (U+D800), which a message may not carry alone.
const FIRST_CODE = 0x20;
const DIGITS = 0xd800 - FIRST_CODE;

export function packSkillTrie(trie: SkillTrie, longest: number): PackedSkillTrie {
  const { symbolOf, rowOf, rows, soleSymbol, soleChild } = trie;
  const symbols: number[] = [];
  symbolOf.forEach((symbol, code) => {
    if (symbol > 0) symbols[symbol - 1] = code;
  });
  const rowStarts = Array.from(rowOf, (start) => start + 1);
  const contexts: string[][] = [];
  const contextIndex = new Map<string[], number>();
  const guards: PackedSkillTrie['guards'] = [];
  const spellings: number[] = [];
  trie.spellings.forEach((ending, node) => {
    for (const { skill, guard } of ending ?? []) {
      let guardNumber = 0;
      if (guard) {
        let context = contextIndex.get(guard.context);
        if (context === undefined) contextIndex.set(guard.context, (context = contexts.push(guard.context) - 1));
        guardNumber = guards.push({ ...(guard.exact === undefined ? {} : { exact: guard.exact }), context, notIn: guard.notIn });
      }
      spellings.push(node, skill, guardNumber);
    }
  });
  // Node numbers, row starts, skill and guard numbers, folded code units: the largest number written.
  const width = Math.max(rowOf.length, rows.length + 1, trie.skills.length, guards.length + 1, ...symbols) < DIGITS ? 1 : 2;
  return {
    width,
    symbols: packNumbers(symbols, width),
    rowOf: packNumbers(rowStarts, width),
    rows: packNumbers(nonZeroEntries(rows), width),
    rowsLength: rows.length,
    soleSymbol: packNumbers(soleSymbol, width),
    soleChild: packNumbers(Array.from(soleChild, (child, node) => (child === 0 ? 0 : child - node)), width),
    spellings: packNumbers(spellings, width),
    guards,
    contexts,
    firstWords: packNumbers(setBitsOf(trie.firstWords), 2),
    skills: trie.skills.map(({ name, kind }) => ({ name, kind })),
    longest,
  };
}

export function unpackSkillTrie(packed: PackedSkillTrie): SkillTrie {
  const { width } = packed;
  const symbolOf = new Uint16Array(0x10000);
  unpackNumbers(packed.symbols, width, new Int32Array(packed.symbols.length / width)).forEach((code, index) => {
    symbolOf[code] = index + 1;
  });
  const nodeCount = packed.rowOf.length / width;
  const rowOf = unpackNumbers(packed.rowOf, width, new Int32Array(nodeCount));
  for (let node = 0; node < nodeCount; node++) rowOf[node]!--;
  const guards = packed.guards.map(({ exact, context, notIn }): SpellingGuard => ({
    ...(exact === undefined ? {} : { exact }),
    context: packed.contexts[context] ?? [],
    notIn,
  }));
  const spellings: Array<Spelling[] | undefined> = new Array(nodeCount).fill(undefined);
  const triples = unpackNumbers(packed.spellings, width, new Int32Array(packed.spellings.length / width));
  for (let index = 0; index + 2 < triples.length; index += 3) {
    (spellings[triples[index]!] ??= []).push({ skill: triples[index + 1]!, guard: guards[triples[index + 2]! - 1] });
  }
  return {
    symbolOf,
    rowOf,
    rows: withNonZeroEntries(new Int32Array(packed.rowsLength), unpackNumbers(packed.rows, width, new Int32Array(packed.rows.length / width))),
    soleSymbol: unpackNumbers(packed.soleSymbol, width, new Uint16Array(nodeCount)),
    soleChild: unpackNumbers(packed.soleChild, width, new Int32Array(nodeCount)).map((step, node) => (step === 0 ? 0 : node + step)),
    spellings,
    firstWords: firstWordsWithBits(unpackNumbers(packed.firstWords, 2, new Int32Array(packed.firstWords.length / 2))),
    skills: packed.skills,
  };
}

function nonZeroEntries(values: Int32Array): number[] {
  const pairs: number[] = [];
  let previous = -1;
  values.forEach((value, index) => {
    if (value === 0) return;
    pairs.push(index - previous, value);
    previous = index;
  });
  return pairs;
}

function withNonZeroEntries(into: Int32Array, pairs: Int32Array): Int32Array {
  let index = -1;
  for (let pair = 0; pair + 1 < pairs.length; pair += 2) {
    index += pairs[pair]!;
    if (index < into.length) into[index] = pairs[pair + 1]!;
  }
  return into;
}

/** Non-negative integers below DIGITS (width 1) or DIGITS² (width 2), `width` code units each. */
function packNumbers(values: ArrayLike<number>, width: 1 | 2): string {
  const codes: number[] = [];
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!;
    if (width === 2) codes.push(FIRST_CODE + Math.floor(value / DIGITS));
    codes.push(FIRST_CODE + (value % DIGITS));
  }
  const parts: string[] = [];
  // String.fromCharCode takes its code units as arguments: a few thousand at a time.
  for (let start = 0; start < codes.length; start += 4_096) parts.push(String.fromCharCode(...codes.slice(start, start + 4_096)));
  return parts.join('');
}

function unpackNumbers<T extends Int32Array | Uint16Array>(packed: string, width: 1 | 2, into: T): T {
  if (width === 1) {
    for (let index = 0; index < into.length; index++) into[index] = packed.charCodeAt(index) - FIRST_CODE;
  } else {
    for (let index = 0; index < into.length; index++) {
      into[index] = (packed.charCodeAt(2 * index) - FIRST_CODE) * DIGITS + packed.charCodeAt(2 * index + 1) - FIRST_CODE;
    }
  }
  return into;
}
