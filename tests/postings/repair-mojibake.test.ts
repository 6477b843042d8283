import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../lib/postings/repair-mojibake';
import { MAC_ROMAN, WINDOWS_1252, type SingleByteCodec } from '../../lib/postings/single-byte-codecs';
import { asText, fixtureFiles, seedFiles } from './support/shared-files';

const utf8 = new TextEncoder();

/** What a tool that reads UTF-8 bytes with the wrong encoding shows. */
function damage(text: string, codec: SingleByteCodec): string {
  return codec.decode(utf8.encode(text));
}

const FRENCH_SAMPLES = [
  'Développeuse ou développeur fullstack',
  'un·e chargé·e de déploiement – l’équipe « Carnet de bord »',
  'À propos de nous : la coopérative, l’œuvre, l’État, Ça, Île-de-France, naïve, Noël, où, août, Œuvre',
  'Rémunération : 45 000 € brut annuel… ou TJM 600 € — à définir',
  'Vous serez au cœur de l’équipe 🚀 🦄 👋 🤷🏽‍♀️ ✅ ❤️',
  'Émilie, Ève, Éloïse, Ô, Û, Ÿ, Æ, ß, Ñ, Á, Í, Ï, Ð, Ý',
  'Zürich, São Paulo, Kraków, Łódź, Škoda, Dvořák',
];

describe('repairMojibake', () => {
  it.each([
    ['windows-1252', 'dÃ©veloppeuse', 'développeuse'],
    ['mac-roman', 'd√©veloppeuse', 'développeuse'],
    ['windows-1252', 'lâ€™Ã©quipe', 'l’équipe'],
    ['mac-roman', 'l‚Äô√©quipe', 'l’équipe'],
    ['mac-roman', 'un¬∑e d√©veloppeur¬∑se', 'un·e développeur·se'],
    ['windows-1252', 'Ã\u0080 bientÃ´t', 'À bientôt'],
  ])('repairs %s damage: %s', (encoding, damaged, repaired) => {
    expect(repairMojibake(damaged)).toMatchObject({ text: repaired, encoding });
  });

  it.each(FRENCH_SAMPLES)('round-trips through windows-1252 and Mac Roman: %s', (text) => {
    for (const codec of [WINDOWS_1252, MAC_ROMAN]) {
      const damaged = damage(text, codec);
      expect(damaged).not.toBe(text);
      expect(repairMojibake(damaged)).toMatchObject({ text, encoding: codec.name });
    }
  });

  it('repairs text damaged twice', () => {
    const twice = damage(damage('développeuse', WINDOWS_1252), WINDOWS_1252);
    expect(repairMojibake(twice).text).toBe('développeuse');
  });

  it('repairs the damaged part of a file that is partly correct', () => {
    expect(repairMojibake('Déjà vu : dÃ©veloppeuse à Paris').text).toBe('Déjà vu : développeuse à Paris');
  });

  it.each([
    'SÃO PAULO',
    'l’été, l’équipe, d’échanger',
    '«élection» —à …à',
    'Œuvre, cœur, œil',
    'São Paulo, Ãgua',
    'Le symbole √2 ≈ 1,414 ; ¬p ; ƒ(x)',
    'Москва, Ελλάδα, 東京, עברית',
    'naïve café crème brûlée',
  ])('leaves correct text alone: %s', (text) => {
    expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
  });

  it('leaves every correct seed and fixture alone', () => {
    const files = [...seedFiles().filter((file) => !file.name.startsWith('001')), ...fixtureFiles()];
    for (const file of files) expect(repairMojibake(asText(file.bytes)).repaired, file.name).toBe(0);
  });

  const WORDS = [
    'développeuse', 'l’équipe', 'à', 'où', 'Ça', 'cœur', 'Île-de-France', '«', '»', '—', '–', '…', '€', 'août', 'naïve',
    'Noël', 'État', 'données', 'télétravail', '🚀', '👋🏽', 'coopérative', 'chargé·e', '45 000', 'SÃO', 'São', 'Zürich',
  ];
  const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));

  it('keeps realistic French text as it is, and repairs it once damaged (property)', () => {
    fc.assert(
      fc.property(sentence, fc.constantFrom(WINDOWS_1252, MAC_ROMAN), (text, codec) => {
        expect(repairMojibake(text).text).toBe(text);
        expect(repairMojibake(damage(text, codec)).text).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
