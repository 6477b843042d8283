import { LIMITS } from './limits';
import { PostingError } from './posting-error';
import { WINDOWS_1252 } from './single-byte-codecs';
import type { PostingWarning } from './types';

export interface DecodedText {
  /** The file's text, byte-order mark removed; line ends untouched. */
  text: string;
  warnings: PostingWarning[];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF16_BOMS: Array<{ bytes: [number, number]; label: string }> = [
  { bytes: [0xff, 0xfe], label: 'utf-16le' },
  { bytes: [0xfe, 0xff], label: 'utf-16be' },
];
// Git takes a NUL byte in the first 8,000 bytes for binary; we refuse a NUL anywhere, and a
// text whose first 8,000 characters are more than 10 % control characters.
const CONTROL_SAMPLE = 8000;
const CONTROL_CHARACTER = /[\x00-\x08\x0E-\x1A\x1C-\x1F]/g;
const ANY_CONTROL_CHARACTER = /[\x00-\x08\x0E-\x1A\x1C-\x1F]/;
const MAX_CONTROL_SHARE = 0.1;

/**
 * Turns the bytes (or string) of a posting file into text: UTF-8, or UTF-16 with a BOM, or
 * windows-1252 when the bytes are not valid UTF-8 (old files saved by Windows editors).
 * Throws PostingError for what cannot be a posting: too large, binary, empty.
 */
export function decodeText(raw: string | Uint8Array, path: string): DecodedText {
  if (raw.length > LIMITS.maxInputSize) {
    throw new PostingError('too-large', path, `the file is larger than ${LIMITS.maxInputSize} bytes`);
  }
  const decoded = typeof raw === 'string' ? { text: raw, warnings: [] } : decodeBytes(raw, path);
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (looksBinary(text)) throw new PostingError('binary', path, 'the file holds binary data, not text');
  if (text.trim() === '') throw new PostingError('empty', path, 'the file is empty');
  return { text, warnings: decoded.warnings };
}

function decodeBytes(bytes: Uint8Array, path: string): DecodedText {
  const utf16 = UTF16_BOMS.find(({ bytes: [first, second] }) => bytes[0] === first && bytes[1] === second);
  if (utf16) return { text: new TextDecoder(utf16.label).decode(bytes.subarray(2)), warnings: [] };
  try {
    return { text: UTF8.decode(bytes), warnings: [] };
  } catch {
    return {
      text: WINDOWS_1252.decode(bytes),
      warnings: [{ code: 'latin1-decoded', message: `${path} is not valid UTF-8: read as windows-1252 (Latin-1)` }],
    };
  }
}

function looksBinary(text: string): boolean {
  // One search through the text lets almost every file through: it holds no NUL and no other control character.
  if (!ANY_CONTROL_CHARACTER.test(text)) return false;
  if (text.includes('\0')) return true;
  const sample = text.slice(0, CONTROL_SAMPLE);
  if (!ANY_CONTROL_CHARACTER.test(sample)) return false;
  const controls = sample.match(CONTROL_CHARACTER)?.length ?? 0;
  return controls > sample.length * MAX_CONTROL_SHARE;
}
