// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { createTextReader, textBefore } from '../../lib/page/collect-text';
import { findSkillRanges, findSkillRangesBySlice, type SkillRange } from '../../lib/page/find-skill-ranges';
import { collectText, readTextWindows } from '../../lib/page/page-text-stream';
import { CONTEXT_BEFORE, contextAfter, longestSpelling } from '../../lib/page/slice-text';
import { createSkillMatcher, SKILLS } from '../../lib/skills';

const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures');
/**
 * The real postings as a site shows them, one <article> each, with code and a form field among them.
 * The two French publishers only: the cases below start reading at 10 %, 50 % and 93 % of this page and expect skills
 * within the first slice from there, which other publishers' long preambles do not guarantee.
 */
const POSTINGS_HTML = ['beta.gouv.fr-jobs', 'multi.coop-jobs'].flatMap((folder) =>
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

describe('reading from the top of a scrolled page', () => {
  function textNodes(): Text[] {
    const walker = document.createTreeWalker(document.body, 4);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) nodes.push(node as Text);
    return nodes;
  }

  it('counts the text before a node as collectText reads it', () => {
    document.body.innerHTML = POSTINGS_HTML;
    const page = collectText(document);
    for (const index of [0, 1, 40, 300, page.nodes.length - 1]) {
      const node = page.nodes[index]!;
      const { from, length } = textBefore(document, node, CONTEXT_BEFORE);
      const fromStart = page.starts[page.nodes.indexOf(from)]!;
      expect(fromStart + length).toBe(page.starts[index]);
      expect(length >= CONTEXT_BEFORE || fromStart === 0).toBe(true);
    }
  });

  it('reads from a node on', () => {
    document.body.innerHTML = '<p>Django</p><p>Docker <b>et</b> Rust</p>';
    const reader = createTextReader(document, document.querySelector('b')!.firstChild as Text);
    expect([reader.next(), reader.next(), reader.next()].map((node) => node?.data ?? null)).toEqual(['et', ' Rust', null]);
  });

  it.each([0.1, 0.5, 0.93])('paints the slice at the viewport first, then every other range once (at %s of the page)', (share) => {
    document.body.innerHTML = POSTINGS_HTML;
    const nodes = textNodes();
    const startAt = nodes[Math.floor(nodes.length * share)]!;
    const onePass = findSkillRanges(document, matcher, isMine).ranges;
    const slices = [...findSkillRangesBySlice(document, matcher, isMine, { first: 2_000, rest: 9_000 }, longest, startAt)];
    const [first] = slices;
    // The first slice holds what one pass finds from that node on, for about 2,000 characters.
    const from = onePass.findIndex((range) => startAt.compareDocumentPosition(range.startNode) & 4 || range.startNode === startAt);
    expect(first!.ranges.length).toBeGreaterThan(0);
    expect(first!.ranges.map(key)).toEqual(onePass.slice(from, from + first!.ranges.length).map(key));
    const all = slices.flatMap((slice) => slice.ranges);
    expect(all).toHaveLength(onePass.length);
    const order = (a: SkillRange, b: SkillRange) => (a.startNode === b.startNode ? a.startOffset - b.startOffset : a.startNode.compareDocumentPosition(b.startNode) & 4 ? -1 : 1);
    expect([...all].sort(order).map(key)).toEqual(onePass.map(key));
  });
});
