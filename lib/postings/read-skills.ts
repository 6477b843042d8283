import { canonicalSkillName, extractSkills } from '../skills';
import { skillEvidence } from '../skills/skill-evidence';
import { sortByKind, type SkillsByKind } from '../skills/sort-by-kind';
import { splitBody } from '../text/body-sections';
import { foldText } from '../text/fold';
import { toAnalysisText } from './markdown-to-text';

// "React, NodeJS, Go, Docker", "Python et JavaScript", "Svelte / Svelte-kit" — but "CI/CD" stays whole.
const LIST_SEPARATOR = /\s*(?:[,;\n]|\s[/&+]\s|\s(?:et|and|ou|or)\s)\s*/i;
const MAX_NAME_WORDS = 3;
const MAX_NAME_LENGTH = 30;
const MAX_DECLARED_LENGTH = 1000;
// beta.gouv.fr writes `techno: Choix libre` or a sentence when the team lets the recruit choose.
const NOT_SKILL_WORDS = new Set([
  'choix', 'libre', 'libres', 'ouvert', 'ouverts', 'parmi', 'selon', 'definir', 'etc', 'divers', 'autre', 'autres',
  'solutions', 'marche', 'technologies', 'technologique', 'technologiques', 'outils', 'aucun', 'aucune', 'importe', 'tbd',
]);

/**
 * Canonical skill names: first those the front matter declares (`techno`, `skills`), resolved
 * through lib/skills' taxonomy — an unknown short name is kept as written, as a skill — then
 * those found in the title and the body (Markdown, HTML or plain text), rosters and titles in capitals left out
 * (lib/skills/skill-evidence.ts), and the parts presenting the organization, its team or how to
 * apply (lib/text/body-sections.ts): what the organization does is not what the job asks.
 * Each name once, in order of appearance, under its kind.
 */
export function readSkills(declared: readonly string[], title: string, body: string): SkillsByKind {
  // Split before the markup goes: a heading in bold or in HTML ("**Qui sommes-nous ?**", "<p><strong>About us</strong></p>") is one only then.
  const job = toAnalysisText(splitBody(body).job);
  return sortByKind([...declared.flatMap(resolveDeclared), ...extractSkills(skillEvidence(`${title}\n${job}`)).map((match) => match.name)]);
}

function resolveDeclared(value: string): string[] {
  return value.slice(0, MAX_DECLARED_LENGTH).split(LIST_SEPARATOR).flatMap((piece) => {
    const name = piece.trim().replace(/(?<!\.)\.+$/, '');
    if (name === '') return [];
    const canonical = canonicalSkillName(name);
    if (canonical !== undefined) return [canonical];
    const known = extractSkills(name).map((match) => match.name);
    if (known.length > 0) return known;
    return looksLikeName(name) ? [name] : [];
  });
}

function looksLikeName(text: string): boolean {
  const words = foldText(text).split(/\s+/);
  return text.length <= MAX_NAME_LENGTH && words.length <= MAX_NAME_WORDS && !words.some((word) => NOT_SKILL_WORDS.has(word));
}
