// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findSkillRanges } from '../../lib/page/find-skill-ranges';
import { createHighlightPainter, HIGHLIGHT_NAMES } from '../../lib/page/paint-highlights';
import { createSkillMatcher, SKILLS } from '../../lib/skills';

const matcher = createSkillMatcher(SKILLS);
const isMine = (skill: string) => skill === 'Python';
const HTML = '<h1>Dev Python</h1><p>Du <b>Django</b> et du Python, avec Ruby on <i>Rails</i>.</p><ul><li>Docker</li></ul>';

/** A stand-in for CSS.highlights (happy-dom has none): a Map of Sets, as the spec's registry is. */
function fakeHighlightApi() {
  const registry = new Map<string, Set<AbstractRange>>();
  const range = (init: StaticRangeInit) => ({ ...init, collapsed: false }) as AbstractRange;
  return { registry, api: { registry, create: () => new Set<AbstractRange>(), range } };
}

function textNodes(root: Node): string[] {
  const walker = document.createTreeWalker(root, 4);
  const data: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) data.push((node as Text).data);
  return data;
}

describe('createHighlightPainter, with the Highlight API', () => {
  it('registers the two names, with static ranges only', () => {
    document.body.innerHTML = HTML;
    const { registry, api } = fakeHighlightApi();
    const painter = createHighlightPainter(document, api);
    painter.paint(findSkillRanges(document, matcher, isMine).ranges);
    expect(painter.mode).toBe('highlights');
    expect([...registry.keys()]).toEqual([HIGHLIGHT_NAMES.match, HIGHLIGHT_NAMES.missing]);
    const texts = (name: string) => [...registry.get(name)!].map((range) => {
      const dom = document.createRange();
      dom.setStart(range.startContainer, range.startOffset);
      dom.setEnd(range.endContainer, range.endOffset);
      return dom.toString();
    });
    expect(texts(HIGHLIGHT_NAMES.match)).toEqual(['Python', 'Python']);
    expect(texts(HIGHLIGHT_NAMES.missing)).toEqual(['Django', 'Ruby on Rails', 'Docker']);
    // Nothing but the boundary points: no skill name rides along for the page's scripts to read.
    for (const range of registry.get(HIGHLIGHT_NAMES.match)!) {
      expect(Object.keys(range).sort()).toEqual(['collapsed', 'endContainer', 'endOffset', 'startContainer', 'startOffset']);
    }
    expect(document.body.innerHTML).toBe(HTML);
  });

  it('forgets the ranges of a root being scanned again, and of removed nodes', () => {
    document.body.innerHTML = HTML;
    const { registry, api } = fakeHighlightApi();
    const painter = createHighlightPainter(document, api);
    painter.paint(findSkillRanges(document, matcher, isMine).ranges);
    document.querySelector('ul')!.remove();
    painter.forget([document.querySelector('h1')!]);
    expect(registry.get(HIGHLIGHT_NAMES.match)!.size).toBe(1);
    expect(registry.get(HIGHLIGHT_NAMES.missing)!.size).toBe(2);
  });

  it('unregisters on clear', () => {
    document.body.innerHTML = HTML;
    const { registry, api } = fakeHighlightApi();
    const painter = createHighlightPainter(document, api);
    painter.paint(findSkillRanges(document, matcher, isMine).ranges);
    painter.clear();
    expect(registry.size).toBe(0);
  });
});

describe('createHighlightPainter, falling back to elements', () => {
  it('wraps each occurrence in a <vigie-mark> of its kind', () => {
    document.body.innerHTML = HTML;
    const painter = createHighlightPainter(document, undefined);
    painter.paint(findSkillRanges(document, matcher, isMine).ranges);
    expect(painter.mode).toBe('elements');
    const marks = [...document.querySelectorAll('vigie-mark')].map((mark) => [mark.getAttribute('data-kind'), mark.textContent]);
    expect(marks).toEqual([
      ['match', 'Python'], ['missing', 'Django'], ['match', 'Python'], ['missing', 'Ruby on '], ['missing', 'Rails'], ['missing', 'Docker'],
    ]);
    expect(document.body.textContent).toBe('Dev PythonDu Django et du Python, avec Ruby on Rails.Docker');
  });

  it('puts the page back as it was: same markup, same text nodes', () => {
    document.body.innerHTML = HTML;
    const before = textNodes(document.body);
    const painter = createHighlightPainter(document, undefined);
    painter.paint(findSkillRanges(document, matcher, isMine).ranges);
    painter.clear();
    expect(document.body.innerHTML).toBe(HTML);
    expect(textNodes(document.body)).toEqual(before);
  });

  it('undoes a root before it is scanned again, so that marks never nest', () => {
    document.body.innerHTML = HTML;
    const painter = createHighlightPainter(document, undefined);
    painter.paint(findSkillRanges(document, matcher, isMine).ranges);
    const paragraph = document.querySelector('p')!;
    painter.forget([paragraph]);
    expect(paragraph.querySelectorAll('vigie-mark')).toHaveLength(0);
    expect(document.querySelectorAll('vigie-mark')).toHaveLength(2);
    painter.paint(findSkillRanges(paragraph, matcher, isMine).ranges);
    expect(document.querySelectorAll('vigie-mark vigie-mark')).toHaveLength(0);
    expect(document.querySelectorAll('vigie-mark')).toHaveLength(6);
    painter.clear();
    expect(document.body.innerHTML).toBe(HTML);
  });
});
