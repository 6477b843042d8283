import { LIMITS } from './limits';

export interface SafeData {
  value: Record<string, unknown>;
  /** Something was cut: too deep, too many values, too long a string, or not plain data. */
  truncated: boolean;
}

/**
 * A JSON-compatible copy of parsed front matter, safe to store and to spread: Dates become ISO
 * strings, other objects (binary, class instances) are dropped, `__proto__` keys are skipped.
 * js-yaml shares the node of every alias, so a "billion laughs" block is tiny in memory but
 * explodes when copied: the copy stops after LIMITS.maxDataNodes values (cycles end there too).
 */
export function toSafeData(data: Record<string, unknown>): SafeData {
  const state = { nodes: 0, truncated: false };
  // Top-level scalars first, so that a huge list cannot crowd out `title` or `open`.
  const keys = Object.keys(data);
  const scalars = keys.filter((key) => !isObject(data[key]));
  const copy = copyObject(data, [...scalars, ...keys.filter((key) => isObject(data[key]))], state);
  const ordered: Record<string, unknown> = {};
  for (const key of keys) if (Object.hasOwn(copy, key)) ordered[key] = copy[key];
  return { value: ordered, truncated: state.truncated };
}

interface CopyState {
  nodes: number;
  truncated: boolean;
}

function copyValue(value: unknown, depth: number, state: CopyState): unknown {
  if (++state.nodes > LIMITS.maxDataNodes) return cut(state);
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string') return copyString(value, state);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'object') return cut(state);
  if (depth >= LIMITS.maxDataDepth) return cut(state);
  if (Array.isArray(value)) return copyArray(value, depth, state);
  if (!isPlainObject(value)) return cut(state);
  return copyObject(value as Record<string, unknown>, Object.keys(value), state, depth);
}

function copyArray(values: unknown[], depth: number, state: CopyState): unknown[] {
  const copy: unknown[] = [];
  for (const item of values) {
    if (state.nodes >= LIMITS.maxDataNodes) {
      cut(state);
      break;
    }
    const itemCopy = copyValue(item, depth + 1, state);
    if (itemCopy !== undefined) copy.push(itemCopy);
  }
  return copy;
}

function copyObject(source: Record<string, unknown>, keys: readonly string[], state: CopyState, depth = 0): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    if (state.nodes >= LIMITS.maxDataNodes) {
      cut(state);
      break;
    }
    if (key === '__proto__') {
      cut(state);
      continue;
    }
    const itemCopy = copyValue(source[key], depth + 1, state);
    if (itemCopy !== undefined) copy[key] = itemCopy;
  }
  return copy;
}

function copyString(value: string, state: CopyState): string {
  if (value.length <= LIMITS.maxDataString) return value;
  cut(state);
  return value.slice(0, LIMITS.maxDataString);
}

function cut(state: CopyState): undefined {
  state.truncated = true;
  return undefined;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}
