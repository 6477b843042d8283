import type { SkillMatcher } from '../skills/create-skill-matcher';
import { skillEvidenceBy, type SkillNames } from '../skills/skill-evidence';
import { LINE_ELEMENTS } from './line-elements';
import type { SkillRange } from './find-skill-ranges';
import { ELEMENT_NODE, TEXT_NODE } from './node-types';
import type { HighlightPainter } from './paint-highlights';

/*
 * A page is painted as its posting is read: a skill named in a team roster ("Product Manager :
 * Agathe L."), in the roles a sentence counts ("avec un designer UX et 2 développeurs") or in a
 * job title in capitals is not asked for, and is not highlighted (lib/skills/skill-evidence.ts,
 * the same rules). Those rules read lines: on a page a line is what a block element or a <br>
 * holds, whatever inline markup cuts it in text nodes ("<li><b>Agathe</b> : PM</li>").
 */

/** Longer blocks (a page's text in one <div>) are read node by node: the rules look at short lines. */
const MAX_BLOCK_TEXT = 5_000;

interface BlockText {
  text: string;
  evidence: string;
  /** The block is one of the posting's texts its reading leaves out. */
  aside: boolean;
  /** Where each text node of the block starts in `text`. */
  starts: Map<Text, number>;
}

/** The page's terms as the evidence rules ask for skill names. */
export function skillNamesOf(matcher: SkillMatcher): SkillNames {
  return {
    namesSkill: (text) => matcher.find(text).length > 0,
    isSkillName: (word) => matcher.find(word).some((match) => match.ranges.some(([start, end]) => start === 0 && end === word.length)),
  };
}

/**
 * `painter`, given only the ranges a page shows: those `shown` keeps (the user's skills, the
 * posting's others when the user turned them on), and of them those the posting reading counts,
 * outside the blocks holding one of its `aside` texts (lib/page/painted-skills.ts: asideTexts).
 */
export function countedPainter(painter: HighlightPainter, names: SkillNames, shown: (range: SkillRange) => boolean, aside?: ReadonlySet<string>): HighlightPainter {
  return {
    mode: painter.mode,
    paint: (ranges) => painter.paint(countedRanges(ranges.filter(shown), names, aside)),
    forget: (roots) => painter.forget(roots),
    clear: () => painter.clear(),
  };
}

/** Keeps the ranges the posting reading would count: each block is measured and read once per call. */
export function countedRanges(ranges: readonly SkillRange[], names: SkillNames, aside?: ReadonlySet<string>): SkillRange[] {
  const blocks = new Map<Node, BlockText>();
  const holdsLines = new Map<Element, boolean>();
  return ranges.filter((range) => {
    const block = blockOf(range.startNode, holdsLines);
    let read = blocks.get(block);
    if (!read) {
      read = readBlock(block, names, aside);
      blocks.set(block, read);
    }
    if (read.aside) return false;
    const start = read.starts.get(range.startNode);
    const end = read.starts.get(range.endNode);
    if (start === undefined || end === undefined) return true;
    const from = start + range.startOffset;
    const to = end + range.endOffset;
    return read.evidence.slice(from, to) === read.text.slice(from, to);
  });
}

/**
 * The nearest element that holds whole lines, or the text node alone when that element holds too
 * much text; `holdsLines` remembers the answer per element (a page's text in one big <div> is
 * measured once, not once per skill in it).
 */
function blockOf(node: Text, holdsLines: Map<Element, boolean>): Node {
  for (let element = node.parentElement; element !== null; element = element.parentElement) {
    if (!LINE_ELEMENTS.has(element.localName)) continue;
    let short = holdsLines.get(element);
    if (short === undefined) {
      short = (element.textContent?.length ?? 0) <= MAX_BLOCK_TEXT;
      holdsLines.set(element, short);
    }
    return short ? element : node;
  }
  return node;
}

function readBlock(block: Node, names: SkillNames, aside?: ReadonlySet<string>): BlockText {
  const parts: string[] = [];
  const starts = new Map<Text, number>();
  let length = 0;
  const push = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      starts.set(node as Text, length);
      // Line breaks in the source are spaces on screen; one for one, so that offsets hold.
      push((node as Text).data.replace(/[\r\n\t]/g, ' '));
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const breaks = LINE_ELEMENTS.has((node as Element).localName);
    if (breaks) push('\n');
    for (let child = node.firstChild; child !== null; child = child.nextSibling) visit(child);
    if (breaks) push('\n');
  };
  visit(block);
  const text = parts.join('');
  // Spaces as asideTexts collapses them.
  return { text, evidence: skillEvidenceBy(text, names), starts, aside: !!aside?.has(text.replace(/\s+/g, ' ').trim()) };
}
