// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { collectText, createTextReader } from '../../lib/page/collect-text';
import { findSkillRanges, findSkillRangesBySlice, type SkillRange } from '../../lib/page/find-skill-ranges';
import { readTextWindows } from '../../lib/page/page-text-stream';
import { CONTEXT_BEFORE, contextAfter, longestSpelling } from '../../lib/page/slice-text';
import { createSkillMatcher, SKILLS } from '../../lib/skills';

const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures');
/** The real postings as a site shows them, one <article> each, with code and a form field among them. */
const POSTINGS_HTML = readdirSync(FIXTURES).flatMap((folder) =>
  readdirSync(path.join(FIXTURES, folder)).filter((file) => file.endsWith('.md')).sort().slice(0, 12)
    .map((file) => readFileSync(path.join(FIXTURES, folder, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
    .map((body, index) => `<article>${marked.parse(body, { async: false })}${index % 4 === 3 ? '<pre><code>pip install django</code></pre><textarea>Rust</textarea>' : ''}</article>`),
).join('\n');

const matcher = createSkillMatcher(SKILLS);
const longest = longestSpelling(SKILLS);
const isMine = (skill: string) => skill === 'Python' || skill === 'React';

function key(range: SkillRange) {
  return [range.skill, range.kind, range.startNode.data, range.startOffset, range.endNode.data, range.endOffset];
}

describe('readTextWindows', () => {
  it('reads, slice by slice, exactly the text collectText reads, with the context around each slice', () => {
    document.body.innerHTML = POSTINGS_HTML;
    const whole = collectText(document).text;
    const after = contextAfter(longest);
    let read = '';
    for (const window of readTextWindows(createTextReader(document), (index) => (index === 0 ? 700 : 4_000), after)) {
      const { text, nodes, starts, slice } = window;
      const at = read.length - slice.start;
      // The window is the page's text from a node's start: the slice's text at its place, and its context.
      expect(whole.slice(at, at + text.length)).toBe(text);
      expect(slice.start >= CONTEXT_BEFORE || at === 0).toBe(true);
      expect(text.length - slice.end >= after || at + text.length === whole.length).toBe(true);
      nodes.forEach((node, index) => expect(text.slice(starts[index], starts[index]! + node.data.length)).toBe(node.data));
      read += text.slice(slice.start, slice.end);
    }
    expect(read).toBe(whole);
  });

  it('reads nothing from an empty page', () => {
    document.body.innerHTML = '<p></p>';
    expect([...readTextWindows(createTextReader(document), () => 100, 10)]).toEqual([]);
  });
});

describe('findSkillRangesBySlice', () => {
  it.each([
    ['a first slice, then larger ones', { first: 700, rest: 5_000 }],
    ['slices smaller than their context', { first: 37, rest: 113 }],
    ['one slice', { first: Number.POSITIVE_INFINITY, rest: Number.POSITIVE_INFINITY }],
  ])('finds on the real postings exactly what one pass finds, with %s', (_name, lengths) => {
    document.body.innerHTML = POSTINGS_HTML;
    const onePass = findSkillRanges(document, matcher, isMine);
    expect(onePass.ranges.length).toBeGreaterThan(100);
    const slices = [...findSkillRangesBySlice(document, matcher, isMine, lengths, longest)];
    expect(slices.map((slice) => slice.isLast)).toEqual(slices.map((_, index) => index === slices.length - 1));
    expect(slices.flatMap((slice) => slice.ranges).map(key)).toEqual(onePass.ranges.map(key));
    expect(new Set(slices.flatMap((slice) => slice.skills))).toEqual(new Set(onePass.skills));
  });

  it('skips code and fields wherever they are, among the first nodes or far below', () => {
    const filler = '<p>Une phrase sans compétence.</p>'.repeat(600);
    document.body.innerHTML = `<p>Django</p><code>Kubernetes</code>${filler}<textarea>Rust</textarea><pre><code>Elixir</code></pre><p>Docker</p>`;
    const found = [...findSkillRangesBySlice(document, matcher, isMine, { first: 50, rest: 2_000 }, longest)].flatMap((slice) => slice.skills);
    expect(found).toEqual(['Django', 'Docker']);
    expect(collectText(document).text).not.toMatch(/Kubernetes|Rust|Elixir/);
  });
});
