import { toSafeUrl } from './to-safe-url';
import { withoutScriptLinks } from './without-script-links';
import { matchesOf } from '../text/matches-of';

const EMAIL = /^[A-Za-z0-9][\w.%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}$/;
const LOCAL_PART = /[\w.%+-]/;
const DOMAIN = /[A-Za-z0-9.-]/;
const MAX_LOCAL_PART = 64;
const MAX_DOMAIN = 253;
// A body of "@@@@…" would otherwise cost one check per "@".
const MAX_CANDIDATES = 1000;
const URL = /https?:\/\/[^\s<>()"'\]]{1,2000}/g;
// An application form, by its address or by what precedes it ("## Candidater … https://airtable.com/shr…").
const APPLY_URL = /airtable\.com\/shr|typeform|forms\.gle|forms\.office|docs\.google\.com\/forms|place-emploi-public|welcometothejungle|candidat|postuler|apply/i;
const APPLY_WORDS = /candidat|postul|formulaire|apply|application/i;
const APPLY_CONTEXT = 200;

/**
 * How to apply: the front matter's `contact` (an e-mail or a URL), else the first e-mail address
 * of the body (bare, in a mailto: link or in code), else the address of an application form
 * (known form sites, or a link just after "Candidater", "Postulez"…).
 */
export function readContact(declared: readonly string[], body: string): string | undefined {
  for (const value of declared) {
    const contact = toContact(value.trim());
    if (contact) return contact;
  }
  // Addresses come from real http(s): and mailto: links or plain text, never from a javascript: link's payload.
  const text = withoutScriptLinks(body);
  const email = firstEmail(text);
  if (email) return `mailto:${email}`;
  return applicationUrl(text);
}

function applicationUrl(body: string): string | undefined {
  for (const match of matchesOf(URL, body)) {
    const url = match[0].replace(/(?<![.,;:!?])[.,;:!?]+$/, '');
    const before = body.slice(Math.max(0, match.index - APPLY_CONTEXT), match.index);
    if (!APPLY_URL.test(url) && !APPLY_WORDS.test(before)) continue;
    const safe = toSafeUrl(url);
    if (safe) return safe;
  }
  return undefined;
}

function toContact(value: string): string | undefined {
  const address = value.replace(/^mailto:/i, '');
  if (EMAIL.test(address)) return `mailto:${address}`;
  return /^https?:\/\//i.test(value) ? toSafeUrl(value) : undefined;
}

/** The first e-mail address of a text, found from its "@" (a regular expression tried at every position would be slow). */
function firstEmail(text: string): string | undefined {
  let candidates = 0;
  for (let at = text.indexOf('@'); at !== -1 && candidates++ < MAX_CANDIDATES; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL_PART && LOCAL_PART.test(text.charAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && DOMAIN.test(text.charAt(end))) end++;
    // "écrivez à contact@multi.coop." — the final dot ends the sentence.
    const candidate = text.slice(start, end).replace(/^[._%+-]+/, '').replace(/[.-]+$/, '');
    if (EMAIL.test(candidate)) return candidate;
  }
  return undefined;
}
