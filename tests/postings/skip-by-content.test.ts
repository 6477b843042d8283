import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isDraft, startsWithFrontMatter } from '../../lib/postings/skip-by-content';
import { SHARED_DIR } from '../support/fixtures';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('startsWithFrontMatter', () => {
  it('finds the fence of every real .html posting', () => {
    const folder = `${SHARED_DIR}/fixtures/pythonjobs+jobs-jobs`;
    for (const name of readdirSync(folder)) expect(startsWithFrontMatter(readFileSync(`${folder}/${name}`)), name).toBe(true);
  });

  it.each([
    ['\ufeff---\ntitle: x\n---\n', true],
    ['\n\n---\r\ntitle: x\r\n---\r\n', true],
    ['---   \ntitle: x\n---\n', true],
    ['<!doctype html>\n<html><body>Jobs</body></html>', false],
    ['# A heading\n\ntext', false],
    ['----\nnot a fence\n', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(startsWithFrontMatter(bytes(text))).toBe(expected);
  });
});

describe('isDraft', () => {
  it.each([
    [{ draft: true }, true],
    [{ draft: 'true' }, true],
    [{ Draft: 'yes' }, true],
    [{ published: false }, true],
    [{ published: 'false' }, true],
    [{ draft: false }, false],
    [{ published: true }, false],
    [{ open: false }, false],
    [{}, false],
  ])('%j → %s', (frontMatter, expected) => {
    expect(isDraft(frontMatter)).toBe(expected);
  });
});
