import { describe, expect, it } from 'vitest';
import { decodeText } from '../../lib/postings/decode-text';
import { PostingError } from '../../lib/postings/posting-error';

const utf8 = new TextEncoder();

describe('decodeText', () => {
  it('decodes UTF-8 and drops the byte-order mark', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8.encode('é\r\n')]), 'a.md')).toEqual({ text: 'é\r\n', warnings: [] });
    expect(decodeText('\uFEFFé', 'a.md').text).toBe('é');
  });

  it('reads bytes that are not UTF-8 as windows-1252', () => {
    const decoded = decodeText(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x20, 0x92]), 'a.md');
    expect(decoded.text).toBe('Café € ’');
    expect(decoded.warnings).toEqual([{ code: 'latin1-decoded', message: expect.stringContaining('a.md') }]);
  });

  it.each([
    { case: 'UTF-16LE', bytes: [0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00], text: 'Aé' },
    { case: 'UTF-16BE', bytes: [0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9], text: 'Aé' },
  ])('decodes $case with a byte-order mark', ({ bytes, text }) => {
    expect(decodeText(Uint8Array.from(bytes), 'a.md').text).toBe(text);
  });

  it.each([
    { case: 'a NUL byte', raw: Uint8Array.from([0x41, 0x00, 0x42]), reason: 'binary' },
    { case: 'control characters', raw: '\u0001\u0002\u0003\u0004abc', reason: 'binary' },
    { case: 'nothing', raw: '', reason: 'empty' },
    { case: 'blank lines', raw: '\n\n  \t\n', reason: 'empty' },
    { case: 'too many bytes', raw: new Uint8Array(1024 * 1024 + 1), reason: 'too-large' },
    { case: 'too long a string', raw: 'a'.repeat(1024 * 1024 + 1), reason: 'too-large' },
  ])('refuses $case', ({ raw, reason }) => {
    expect(() => decodeText(raw, 'a.md')).toThrow(PostingError);
    expect(() => decodeText(raw, 'a.md')).toThrow(expect.objectContaining({ reason }));
  });

  it('accepts a few control characters in a long text', () => {
    expect(decodeText(`# Titre\u0007\n${'texte '.repeat(100)}`, 'a.md').text).toContain('Titre');
  });
});
