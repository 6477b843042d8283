/** Characters of bytes 0x80–0xFF in a single-byte encoding (bytes 0x00–0x7F are ASCII). */
export interface SingleByteCodec {
  name: 'windows-1252' | 'mac-roman';
  decode(bytes: Uint8Array): string;
  /** The bytes of `text`, or undefined when a character has no byte in this encoding. */
  encode(text: string): Uint8Array | undefined;
}

// WHATWG's windows-1252: the five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to C1 controls.
const WINDOWS_1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ' +
  '\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯°±²³´µ¶·¸¹º»¼½¾¿' +
  'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ';

// Apple's ROMAN.TXT (with the euro sign at 0xDB, and U+F8FF for the Apple logo at 0xF0).
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü' +
  '†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ' +
  '‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

function createCodec(name: SingleByteCodec['name'], high: string, extraEncodings: Array<[string, number]> = []): SingleByteCodec {
  if (high.length !== 128) throw new Error(`${name}: expected 128 characters, got ${high.length}`);
  const byChar = new Map<string, number>(extraEncodings);
  for (let index = 0; index < 128; index++) byChar.set(high.charAt(index), 0x80 + index);
  return {
    name,
    decode(bytes) {
      let text = '';
      for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : high.charAt(byte - 0x80);
      return text;
    },
    encode(text) {
      const bytes = new Uint8Array(text.length);
      for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        const byte = code < 0x80 ? code : byChar.get(text.charAt(index));
        if (byte === undefined) return undefined;
        bytes[index] = byte;
      }
      return bytes;
    },
  };
}

// Text damaged through ISO-8859-1 rather than windows-1252 holds C1 controls for 0x80–0x9F: accept them too.
const LATIN1_CONTROLS = Array.from({ length: 32 }, (_, index): [string, number] => [String.fromCharCode(0x80 + index), 0x80 + index]);

export const WINDOWS_1252 = createCodec('windows-1252', WINDOWS_1252_HIGH, LATIN1_CONTROLS);
export const MAC_ROMAN = createCodec('mac-roman', MAC_ROMAN_HIGH);
