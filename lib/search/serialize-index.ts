import { OfferTable } from './offer-table';
import type { SerializedSearchIndex } from './types';
import { Vocabulary } from './vocabulary';

/** 2: postings of the body's aside kept apart, title pairs. 3: the synonyms' expressions as pairs of words, in every field. 4: a fully remote job's place term (REMOTE_ANYWHERE_TERM). 5: the synonyms' expressions in the plural ("business developers"). 6: "vue" beside another technology in a text (inStack). 7: a fully remote job's place term names the country it is limited to (remotePlaceTerm). 8: one place term by country, when it is limited to several. 9: no inStack term after a determiner ("la vue React"). 10: a section presenting a start-up by name ("La Start-up : DomiFa") is the aside, and a fully remote job's country read only from a sentence about where it is done. */
export const SEARCH_INDEX_VERSION = 10;

export const EMPTY_INDEX: SerializedSearchIndex = {
  version: SEARCH_INDEX_VERSION,
  ids: [],
  statuses: [],
  postedDays: [],
  terms: [],
  headPostings: [],
  bodyPostings: [],
  asidePostings: [],
};

/** Plain data for an index, removed offers dropped and the others renumbered from 0. */
export function serializeIndex(vocabulary: Vocabulary, table: OfferTable): SerializedSearchIndex {
  const renumber = new Int32Array(table.slots).fill(-1);
  const data = structuredClone(EMPTY_INDEX);
  table.ids.forEach((id, ordinal) => {
    if (id === undefined) return;
    renumber[ordinal] = data.ids.length;
    data.ids.push(id);
    data.statuses.push(table.statuses[ordinal]!);
    const day = table.days[ordinal]!;
    data.postedDays.push(Number.isNaN(day) ? null : day);
  });
  const anyRemoved = data.ids.length < table.slots;
  for (const term of vocabulary.withPrefix('')) {
    const head = vocabulary.encodePostings(term, 'head', renumber, anyRemoved);
    const body = vocabulary.encodePostings(term, 'body', renumber, anyRemoved);
    const aside = vocabulary.encodePostings(term, 'aside', renumber, anyRemoved);
    if (head === '' && body === '' && aside === '') continue;
    data.terms.push(vocabulary.terms[term]!);
    data.headPostings.push(head);
    data.bodyPostings.push(body);
    data.asidePostings.push(aside);
  }
  return data;
}

export function deserializeIndex(data: SerializedSearchIndex): { vocabulary: Vocabulary; table: OfferTable } {
  if (data.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`Unsupported search index version ${String(data.version)}: rebuild it from the offers`);
  }
  return {
    vocabulary: new Vocabulary([...data.terms], { head: [...data.headPostings], body: [...data.bodyPostings], aside: [...data.asidePostings] }),
    table: new OfferTable([...data.ids], [...data.statuses], data.postedDays.map((day) => day ?? NaN)),
  };
}
