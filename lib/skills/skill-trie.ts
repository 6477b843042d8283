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
 * the root. The children of node n are edges firstEdge[n] to firstEdge[n + 1] - 1; nodes with
 * many children (the root, "d", "c"... where most words of a page start) also get a table
 * indexed by ASCII code, so that the common steps are a single read.
 */
export interface SkillTrie {
  firstEdge: Int32Array;
  edgeCodes: Uint16Array;
  edgeTargets: Int32Array;
  /** Start of node n's 128-entry table in `asciiChildren`, or -1 when it has none. */
  asciiTableOf: Int32Array;
  asciiChildren: Int32Array;
  /** The spellings that end at each node, if any. */
  spellings: Array<Spelling[] | undefined>;
  /** One per name, in the order given: a user's own list may define the same skill twice. */
  skills: Array<Pick<SkillDefinition, 'name' | 'category'>>;
}

/** From this many children on, a node's ASCII children are looked up in a table. */
const WIDE_NODE = 6;

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
  for (const skill of skills) {
    let id = idByName.get(skill.name);
    if (id === undefined) {
      id = named.push({ name: skill.name, category: skill.category }) - 1;
      idByName.set(skill.name, id);
    }
    for (const spelling of new Set([skill.name, ...skill.aliases].map((each) => each.trim()))) {
      if (spelling === '') continue;
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
  return { ...flatten(edgeParents, edgeCodes, spellings), skills: named };
}

/** The child of `node` along the folded code unit `code`, or 0 when there is none. */
export function childOf(trie: SkillTrie, node: number, code: number): number {
  const table = trie.asciiTableOf[node]!;
  if (table >= 0 && code < 128) return trie.asciiChildren[table + code]!;
  const last = trie.firstEdge[node + 1]!;
  for (let edge = trie.firstEdge[node]!; edge < last; edge++) {
    if (trie.edgeCodes[edge] === code) return trie.edgeTargets[edge]!;
  }
  return 0;
}

/** Groups the edges by parent, so that each node's children sit side by side. */
function flatten(
  edgeParents: number[],
  codes: number[],
  spellings: Array<Spelling[] | undefined>,
): Omit<SkillTrie, 'skills'> {
  const nodeCount = spellings.length;
  const firstEdge = new Int32Array(nodeCount + 1);
  for (const parent of edgeParents) firstEdge[parent + 1]!++;
  for (let node = 0; node < nodeCount; node++) firstEdge[node + 1]! += firstEdge[node]!;
  const edgeCodes = new Uint16Array(edgeParents.length);
  const edgeTargets = new Int32Array(edgeParents.length);
  const filled = firstEdge.slice(0, nodeCount);
  edgeParents.forEach((parent, edge) => {
    const slot = filled[parent]!++;
    edgeCodes[slot] = codes[edge]!;
    edgeTargets[slot] = edge + 1;
  });
  const asciiTableOf = new Int32Array(nodeCount).fill(-1);
  let tables = 0;
  for (let node = 0; node < nodeCount; node++) {
    if (firstEdge[node + 1]! - firstEdge[node]! >= WIDE_NODE) asciiTableOf[node] = 128 * tables++;
  }
  const asciiChildren = new Int32Array(128 * tables);
  edgeParents.forEach((parent, edge) => {
    const table = asciiTableOf[parent]!;
    const code = codes[edge]!;
    if (table >= 0 && code < 128) asciiChildren[table + code] = edge + 1;
  });
  return { firstEdge, edgeCodes, edgeTargets, asciiTableOf, asciiChildren, spellings };
}
