import { foldText } from '../text/fold';
import { accentPattern } from './accent-pattern';
import { LIMITS } from './limits';
import { markdownToLine } from './markdown-to-text';
import { matchesOf } from '../text/matches-of';

/** Body labels that introduce a value: "Lieu : Paris", "**Statut** — Prestataire", "## Contrat" + paragraph. */
export const BODY_LABELS = {
  location: ['localisation', 'lieu', 'lieu de travail', 'lieux', 'location', 'ville', 'adresse', 'où'],
  startsAt: ['début', 'date de début', 'prise de poste', 'date de prise de poste', 'démarrage', 'date de démarrage', 'start date', 'disponibilité'],
  contract: ['contrat', 'type de contrat', 'statut', 'type de poste', 'nature du contrat', 'contract', 'type'],
  salary: ['rémunération', 'salaire', 'tjm', 'salary', 'taux journalier', 'rémunération et avantages'],
} as const;

export type LabeledField = keyof typeof BODY_LABELS;
export type LabeledFields = Partial<Record<LabeledField, string[]>>;

const ALL_LABELS = Object.entries(BODY_LABELS).flatMap(([field, labels]) => labels.map((label) => [label, field as LabeledField] as const));
const FIELD_BY_LABEL = new Map(ALL_LABELS.map(([label, field]) => [foldText(label), field]));
const LABEL = ALL_LABELS.map(([label]) => label)
  .sort((a, b) => b.length - a.length)
  .map(accentPattern)
  .join('|');
const BLANK = '[^\\S\\n]*';
// After list, quote or heading marks: the label, then either a separator and the value on the
// same line, or nothing and the value on the next non-empty line (a heading or a bold line).
const LABELED = new RegExp(
  `^${BLANK}(?:[-*+>#]+${BLANK})?(${LABEL})${BLANK}(?:[*_]+${BLANK})?` +
    `(?:(?::|\\s[—–-]|[—–])${BLANK}([^\\n]+)|:?${BLANK}\\n(?:${BLANK}\\n)?${BLANK}(?:[-*+>]${BLANK})?([^\\n]+))`,
  'gim',
);

/** Values introduced by a known label, in reading order, from a body's analysis text (see toAnalysisText). */
export function readLabeledFields(text: string): LabeledFields {
  const fields: LabeledFields = {};
  for (const [, label = '', sameLine, nextLine] of matchesOf(LABELED, text)) {
    const field = FIELD_BY_LABEL.get(foldText(label));
    const value = markdownToLine((sameLine ?? nextLine ?? '').slice(0, LIMITS.maxFieldText * 4));
    if (field && value !== '') (fields[field] ??= []).push(value);
  }
  return fields;
}
