import { foldText } from './fold';

/*
 * The keys that tell two postings are one job (lib/duplicates) wherever they were read: a source's
 * listing or a page saved while browsing (lib/page).
 */

/** Letters and figures only, case and accents folded. */
function compactKey(text: string | undefined): string {
  return foldText(text ?? '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "Aidants Connect" and "aidantsconnect" are one organization here. */
export function organizationBlockKey(name: string | undefined): string {
  return compactKey(name);
}

// Leading words that say nothing of the role: "Un·e chargé·e de déploiement" is "Chargé·e de déploiement".
const TITLE_OPENERS = new Set(['un', 'une', 'e', 'ou', 'des', 'le', 'la', 'l', 'a', 'an', 'the']);

export function titleBlockKey(title: string): string {
  const words = foldText(title).match(/[\p{L}\p{N}]+/gu) ?? [];
  let start = 0;
  while (start < words.length - 1 && TITLE_OPENERS.has(words[start]!)) start++;
  return words.slice(start).join(' ');
}

/** A posting's reference within its organization ("REF-12" is "ref 12"); none without both. */
export function identifierKey(posting: { organization?: string; identifier?: string }): string | undefined {
  const organization = organizationBlockKey(posting.organization);
  const reference = compactKey(posting.identifier);
  return organization && reference ? `${organization}\u0000${reference}` : undefined;
}
