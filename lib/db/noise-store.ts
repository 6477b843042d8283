import type { VigieDatabase } from './schema';
import type { StoredOffer } from './records';
import { createNoiseJudge, judgedOffer } from '../noise/judge-noise';
import { readListedOffers } from './listed-offers';
import { mergeRuleLists, withoutExpiredUndos } from '../noise/merge-noise-rules';
import { activeRules, type NoiseRule } from '../noise/noise-rules';
import { sanitizeNoiseRules } from '../noise/sanitize-noise-rules';
import { ruleForChange, type NoiseChange } from '../noise/noise-change';
import { NOISE_RULES_KEY, WORD_HITS_KEY } from './noise-keys';

export { NOISE_RULES_KEY, WORD_HITS_KEY };

export async function readNoiseRules(db: VigieDatabase): Promise<NoiseRule[]> {
  return sanitizeNoiseRules((await db.settings.get(NOISE_RULES_KEY))?.value);
}

/**
 * Merges rules into the stored ones (a rule set or undone here, an import, storage.sync): the later
 * change of each wins. Says whether the words blocked anywhere changed, which asks for new hits.
 */
export async function mergeNoiseRules(db: VigieDatabase, incoming: readonly NoiseRule[], now = Date.now()): Promise<{ changed: boolean; wordsChanged: boolean }> {
  return db.transaction('rw', db.settings, async () => {
    const stored = await readNoiseRules(db);
    const merged = withoutExpiredUndos(mergeRuleLists(stored, incoming), now);
    const changed = JSON.stringify(merged) !== JSON.stringify(stored);
    if (changed) await db.settings.put({ key: NOISE_RULES_KEY, value: merged });
    return { changed, wordsChanged: changed && anywhereWords(stored) !== anywhereWords(merged) };
  });
}

function anywhereWords(rules: readonly NoiseRule[]): string {
  return JSON.stringify(activeRules(rules).flatMap((rule) => (rule.kind === 'word' && rule.scope === 'anywhere' ? [rule.key] : [])).sort());
}

/**
 * Finds the listed offers that hold a word blocked anywhere; nothing is read when no such word is
 * blocked. About 1 s per 10,000 offers in the worker (their bodies are read), run after a sync that
 * changed the board (with the offers the duplicates are found among, read once for both) and when
 * such a word is blocked or unblocked.
 */
export async function refreshWordHits(db: VigieDatabase, listed?: readonly StoredOffer[]): Promise<void> {
  const rules = activeRules(await readNoiseRules(db)).filter((rule) => rule.kind === 'word' && rule.scope === 'anywhere');
  const hits: Array<[string, string]> = [];
  if (rules.length > 0) {
    const judge = createNoiseJudge(rules);
    for (const offer of listed ?? (await readListedOffers(db))) {
      const reason = judge(judgedOffer(offer));
      if (reason?.kind === 'word') hits.push([offer.id, reason.word]);
    }
  }
  await db.settings.put({ key: WORD_HITS_KEY, value: hits });
}

/** The stored hits, from untrusted storage: pairs of strings only. */
export function readWordHits(value: unknown): Map<string, string> {
  if (!Array.isArray(value)) return new Map();
  return new Map(value.filter((pair): pair is [string, string] => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string'));
}

/** Carries out the seeker's change: the rule set or undone, and the hits found again when a word blocked anywhere changed. */
export async function applyNoiseChange(db: VigieDatabase, change: NoiseChange, now = Date.now()): Promise<boolean> {
  const rule = ruleForChange(change, await readNoiseRules(db), now);
  if (!rule) return false;
  const { wordsChanged } = await mergeNoiseRules(db, [rule], now);
  if (wordsChanged) await refreshWordHits(db);
  return true;
}
