/**
 * Posting files shaped to make a careless regular expression backtrack or a careless parser copy
 * without end, each built to a chosen size. The security tests check what the parser gives for
 * them at a size where a quadratic path would run for minutes (past the test's timeout, so a
 * hang still fails there); `npm run bench -- hostile` measures how the parse time grows when the
 * size doubles, which is where a timing belongs.
 */
export interface HostileShape {
  readonly name: string;
  /** The file's text, about `size` characters of the hostile part. */
  build(size: number): string;
}

const inBody = (body: string) => `---\ntitle: Dev\n---\n${body}`;
const inFrontMatter = (block: string) => `---\ntitle: Dev\n${block}\n---\n# Dev\n`;
const repeated = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

const BODY_UNITS: ReadonlyArray<[name: string, unit: string]> = [
  ['one long line', 'a'],
  ['comment openers', '<!--'],
  ['template comment openers', '{% comment %}'],
  ['brackets', '[('],
  ['unclosed tags', '<a '],
  ['e-mail lookalikes', 'a.b@c.'],
  ['digits', '1 000 '],
  ['labels', 'Lieu :\n'],
  ['emphasis', '*_'],
  ['mojibake lookalikes', 'Ã'],
  ['entities', '&amp'],
  ['salary words', 'rémunération 9 '],
  // One sentence of skills each with its examples, which the reading of lists of which one will do reads.
  ['skills with open brackets of alternatives', 'Python (Django, Flask...) ou Go ; '],
  ['lists of which one will do and pluses', 'Au moins un framework parmi Django, Rails ou Symfony. Docker est un plus. '],
];

export const HOSTILE_BODIES: readonly HostileShape[] = [
  ...BODY_UNITS.map(([name, unit]) => ({ name, build: (size: number) => inBody(repeated(unit, size)) })),
  { name: 'spaces then a letter', build: (size) => inBody(`${' '.repeat(size)}x`) },
  { name: 'hashes', build: (size) => inBody(`# ${'#'.repeat(size)}x`) },
  { name: 'at signs', build: (size) => inBody(`${'a'.repeat(Math.floor(size / 2))}${repeated('@a', size / 2)}`) },
  { name: 'dots', build: (size) => inBody(`Lieu : ${repeated('. ', size)}x`) },
  { name: 'a heading of wide spaces before a line separator', build: (size) => inBody(`#${'\u2003'.repeat(size)}x\u2028x`) },
  { name: 'a bold line then spaces', build: (size) => inBody(`**ab**${' '.repeat(size)}x`) },
  { name: 'letters before an @', build: (size) => inBody(`${'a'.repeat(size)}@`) },
  { name: 'a run of ellipses in a sentence of roles', build: (size) => inBody(`développeurs, designers, coachs ${'…'.repeat(size)}a`) },
];

export const HOSTILE_FRONT_MATTERS: readonly HostileShape[] = [
  { name: 'blank lines', build: (size) => inFrontMatter('\n'.repeat(size)) },
  { name: 'lines of spaces', build: (size) => inFrontMatter(repeated(' \n', size)) },
  { name: 'lines of no-break spaces', build: (size) => inFrontMatter(`${repeated('\u00a0\n', size)}a: 1`) },
  { name: 'a long plain scalar', build: (size) => inFrontMatter(`x: ${repeated('a ', size)}`) },
  { name: 'a long list', build: (size) => inFrontMatter(repeated('- a\n', size)) },
  { name: 'comments', build: (size) => inFrontMatter(repeated('# a\n', size)) },
  { name: 'anchors', build: (size) => inFrontMatter(repeated('a: &a 1\n', size)) },
  { name: 'quotes', build: (size) => inFrontMatter(`x: "${repeated('\\"', size)}"`) },
  { name: 'an opening line of spaces', build: (size) => `---${' '.repeat(size)}---\ntitle: x\n---\n# Dev` },
];

/** Sizes at which the tests run each shape: where the parser's bounds, not its speed, are checked. */
export const BODY_SIZE = 500_000;
export const FRONT_MATTER_SIZE = 60_000;
