import { hiddenKey, organizationKey, WORD_SCOPES, wordKey, type NoiseRule, type WordScope } from './noise-rules';

/** Bounds on what is read from an import or storage.sync: far above any seeker's use, low enough to stay small. */
const NOISE_LIMITS = { rules: 20_000, label: 300, offerId: 1000 } as const;

/**
 * Keeps the well-formed rules of untrusted input (an imported file, storage.sync, a message),
 * their keys made again from what they name, so that a forged key never hides another posting.
 */
export function sanitizeNoiseRules(input: unknown): NoiseRule[] {
  if (!Array.isArray(input)) return [];
  return input.slice(0, NOISE_LIMITS.rules).flatMap((raw) => {
    const rule = sanitizeRule(raw);
    return rule ? [rule] : [];
  });
}

function sanitizeRule(raw: unknown): NoiseRule | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = raw as Record<string, unknown>;
  if (typeof value.at !== 'number' || !Number.isFinite(value.at)) return undefined;
  const base = { at: value.at, ...(value.removed === true ? { removed: true as const } : {}) };
  const text = (field: unknown, max: number = NOISE_LIMITS.label) => (typeof field === 'string' && field.trim() ? field.slice(0, max) : undefined);
  if (value.kind === 'hidden') {
    const offerId = text(value.offerId, NOISE_LIMITS.offerId);
    // Without the offer id (a rule that came through storage.sync), only a hash's shape is accepted.
    const key = offerId ? hiddenKey(offerId) : typeof value.key === 'string' && /^[0-9a-f]{14}$/.test(value.key) ? value.key : undefined;
    if (!key) return undefined;
    const title = text(value.title);
    return { kind: 'hidden', key, ...base, ...(offerId ? { offerId } : {}), ...(title ? { title } : {}) };
  }
  if (value.kind === 'organization') {
    const name = text(value.name);
    const key = name && organizationKey(name);
    return key ? { kind: 'organization', key, name, ...base } : undefined;
  }
  if (value.kind === 'word') {
    const word = text(value.word);
    const key = word && wordKey(word);
    const scope = WORD_SCOPES.find((candidate) => candidate === value.scope) as WordScope | undefined;
    return key && scope ? { kind: 'word', key, word, scope, ...base } : undefined;
  }
  return undefined;
}
