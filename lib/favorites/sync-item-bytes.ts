/**
 * The bytes one storage.sync item counts against its quotas, as Chrome counts them: the key's
 * length plus the length of the value written as JSON, in UTF-8 (GetAllocationSize in
 * extensions/browser/api/storage/settings_storage_quota_enforcer.cc). Chrome writes that JSON
 * with base::JSONWriter, not JSON.stringify, and the two differ in three ways that only make
 * Chrome's count larger, all added here:
 *  - `<` is escaped as `\u003C`, and U+2028 / U+2029 as `\u2028` / `\u2029` (base/json/string_escape.cc);
 *  - a number that is not a 32-bit integer is a double there, written with a trailing `.0`
 *    (base/json/json_writer.cc): every millisecond timestamp costs two more bytes.
 * Firefox counts key + JSON.stringify, never more than this.
 */
export function syncItemBytes(key: string, value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  return utf8Length(key) + utf8Length(json) + escapeSurplus(json) + doubleSurplus(value);
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** `\u003C` is 6 bytes where `<` is 1; `\u2028` is 6 where the character is 3 in UTF-8. */
function escapeSurplus(json: string): number {
  let surplus = 0;
  for (const character of json) {
    if (character === '<') surplus += 5;
    else if (character === '\u2028' || character === '\u2029') surplus += 3;
  }
  return surplus;
}

function doubleSurplus(value: unknown): number {
  if (typeof value === 'number') return Number.isInteger(value) && (value > 2 ** 31 - 1 || value < -(2 ** 31)) ? 2 : 0;
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + doubleSurplus(item), 0);
  if (typeof value === 'object' && value !== null) return Object.values(value).reduce<number>((sum, item) => sum + doubleSurplus(item), 0);
  return 0;
}
