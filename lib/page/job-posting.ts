import type { Salary } from '../postings/types';

/**
 * A posting read from a web page (a schema.org JobPosting, or the page itself when it declares
 * none), as the content script sends it to the worker: plain, bounded fields, checked again on
 * arrival because the page wrote them.
 */
export interface JobPosting {
  title: string;
  organization?: string;
  location?: string;
  /** As declared: "FULL_TIME", "CONTRACTOR", "CDI"… */
  employmentTypes: string[];
  /** jobLocationType TELECOMMUTE. */
  telecommute: boolean;
  /** As declared (ISO 8601 expected). */
  datePosted?: string;
  validThrough?: string;
  /** As the page declares it: HTML (sometimes escaped once more) or text, read by the worker (lib/page/to-page-offer.ts). */
  description: string;
  salary?: Salary;
  /** Declared `skills`, as written. */
  skills: string[];
  /** The posting's own reference: its `identifier`'s value (a PropertyValue's, or the text). */
  identifier?: string;
}

export const JOB_POSTING_LIMITS = {
  title: 300,
  shortText: 300,
  description: 100_000,
  listItems: 50,
} as const;

const SALARY_UNITS = new Set(['hour', 'day', 'month', 'year', 'unknown']);
const KEYS = new Set(['title', 'organization', 'location', 'employmentTypes', 'telecommute', 'datePosted', 'validThrough', 'description', 'salary', 'skills', 'identifier']);

/** True when `value` is a JobPosting within the limits, with no other key. */
export function isJobPosting(value: unknown): value is JobPosting {
  if (!isRecord(value) || !Object.keys(value).every((key) => KEYS.has(key))) return false;
  const { shortText, listItems } = JOB_POSTING_LIMITS;
  return (
    isText(value.title, JOB_POSTING_LIMITS.title) &&
    value.title.trim() !== '' &&
    isOptionalText(value.organization, shortText) &&
    isOptionalText(value.location, shortText) &&
    isTextList(value.employmentTypes, listItems, shortText) &&
    typeof value.telecommute === 'boolean' &&
    isOptionalText(value.datePosted, 40) &&
    isOptionalText(value.validThrough, 40) &&
    isText(value.description, JOB_POSTING_LIMITS.description) &&
    (value.salary === undefined || isSalary(value.salary)) &&
    isTextList(value.skills, listItems, shortText) &&
    isOptionalText(value.identifier, shortText)
  );
}

function isSalary(value: unknown): value is Salary {
  if (!isRecord(value)) return false;
  const { min, max, unit, currency, text } = value;
  return (
    Object.keys(value).every((key) => ['min', 'max', 'unit', 'currency', 'text'].includes(key)) &&
    (min === undefined || isAmount(min)) &&
    (max === undefined || isAmount(max)) &&
    typeof unit === 'string' &&
    SALARY_UNITS.has(unit) &&
    isText(currency, 10) &&
    isText(text, JOB_POSTING_LIMITS.shortText)
  );
}

const isAmount = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 1e9;
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isOptionalText = (value: unknown, max: number) => value === undefined || isText(value, max);
const isTextList = (value: unknown, items: number, max: number) => Array.isArray(value) && value.length <= items && value.every((item) => isText(item, max));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
