/**
 * French inclusive writing ("développeur·euse", "directeur·rice", "développeu·r·se") joins a
 * masculine word and a feminine ending. Joining the parts gives "developpeureuse", which
 * nobody types; these rules rebuild the feminine word people do type ("developpeuse").
 * Endings whose joined form is already right ("chargé·e", "citoyen·ne") need no rule.
 */
const FEMININE_ENDINGS: Record<string, { replaces: string; by: string }> = {
  euse: { replaces: 'eur', by: 'euse' },
  se: { replaces: 'eur', by: 'euse' },
  rice: { replaces: 'eur', by: 'rice' },
  trice: { replaces: 'teur', by: 'trice' },
  ice: { replaces: 'eur', by: 'rice' },
  ere: { replaces: 'er', by: 'ere' },
  ve: { replaces: 'f', by: 've' },
};

/** The whole words a compound written in inclusive writing stands for (folded parts in, folded words out). */
export function inclusiveForms(parts: string[]): string[] {
  const [stem, ...endings] = parts.at(-1) === 's' ? parts.slice(0, -1) : parts;
  if (!stem) return [];
  // "développeu·r·se": a short masculine ending, then the feminine one.
  if (endings.length === 2 && endings[0]!.length <= 2) return [stem + endings[0], stem + endings[1]];
  if (endings.length !== 1) return [];
  const ending = endings[0]!;
  const rule = FEMININE_ENDINGS[ending] ?? FEMININE_ENDINGS[ending.replace(/s$/, '')];
  if (!rule || !stem.endsWith(rule.replaces)) return [];
  return [stem.slice(0, -rule.replaces.length) + rule.by];
}
