import type { BoardPosting } from '../../postings/board-posting';
import type { RemotePolicy } from '../../postings/types';
import { defineBoardAdapter } from './define-board-adapter';
import { locationOf, subdomainOf } from './board-url';
import { isRecord, textOf } from './read-answer';

/**
 * Recruitee's careers-site API, `https://{company}.recruitee.com/api/offers/`: every published
 * offer in one answer. Recruitee announced that this API will require a token from 10 February
 * 2027; the options page says so where it offers Recruitee.
 */
export const recruiteeAdapter = defineBoardAdapter({
  kind: 'recruitee',
  format: 'json',
  absence: 'closed',

  locate(url) {
    const company = subdomainOf(url, 'recruitee.com');
    if (!company || company === 'www' || company === 'app' || company === 'api') return undefined;
    const origin = `https://${company}.recruitee.com`;
    return locationOf('recruitee', company, `${origin}/api/offers/`, `${origin}/`);
  },

  read(answer) {
    if (!isRecord(answer) || !Array.isArray(answer.offers)) return { ok: false, reason: 'wrong-shape' };
    return { ok: true, value: { postings: answer.offers.flatMap(toPosting) } };
  },
});

function toPosting(offer: unknown): BoardPosting[] {
  if (!isRecord(offer) || (offer.status !== undefined && offer.status !== 'published')) return [];
  const id = textOf(offer.id);
  const title = textOf(offer.title);
  if (!id || !title) return [];
  const html = [textOf(offer.description), textOf(offer.requirements)].filter((part): part is string => part !== undefined);
  return [{
    id,
    title,
    url: textOf(offer.careers_url),
    applyUrl: textOf(offer.careers_apply_url),
    organization: textOf(offer.company_name),
    html: html.length > 0 ? html.join('\n') : undefined,
    location: textOf(offer.location) ?? [textOf(offer.city), textOf(offer.country)].filter(Boolean).join(', '),
    employment: textOf(offer.employment_type_code),
    remote: remoteOf(offer),
    postedAt: textOf(offer.published_at) ?? textOf(offer.created_at),
    closesAt: textOf(offer.close_at),
    departments: [textOf(offer.department)].filter((name): name is string => name !== undefined),
  }];
}

function remoteOf(offer: Record<string, unknown>): RemotePolicy | undefined {
  if (offer.remote === true) return offer.on_site === true || offer.hybrid === true ? 'partial' : 'full';
  if (offer.hybrid === true) return 'partial';
  return offer.on_site === true ? 'none' : undefined;
}
