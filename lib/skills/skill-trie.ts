import { createFirstWords, type FirstWords } from './first-words';
import { foldCodeUnit } from './fold-code-unit';
import { createSpellingGuard, type SpellingGuard } from './spelling-guard';
import type { SkillDefinition } from './types';

export interface Spelling {
  /** Index in `SkillTrie.skills`. */
  skill: number;
  guard: SpellingGuard | undefined;
}

/**
 * A trie over folded code units, flattened into typed arrays, because the walk runs at every
 * word start of a 1 MB page and a Map per node costs a hash lookup per character. Node 0 is
 * the root. Code units are first mapped to a symbol, their column in a row of children
 * (0 for those no spelling holds, whose column is always empty); nodes with several children
 * (the root, "d", "c"... where most words of a page start) get a row, the others, most of the
 * trie, store their only child. Either way a step is two or three reads, with no search.
 */
export interface SkillTrie {
  /** Per folded code unit, its symbol: 1 and up for those that spellings hold, 0 for the others. */
  symbolOf: Uint16Array;
  /** Start of node n's row in `rows`, or -1 when it has one child or none. */
  rowOf: Int32Array;
  /** The children of branching nodes, one row of (highest symbol + 1) entries each, 0 for none. */
  rows: Int32Array;
  /** For the other nodes, the symbol and the child of their only edge (0 and 0 for a leaf). */
  soleSymbol: Uint16Array;
  soleChild: Int32Array;
  /** The spellings that end at each node, if any. */
  spellings: Array<Spelling[] | undefined>;
  /** What words the walk can start from: at other word starts it would find nothing. */
  firstWords: FirstWords;
  /** One per name, in the order given: a user's own list may define the same skill twice. */
  skills: Array<Pick<SkillDefinition, 'name' | 'kind'>>;
}

export function buildSkillTrie(skills: readonly SkillDefinition[]): SkillTrie {
  // Node n + 1 is created by edge n, with parent edgeParents[n] and code edgeCodes[n]. Plain
  // arrays and one Map: the first compile runs before the JIT warms up, where every object
  // allocated per character counts.
  const childByEdge = new Map<number, number>();
  const edgeParents: number[] = [];
  const edgeCodes: number[] = [];
  const spellings: Array<Spelling[] | undefined> = [undefined];
  const named: SkillTrie['skills'] = [];
  const idByName = new Map<string, number>();
  const inserted: string[] = [];
  for (const skill of skills) {
    let id = idByName.get(skill.name);
    if (id === undefined) {
      id = named.push({ name: skill.name, kind: skill.kind }) - 1;
      idByName.set(skill.name, id);
    }
    for (const spelling of new Set([skill.name, ...skill.aliases].map((each) => each.trim()))) {
      if (spelling === '') continue;
      inserted.push(spelling);
      let node = 0;
      for (let index = 0; index < spelling.length; index++) {
        const code = foldCodeUnit(spelling.charCodeAt(index));
        const edge = node * 0x10000 + code;
        let child = childByEdge.get(edge);
        if (child === undefined) {
          child = edgeParents.length + 1;
          childByEdge.set(edge, child);
          edgeParents.push(node);
          edgeCodes.push(code);
          spellings.push(undefined);
        }
        node = child;
      }
      (spellings[node] ??= []).push({ skill: id, guard: createSpellingGuard(skill, spelling) });
    }
  }
  return { ...flatten(edgeParents, edgeCodes, spellings), firstWords: createFirstWords(inserted), skills: named };
}

/** The child of `node` along the folded code unit `code`, or 0 when there is none. */
export function childOf(trie: SkillTrie, node: number, code: number): number {
  const symbol = trie.symbolOf[code]!;
  const row = trie.rowOf[node]!;
  if (row >= 0) return trie.rows[row + symbol]!;
  // A leaf's sole symbol is 0, like that of every code unit no spelling holds: its child, 0, is right.
  return trie.soleSymbol[node] === symbol ? trie.soleChild[node]! : 0;
}

/** Numbers the code units the spellings use and lays each node's children out by them. */
function flatten(
  edgeParents: number[],
  codes: number[],
  spellings: Array<Spelling[] | undefined>,
): Omit<SkillTrie, 'firstWords' | 'skills'> {
  const nodeCount = spellings.length;
  const symbolOf = new Uint16Array(0x10000);
  let symbolCount = 1;
  for (const code of codes) if (symbolOf[code] === 0) symbolOf[code] = symbolCount++;
  const childCount = new Int32Array(nodeCount);
  for (const parent of edgeParents) childCount[parent]!++;
  const rowOf = new Int32Array(nodeCount).fill(-1);
  let rowCount = 0;
  for (let node = 0; node < nodeCount; node++) {
    if (childCount[node]! > 1 || node === 0) rowOf[node] = symbolCount * rowCount++;
  }
  const rows = new Int32Array(symbolCount * rowCount);
  const soleSymbol = new Uint16Array(nodeCount);
  const soleChild = new Int32Array(nodeCount);
  edgeParents.forEach((parent, edge) => {
    const symbol = symbolOf[codes[edge]!]!;
    const row = rowOf[parent]!;
    if (row >= 0) rows[row + symbol] = edge + 1;
    else {
      soleSymbol[parent] = symbol;
      soleChild[parent] = edge + 1;
    }
  });
  return { symbolOf, rowOf, rows, soleSymbol, soleChild, spellings };
}
