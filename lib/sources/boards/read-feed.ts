import type { BoardPosting } from '../../postings/board-posting';
import { hashString } from '../../text/hash';
import type { BoardContent } from './define-board-adapter';
import { isRecord, listOf, namesOf, textOf, type Read } from './read-answer';

/**
 * The items of an RSS 2.0 channel or the entries of an Atom feed, as postings: title, link, date,
 * HTML description. A feed lists its newest items only: an item missing is not a closed offer.
 */
export function readFeed(document: unknown): Read<BoardContent> {
  if (!isRecord(document)) return { ok: false, reason: 'wrong-shape' };
  const channel = isRecord(document.rss) ? document.rss.channel : undefined;
  if (isRecord(channel)) {
    const language = textOf(channel.language);
    return { ok: true, value: { name: textOf(channel.title), postings: listOf(channel.item).flatMap((item) => rssItem(item, language)) } };
  }
  if (isRecord(document.feed)) {
    return { ok: true, value: { name: textOf(document.feed.title), postings: listOf(document.feed.entry).flatMap(atomEntry) } };
  }
  return { ok: false, reason: 'wrong-shape' };
}

function rssItem(item: unknown, language: string | undefined): BoardPosting[] {
  if (!isRecord(item)) return [];
  const title = textOf(item.title);
  // `link` is read as a list for Atom's sake; RSS has one.
  const link = textOf(listOf(item.link)[0]);
  if (!title) return [];
  // content:encoded holds the whole text where description holds an excerpt.
  const html = textOf(item['content:encoded']) ?? textOf(item.description);
  const postedAt = textOf(item.pubDate) ?? textOf(item['dc:date']);
  return [{
    id: textOf(item.guid) ?? link ?? `item-${contentId(title, postedAt, html)}`,
    title,
    url: link,
    html,
    postedAt,
    language,
    departments: namesOf(item.category),
  }];
}

function atomEntry(entry: unknown): BoardPosting[] {
  if (!isRecord(entry)) return [];
  const title = textOf(entry.title);
  if (!title) return [];
  const link = alternateLink(entry.link);
  const html = textOf(entry.content) ?? textOf(entry.summary);
  const postedAt = textOf(entry.published) ?? textOf(entry.updated);
  return [{
    id: textOf(entry.id) ?? link ?? `entry-${contentId(title, postedAt, html)}`,
    title,
    url: link,
    html,
    postedAt,
    departments: listOf(entry.category).flatMap((category) => {
      const term = isRecord(category) ? textOf(category['@_label']) ?? textOf(category['@_term']) : undefined;
      return term === undefined ? [] : [term];
    }),
  }];
}

/**
 * The id of an item with neither guid nor link: its title alone would merge two postings of the
 * same title ("Infirmier (H/F)" in two services); title, date and description tell them apart and
 * stay the same from one sync to the next.
 */
function contentId(title: string, postedAt: string | undefined, html: string | undefined): string {
  return hashString(JSON.stringify([title, postedAt ?? '', html ?? '']));
}

/** Atom's `<link rel="alternate" href>` (rel defaults to alternate). */
function alternateLink(links: unknown): string | undefined {
  const all = listOf(links).filter(isRecord);
  const alternate = all.find((link) => (textOf(link['@_rel']) ?? 'alternate') === 'alternate') ?? all[0];
  return alternate === undefined ? undefined : textOf(alternate['@_href']);
}
