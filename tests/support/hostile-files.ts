import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BETA_FIXTURES, MULTI_FIXTURES } from './fixtures';
import { mulberry32 } from './mulberry32';

export interface HostileFile {
  name: string;
  content: Uint8Array;
}

const encode = (text: string) => new TextEncoder().encode(text);

/** Hand-made bad files: each one a way a posting file goes wrong in the wild, or is made to. */
export function handMadeBadFiles(): HostileFile[] {
  const deep = `${Array.from({ length: 400 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`).join('\n')} end`;
  const aliasBomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...Array.from({ length: 9 }, (_, level) => `${String.fromCharCode(98 + level)}: &${String.fromCharCode(98 + level)} [${Array(9).fill(`*${String.fromCharCode(97 + level)}`).join(',')}]`)].join('\n');
  const cases: Array<[string, string | Uint8Array]> = [
    ['empty.md', ''],
    ['spaces.md', '   \n\n\t  \n'],
    ['binary.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3])],
    ['nul-bytes.md', encode('---\ntitle: A\0B\n---\n\nTexte\0avec des NUL.\n')],
    ['invalid-yaml.md', '---\ntitle: [unclosed\nopen: : :\n---\n\n# Développeuse\n\nTexte.\n'],
    ['unterminated.md', '---\ntitle: Sans fin\nopen: true\n\n# Offre sans fin de bloc\n\nTexte.\n'],
    ['js-engine.md', '---js\n{ title: (globalThis.hacked = "js") }\n---\n# Titre\n'],
    ['javascript-engine.md', '---javascript\n({ title: (globalThis.hacked = "javascript") })\n---\n# Titre\n'],
    ['proto.md', '---\n__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\ntitle: Proto\n---\n\nTexte.\n'],
    ['alias-bomb.md', `---\n${aliasBomb}\ntitle: Bombe\n---\n\nTexte.\n`],
    ['deep.md', `---\n${deep}\n---\n\n# Profond\n`],
    ['huge.md', `---\ntitle: Énorme\n---\n\n${'Un paragraphe de texte pour remplir. '.repeat(300_000)}`],
    ['latin1.md', new Uint8Array([...encode('---\ntitle: D'), 0xe9, ...encode('veloppeuse\n---\n\nPoste ouvert '), 0xe0, ...encode(' Paris.\n')])],
    ['mojibake-1252.md', '---\ntitle: "DÃ©veloppeuse"\n---\n\nUne Ã©quipe.\n'],
    ['wrong-types.md', '---\ntitle: [a, b]\nopen: "peut-être"\ntechno: {a: 1}\ncontact: [1, 2]\ndate: [2020]\nstartup: 42\n---\n\nTexte.\n'],
    ['not-dates.md', '---\ntitle: Dates\ndate: hier\ndepublication_date: jamais\nposte_ferme: 2020-13-45\npost-date: Trucmuche 20XX\n---\n\nTexte.\n'],
    ['only-delimiters.md', '---\n---\n---\n---\n'],
    ['long-line.md', `---\ntitle: ${'x'.repeat(200_000)}\n---\n\n${' '.repeat(200_000)}\n`],
    ['blank-lines.md', `---\ntitle: Vide\n${'\n'.repeat(60_000)}---\n\nTexte.\n`],
    ['no-front-matter-no-heading.md', 'juste du texte sans titre ni bloc'],
    ['html-only.md', '<script>globalThis.hacked = "html"</script><img src=x onerror="globalThis.hacked=1">'],
  ];
  return cases.map(([name, content]) => ({ name, content: typeof content === 'string' ? encode(content) : content }));
}

/** Deterministic mutations of the real fixtures: cuts, flipped bytes, stray delimiters, swapped encodings. */
export function mutatedFixtures(count: number, seed = 42): HostileFile[] {
  const sources = [BETA_FIXTURES, MULTI_FIXTURES].flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.md')).map((name) => readFileSync(join(dir, name))));
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const mutations: Array<(bytes: Uint8Array) => Uint8Array> = [
    (bytes) => bytes.slice(0, Math.floor(random() * bytes.length)),
    (bytes) => bytes.map((byte) => (random() < 0.02 ? Math.floor(random() * 256) : byte)),
    (bytes) => concat(encode('---\n'), bytes),
    (bytes) => concat(bytes.slice(0, 40), encode('\n---\n: : [\n'), bytes.slice(40)),
    (bytes) => encode(new TextDecoder().decode(bytes).replace(/^(\w+):/gm, '$1: [')),
    (bytes) => encode(new TextDecoder().decode(bytes).replace(/^title:/m, '__proto__:\n  x: 1\ntitle:')),
    (bytes) => Uint8Array.from(new TextDecoder().decode(bytes), (char) => Math.min(255, char.charCodeAt(0))),
    (bytes) => concat(bytes, new Uint8Array([0, 0, 0, 0xff, 0xfe])),
    (bytes) => encode(new TextDecoder().decode(bytes).replace(/\n/g, '\r\n').replace(/^---/, '\uFEFF---')),
  ];
  return Array.from({ length: count }, (_, index) => ({ name: `mutated-${String(index).padStart(4, '0')}.md`, content: pick(mutations)(pick(sources)) }));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.byteLength;
  }
  return result;
}
