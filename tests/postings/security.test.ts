import { afterEach, describe, expect, it, vi } from 'vitest';
import { PostingError, parsePosting } from '../../lib/postings';
import { safeMatter } from '../../lib/postings/safe-matter';
import { BODY_SIZE, FRONT_MATTER_SIZE, HOSTILE_BODIES, HOSTILE_FRONT_MATTERS } from '../support/hostile-postings';

const scope = globalThis as Record<string, unknown>;

afterEach(() => {
  delete scope.vigieCanary;
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('front matter written in JavaScript (CVE-2022-25863)', () => {
  it.each(['js', 'javascript', 'JavaScript', ' js ', 'coffee'])('never runs a ---%s block', (language) => {
    const file = `---${language}\n{ title: (globalThis.vigieCanary = 'ran', 'Owned') }\n---\n# Développeur\n`;
    const offer = parsePosting(file, { path: 'evil.md' });
    expect(scope.vigieCanary).toBeUndefined();
    expect(offer.title).toBe('Développeur');
    expect(offer.warnings.map((warning) => warning.code)).toContain('invalid-front-matter');
  });

  it('refuses it in the gray-matter wrapper itself', () => {
    expect(() => safeMatter('---js\nglobalThis.vigieCanary = 1\n---\n')).toThrow(/never evaluated/);
    expect(() => safeMatter('---javascript\nglobalThis.vigieCanary = 1\n---\n')).toThrow(/never evaluated/);
    expect(scope.vigieCanary).toBeUndefined();
  });

  it('does not let gray-matter cache files by content', () => {
    const file = '---\ntitle: A\n---\nbody';
    const first = safeMatter(file);
    (first as Record<string, unknown>).title = 'changed';
    expect(safeMatter(file)).toEqual({ title: 'A' });
  });
});

describe('prototype pollution', () => {
  it.each([
    ['__proto__ key', '__proto__:\n  polluted: yes'],
    ['quoted __proto__', '"__proto__": { polluted: yes }'],
    ['constructor.prototype', 'constructor:\n  prototype:\n    polluted: yes'],
    ['merge key (CVE-2025-64718)', '<<: { "__proto__": { polluted: yes } }'],
    ['nested', 'a:\n  __proto__:\n    polluted: yes'],
    ['JSON front matter', '{ "__proto__": { "polluted": "yes" } }'],
  ])('%s pollutes nothing', (_case, yaml) => {
    const language = yaml.startsWith('{') ? 'json' : '';
    const offer = parsePosting(`---${language}\n${yaml}\ntitle: Dev\n---\n# Dev\n`.replace('\ntitle: Dev', language ? '' : '\ntitle: Dev'), { path: 'a.md' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(offer.frontMatter)).toBe(Object.prototype);
    expect(Object.keys(offer.frontMatter)).not.toContain('__proto__');
    expect((offer.frontMatter as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('resource exhaustion', () => {
  it('bounds a YAML alias bomb ("billion laughs")', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 9; level++) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const offer = parsePosting(`---\ntitle: lol\n${levels.join('\n')}\n---\n# lol\n`, { path: 'bomb.md' });
    expect(JSON.stringify(offer.frontMatter).length).toBeLessThan(100_000);
    expect(offer.warnings.map((warning) => warning.code)).toContain('truncated');
  });

  it('bounds a self-referencing alias', () => {
    const offer = parsePosting('---\ntitle: loop\na: &a\n  b: *a\n---\n', { path: 'loop.md' });
    expect(JSON.stringify(offer.frontMatter).length).toBeLessThan(10_000);
    expect(offer.title).toBe('loop');
  });

  it('bounds deeply nested values', () => {
    const deep = `${'['.repeat(100)}1${']'.repeat(100)}`;
    const offer = parsePosting(`---\ntitle: deep\nvalue: ${deep}\n---\n`, { path: 'deep.md' });
    expect(offer.title).toBe('deep');
    expect(JSON.stringify(offer.frontMatter)).toBe('{"title":"deep","value":[[[[[[[]]]]]]]}');
    expect(offer.warnings.map((warning) => warning.code)).toContain('truncated');
  });

  it('survives nesting deep enough to overflow the YAML parser', () => {
    const deep = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
    const offer = parsePosting(`---\ntitle: deep\nvalue: ${deep}\n---\n# Deep\n`, { path: 'deep.md' });
    expect(offer.title).toBe('deep');
    expect(JSON.stringify(offer.frontMatter).length).toBeLessThan(20_000);
  });

  it('reaches the YAML parser in time with a front matter of 200,000 lines of a no-break space', () => {
    // Blank lines of spaces and tabs are collapsed before the front matter is read, not these; a
    // comment pattern whose spaces cross line breaks is quadratic in them: minutes, past the timeout.
    // js-yaml then refuses them: what matters is that it is reached.
    expect(() => safeMatter(`---\n${'\u00a0\n'.repeat(200_000)}title: A\n---\n`)).toThrow(expect.objectContaining({ name: 'YAMLException' }));
  });

  it('refuses a 10 MB file', () => {
    expect(() => parsePosting(new Uint8Array(10_000_000).fill(0x20), { path: 'big.md' })).toThrow(PostingError);
  });

  it.each(HOSTILE_BODIES.map((shape) => [shape.name, shape] as const))('parses a body of %s', (_name, shape) => {
    expect(parsePosting(shape.build(BODY_SIZE), { path: 'long.md' }).title).toBe('Dev');
  });

  it.each(HOSTILE_FRONT_MATTERS.map((shape) => [shape.name, shape] as const))('parses a front matter of %s', (_name, shape) => {
    expect(parsePosting(shape.build(FRONT_MATTER_SIZE), { path: 'long.md' }).title).toBe('Dev');
  });

  it('cuts a front matter of long values to a title of at most 200 characters', () => {
    const offer = parsePosting(`---\ntitle: ${'x'.repeat(50_000)}\ntechno: ${'a, '.repeat(10_000)}\ncontact: ${'a'.repeat(20_000)}@x.fr\n---\n# Dev\n`, { path: 'long.md' });
    expect(offer.title.length).toBeLessThanOrEqual(200);
  });
});

describe('front matter in a worker without Buffer', () => {
  it('is read without Buffer, which a service worker lacks', async () => {
    const nodeBuffer = scope.Buffer;
    delete scope.Buffer;
    try {
      vi.resetModules();
      const postings = await import('../../lib/postings');
      const offer = postings.parsePosting('---\ntitle: Dev\ncompany: Coop\n---\nUne mission.\n', { path: 'a.md' });
      expect(offer.title).toBe('Dev');
      expect(offer.organization).toBe('Coop');
      expect(offer.warnings).toEqual([]);
      expect(scope.Buffer).toBeUndefined();
    } finally {
      scope.Buffer = nodeBuffer;
    }
  });
});
