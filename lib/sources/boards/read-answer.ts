import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { UnexpectedAnswer } from '../types';

export type Read<T> = { ok: true; value: T } | { ok: false; reason: UnexpectedAnswer };

// An error page, a login wall or a "this company has no board" page comes as HTML with a 200.
const HTML_PAGE = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/** A JSON answer, or why it is not one. */
export function readJson(text: string): Read<unknown> {
  if (HTML_PAGE.test(text)) return { ok: false, reason: 'html-page' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, reason: 'not-json' };
  }
}

// Elements that repeat in feeds and Personio's XML: always arrays, even when one is present.
const REPEATED = new Set(['item', 'entry', 'position', 'jobDescription', 'category', 'link', 'additionalOffice']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Values stay text: an id "0042" or a title "2026" must not become numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // The library's own bounds on entities declared in a DOCTYPE (size, count): no "billion laughs".
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => REPEATED.has(name),
});

/**
 * An XML answer (RSS, Atom, Personio) as plain objects: attributes as `@_name`, text as the value
 * or `#text`, CDATA merged into the text. Runs anywhere, the MV3 service worker included, which
 * has no DOMParser.
 */
export function readXml(text: string): Read<Record<string, unknown>> {
  if (HTML_PAGE.test(text)) return { ok: false, reason: 'html-page' };
  if (XMLValidator.validate(text) !== true) return { ok: false, reason: 'not-xml' };
  try {
    const value: unknown = parser.parse(text);
    return isRecord(value) ? { ok: true, value } : { ok: false, reason: 'not-xml' };
  } catch {
    return { ok: false, reason: 'not-xml' };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of a JSON or XML value: a string, a number, or an element's `#text` when it has attributes. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (isRecord(value)) return textOf(value['#text']);
  return undefined;
}

export function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null || value === '' ? [] : [value];
}

/** Names from a list of `{ name }` objects or strings (departments, offices, categories). */
export function namesOf(value: unknown): string[] {
  return listOf(value).flatMap((entry) => {
    const name = isRecord(entry) && 'name' in entry ? textOf(entry.name) : textOf(entry);
    return name === undefined ? [] : [name];
  });
}
