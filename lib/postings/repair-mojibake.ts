import { MAC_ROMAN, WINDOWS_1252, type SingleByteCodec } from './single-byte-codecs';

export interface MojibakeRepair {
  text: string;
  /** The wrong encoding the UTF-8 text had been read with, when a repair was made. */
  encoding?: SingleByteCodec['name'];
  /** How many damaged characters were replaced. */
  repaired: number;
}

// Only these ranges count as a plausible result of a repair: Latin letters and punctuation,
// symbols and emoji. A legitimate "l’été" read as Mac Roman bytes would give Armenian (D5 8E):
// refusing such results is what keeps correct files unchanged.
const PLAUSIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00a0, 0x017f], // Latin-1 Supplement, Latin Extended-A (é, œ, «, nbsp)
  [0x0218, 0x021b], // Romanian ș ț
  [0x0300, 0x036f], // combining accents (decomposed text)
  [0x1e00, 0x1eff], // Latin Extended Additional
  [0x2000, 0x206f], // general punctuation (’ “ ” – — … ‧ zero-width joiner)
  [0x20a0, 0x20cf], // currency signs (€)
  [0x2100, 0x23ff], // letterlike, arrows, mathematical and technical symbols
  [0x2460, 0x27bf], // enclosed alphanumerics, shapes, miscellaneous symbols, dingbats
  [0x2b00, 0x2bff], // more arrows and stars
  [0xfe00, 0xfe0f], // variation selectors
  [0x1f000, 0x1faff], // emoji
];
const NON_ASCII_RUN = /[^\x00-\x7F]{2,}/g;
// What the lead byte of a Latin letter, a punctuation mark or an emoji (C2, C3, C4, C5, E2, F0)
// looks like once misread, in windows-1252 then in Mac Roman.
const LEAD_BYTE_LOOKS = ['Â', 'Ã', 'Ä', 'Å', 'â', 'ð', '¬', '√', 'ƒ', '≈', '‚', '\uF8FF'];
// Code unit by code unit (no `u` flag): any code unit from U+0080 up is non-ASCII.
const DAMAGED_LOOK = new RegExp(`[${LEAD_BYTE_LOOKS.join('')}][\\u0080-\\uffff]`);
const CODECS = [WINDOWS_1252, MAC_ROMAN];
// Text encoded twice (UTF-8 → windows-1252 → UTF-8 → windows-1252) needs two passes.
const MAX_PASSES = 2;

/**
 * Undoes the damage of UTF-8 text that was read as windows-1252/Latin-1 ("dÃ©veloppeuse") or
 * Mac Roman ("d√©veloppeuse"), as in seed 001. Each damaged sequence is repaired alone, and only
 * when its bytes form valid UTF-8 giving a plausible character, so correct text stays as it is.
 */
export function repairMojibake(text: string): MojibakeRepair {
  let result: MojibakeRepair = { text, repaired: 0 };
  if (!mayBeDamaged(text)) return result;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    // The right encoding explains more of the damaged characters: "‚Ä¶" is one Mac Roman "…",
    // where windows-1252 would only turn "Ä¶" into "Ķ".
    const best = CODECS.map((codec) => repairWith(result.text, codec)).reduce((a, b) => (b.repaired > a.repaired ? b : a));
    if (best.repaired === 0) break;
    result = { text: best.text, encoding: best.encoding, repaired: result.repaired + best.repaired };
  }
  return result;
}

/** A misread lead byte followed by another non-ASCII character: one cheap search that lets almost every correct file through. */
function mayBeDamaged(text: string): boolean {
  return DAMAGED_LOOK.test(text);
}

function repairWith(text: string, codec: SingleByteCodec): MojibakeRepair {
  let repaired = 0;
  const fixed = text.replace(NON_ASCII_RUN, (run) => {
    const bytes = codec.encode(run);
    if (!bytes) return run;
    const repair = repairRun(run, bytes);
    repaired += repair.repaired;
    return repair.text;
  });
  return { text: fixed, encoding: codec.name, repaired };
}

function repairRun(run: string, bytes: Uint8Array): { text: string; repaired: number } {
  let text = '';
  let repaired = 0;
  let index = 0;
  while (index < bytes.length) {
    const sequence = readUtf8Sequence(bytes, index);
    if (sequence && isPlausible(sequence.codePoint)) {
      text += String.fromCodePoint(sequence.codePoint);
      index += sequence.length;
      repaired += sequence.length;
    } else {
      text += run.charAt(index);
      index++;
    }
  }
  return { text, repaired };
}

/** A multi-byte UTF-8 sequence starting at `start`, or undefined when the bytes are not one. */
function readUtf8Sequence(bytes: Uint8Array, start: number): { codePoint: number; length: number } | undefined {
  const lead = bytes[start] ?? 0;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || start + length > bytes.length) return undefined;
  let codePoint = lead & (0xff >> (length + 1));
  for (let offset = 1; offset < length; offset++) {
    const byte = bytes[start + offset] ?? 0;
    if ((byte & 0xc0) !== 0x80) return undefined;
    codePoint = (codePoint << 6) | (byte & 0x3f);
  }
  const minimum = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
  const valid = codePoint >= minimum && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
  return valid ? { codePoint, length } : undefined;
}

function isPlausible(codePoint: number): boolean {
  return PLAUSIBLE_RANGES.some(([low, high]) => codePoint >= low && codePoint <= high);
}
