import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../lib/postings/read-front-matter';

describe('readFrontMatter', () => {
  it.each([
    { case: 'YAML', text: '---\ntitle: A\n---\nbody', data: { title: 'A' }, body: 'body', block: 'valid' },
    { case: 'an explicit yaml language', text: '---yaml\ntitle: A\n---\nbody', data: { title: 'A' }, body: 'body', block: 'valid' },
    { case: 'JSON', text: '---json\n{ "title": "A" }\n---\nbody', data: { title: 'A' }, body: 'body', block: 'valid' },
    { case: 'an empty block', text: '---\n---\nbody', data: {}, body: 'body', block: 'valid' },
    { case: 'comments only', text: '---\n# nothing\n---\nbody', data: {}, body: 'body', block: 'valid' },
    { case: 'no front matter', text: '# Title\n---\nbody', data: {}, body: '# Title\n---\nbody', block: 'none' },
    { case: 'a rule on the first line', text: '----\ntitle: A\n----\n', data: {}, body: '----\ntitle: A\n----\n', block: 'none' },
    { case: 'repeated keys (the last wins)', text: '---\ntitle: A\ntitle: B\n---\n', data: { title: 'B' }, body: '', block: 'valid' },
    { case: 'a key with a space before its colon', text: '---\nstartup : carnet.de.bord\n---\n', data: { startup: 'carnet.de.bord' }, body: '', block: 'valid' },
    { case: 'an unterminated block', text: '---\ntitle: A\nbody', data: {}, body: 'title: A\nbody', block: 'unterminated' },
    { case: 'an unknown language', text: '---toml\ntitle = "A"\n---\nbody', data: {}, body: 'body', block: 'invalid' },
    { case: 'a scalar', text: '---\njust text\n---\nbody', data: {}, body: 'body', block: 'invalid' },
    { case: 'an unclosed bracket', text: '---\ntitle: [A\nstartup: x\n---\nbody', data: { title: '[A', startup: 'x' }, body: 'body', block: 'invalid' },
    { case: 'an unquoted colon', text: '---\ntitle: Recrutement : dev\ntechno:\n  - Go\n  - Rust\n---\nbody', data: { title: 'Recrutement : dev', techno: ['Go', 'Rust'] }, body: 'body', block: 'invalid' },
  ])('reads $case', ({ text, data, body, block }) => {
    const read = readFrontMatter(text, 'a.md');
    expect(read).toMatchObject({ data, body, block });
    expect(read.warnings.length > 0).toBe(block === 'invalid' || block === 'unterminated');
  });

  it('refuses a front matter larger than 64 KiB', () => {
    const read = readFrontMatter(`---\ntitle: ${'x'.repeat(70_000)}\n---\nbody`, 'a.md');
    expect(read).toMatchObject({ data: {}, body: 'body', block: 'invalid' });
  });
});
