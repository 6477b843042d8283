import type { Salary } from '../postings/types';
import { JOB_POSTING_LIMITS, type JobPosting } from './job-posting';

type Json = Record<string, unknown>;

// A page's JSON-LD is walked, not trusted: bounded depth and node count keep a hostile block cheap.
const MAX_DEPTH = 8;
const MAX_NODES = 5_000;
const MAX_BLOCK_LENGTH = 2_000_000;

/**
 * Every schema.org JobPosting that `doc` declares in JSON-LD, in document order: at the top
 * level, in arrays, in `@graph`, or nested (a WebPage's `mainEntity`). A block that is not
 * valid JSON is read after the repairs real sites need (raw line breaks in strings, trailing
 * commas, CDATA wrappers), or skipped.
 */
export function readJobPostings(doc: Document = document): JobPosting[] {
  const postings: JobPosting[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const data = parseJsonLd(script.textContent ?? '');
    if (data === undefined) continue;
    for (const node of findJobPostingNodes(data)) {
      const posting = toJobPosting(node);
      if (posting) postings.push(posting);
    }
  }
  return postings;
}

export function parseJsonLd(source: string): unknown {
  if (source.length > MAX_BLOCK_LENGTH) return undefined;
  try {
    return JSON.parse(source);
  } catch {
    try {
      return JSON.parse(repairJson(source));
    } catch {
      return undefined;
    }
  }
}

function repairJson(source: string): string {
  return source
    .replace(/^\s*(?:\/\*\s*)?<!\[CDATA\[(?:\s*\*\/)?/, '')
    .replace(/(?:\/\*\s*)?\]\]>(?:\s*\*\/)?\s*$/, '')
    .replace(/^\s*<!--/, '')
    .replace(/-->\s*$/, '')
    // Raw control characters are not allowed in JSON strings; whitespace is equivalent outside them.
    .replace(/[\u0000-\u001f]+/g, ' ')
    .replace(/,\s*([}\]])/g, '$1');
}

function findJobPostingNodes(root: unknown): Json[] {
  const found: Json[] = [];
  let visited = 0;
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || ++visited > MAX_NODES || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const node = value as Json;
    if (isJobPostingType(node['@type'])) {
      found.push(node);
      return;
    }
    for (const [key, child] of Object.entries(node)) if (key !== '@context') visit(child, depth + 1);
  };
  visit(root, 0);
  return found;
}

function isJobPostingType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((each) => typeof each === 'string' && /(?:^|[/:#])JobPosting$/.test(each.trim()));
}

function toJobPosting(node: Json): JobPosting | undefined {
  const title = clip(plain(firstText(node.title) ?? firstText(node.name)), JOB_POSTING_LIMITS.title);
  if (!title) return undefined;
  return {
    title,
    organization: clip(plain(nameOf(node.hiringOrganization)), JOB_POSTING_LIMITS.shortText),
    location: clip(readLocation(node.jobLocation), JOB_POSTING_LIMITS.shortText),
    employmentTypes: texts(node.employmentType).map((type) => clip(type, JOB_POSTING_LIMITS.shortText) ?? '').filter(Boolean),
    telecommute: texts(node.jobLocationType).some((type) => type.trim().toUpperCase() === 'TELECOMMUTE'),
    datePosted: clip(firstText(node.datePosted), 40),
    validThrough: clip(firstText(node.validThrough), 40),
    // As declared, HTML or text: the worker reads it as it reads a posting file (lib/page/to-page-offer.ts).
    description: clip(firstText(node.description), JOB_POSTING_LIMITS.description) ?? '',
    salary: readSalary(node.baseSalary),
    skills: skillTexts(node.skills).map((skill) => clip(plain(skill), JOB_POSTING_LIMITS.shortText) ?? '').filter(Boolean),
    identifier: clip(identifierOf(node.identifier), JOB_POSTING_LIMITS.shortText),
  };
}

/**
 * schema.org's `identifier`: a PropertyValue's value ({ "name": "Acme", "value": "1234567" }, as
 * Google's guide writes it), or a text. A bare figure is not read: the page script has no bytes
 * to spare for what schema.org types as text.
 */
function identifierOf(value: unknown): string | undefined {
  const first = list(value)[0];
  return firstText(isJson(first) ? first.value : first);
}

function readLocation(value: unknown): string | undefined {
  const names = list(value).flatMap((place) => {
    if (typeof place === 'string') return [place.trim()];
    if (!isJson(place)) return [];
    const address = place.address;
    if (typeof address === 'string') return [address.trim()];
    if (!isJson(address)) return nameOf(place) ? [nameOf(place)!] : [];
    const locality = firstText(address.addressLocality) ?? firstText(address.addressRegion);
    const country = nameOf(address.addressCountry);
    return [[locality, country].filter(Boolean).join(', ')];
  });
  const unique = [...new Set(names.filter(Boolean))];
  return unique.length > 0 ? unique.join(' ; ') : undefined;
}

const SALARY_UNITS: Record<string, Salary['unit']> = { HOUR: 'hour', DAY: 'day', MONTH: 'month', YEAR: 'year' };

function readSalary(value: unknown): Salary | undefined {
  const amount = list(value).find(isJson);
  if (!amount) return undefined;
  const currency = (firstText(amount.currency) ?? '').trim().toUpperCase().slice(0, 10);
  const quantity = amount.value;
  const figures = isJson(quantity)
    ? { min: toNumber(quantity.minValue) ?? toNumber(quantity.value), max: toNumber(quantity.maxValue) ?? toNumber(quantity.value), unitText: firstText(quantity.unitText) }
    : { min: toNumber(quantity), max: toNumber(quantity), unitText: firstText(amount.unitText) };
  if (figures.min === undefined && figures.max === undefined) return undefined;
  const unitText = (figures.unitText ?? '').trim().toUpperCase();
  const range = figures.min === figures.max ? `${figures.min}` : [figures.min, figures.max].filter((figure) => figure !== undefined).join('–');
  return {
    min: figures.min,
    max: figures.max,
    unit: SALARY_UNITS[unitText] ?? 'unknown',
    currency,
    text: clip([range, currency, unitText && `/ ${unitText.toLowerCase()}`].filter(Boolean).join(' '), JOB_POSTING_LIMITS.shortText) ?? '',
  };
}

function toNumber(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')) : NaN;
  return Number.isFinite(number) && number >= 0 && number < 1e9 ? number : undefined;
}

function skillTexts(value: unknown): string[] {
  return list(value).flatMap((skill) => {
    if (typeof skill === 'string') return skill.split(/\s*[,;]\s*/);
    const name = nameOf(skill);
    return name ? [name] : [];
  }).slice(0, JOB_POSTING_LIMITS.listItems);
}

function nameOf(value: unknown): string | undefined {
  const first = list(value)[0];
  if (typeof first === 'string') return first.trim() || undefined;
  return isJson(first) ? firstText(first.name) : undefined;
}

function firstText(value: unknown): string | undefined {
  const first = list(value).find((item) => typeof item === 'string' || isJson(item));
  if (typeof first === 'string') return first.trim() || undefined;
  // JSON-LD value objects: { "@value": "…", "@language": "fr" }.
  return isJson(first) && typeof first['@value'] === 'string' ? first['@value'].trim() || undefined : undefined;
}

function texts(value: unknown): string[] {
  return list(value).filter((item): item is string => typeof item === 'string').slice(0, JOB_POSTING_LIMITS.listItems);
}

/** On one line; the entities or tags names and titles sometimes carry ("D&eacute;veloppeur", "<b>CDI</b>") are the worker's to read. */
function plain(text: string | undefined): string | undefined {
  return text?.replace(/\s+/g, ' ').trim();
}

function clip(text: string | undefined, max: number): string | undefined {
  return text === undefined || text === '' ? undefined : text.slice(0, max);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
