import { IMPLIES } from './implications';

/** Each skill's implied skills (implications.ts), followed through, keyed by the lower-cased name. */
let impliedByName: Map<string, readonly string[]> | undefined;

/**
 * The skills one cannot practise `name` without, by their taxonomy names, nearest first:
 * "Django REST Framework" → Django, Python; "Next.js" → React, JavaScript. Empty for a name the
 * taxonomy does not know or that implies nothing. Compared without case, as the match does.
 */
export function impliedSkills(name: string): readonly string[] {
  impliedByName ??= followImplications();
  return impliedByName.get(skillKey(name)) ?? [];
}

/** How the match compares skill names, here and in score-match.ts: without case or surrounding spaces. */
export function skillKey(name: string): string {
  return name.trim().toLowerCase();
}

function followImplications(): Map<string, readonly string[]> {
  const direct = new Map<string, readonly string[]>();
  for (const [name, implied] of Object.entries(IMPLIES)) direct.set(name.toLowerCase(), implied);
  const followed = new Map<string, readonly string[]>();
  for (const key of direct.keys()) followed.set(key, reachable(key, direct));
  return followed;
}

/** Breadth first, each skill once, the starting one never (a cycle in the data implies nothing more). */
function reachable(start: string, direct: ReadonlyMap<string, readonly string[]>): string[] {
  const seen = new Set([start]);
  const found: string[] = [];
  const queue = [...(direct.get(start) ?? [])];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const key = next.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(next);
    queue.push(...(direct.get(key) ?? []));
  }
  return found;
}
