import type { SkillKind, SkillRange } from './find-skill-ranges';

/** The names styled by `::highlight()` in the content script's stylesheet. */
export const HIGHLIGHT_NAMES: Record<SkillKind, string> = { match: 'vigie-skill-match', missing: 'vigie-skill-missing' };
/** The fallback's wrapper element, styled by the same stylesheet. */
export const MARK_TAG = 'vigie-mark';

export interface HighlightPainter {
  readonly mode: 'highlights' | 'elements';
  paint(ranges: readonly SkillRange[]): void;
  /** Drops what was painted inside `roots`, and whatever the page removed, before those roots are scanned again. */
  forget(roots: readonly Node[]): void;
  /** Undoes everything: the page is as it was. */
  clear(): void;
}

interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  [Symbol.iterator](): IterableIterator<AbstractRange>;
}
interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
}
export interface HighlightApi {
  registry: HighlightRegistryLike;
  create(): HighlightLike;
  /** StaticRange: unlike a live Range, it costs the page nothing when its DOM changes. */
  range(init: StaticRangeInit): AbstractRange;
}

/**
 * Paints skill ranges with the CSS Custom Highlight API when the browser has it (Chrome 105,
 * Firefox 140): nothing in the page's DOM changes, so its frameworks never see Vigie. Otherwise
 * wraps the text in <vigie-mark> elements, and `clear` puts the original text nodes back.
 *
 * Privacy: the highlight registry is the document's, shared with the page's own scripts
 * (checked in Chromium 156), and getComputedStyle(element, '::highlight(name)') tells the
 * colours apart even under random names. A page can therefore tell which of its own words
 * Vigie painted as the user's skills. Only ranges are registered — no skill name, no list —
 * so the user's skills absent from the page, and the panel's content, stay out of reach.
 */
export function createHighlightPainter(doc: Document = document, api: HighlightApi | undefined = highlightApi(doc)): HighlightPainter {
  return api ? highlightsPainter(api) : elementsPainter(doc);
}

function highlightApi(doc: Document): HighlightApi | undefined {
  const view = doc.defaultView as (Window & {
    CSS?: { highlights?: HighlightRegistryLike };
    Highlight?: new () => HighlightLike;
    StaticRange?: new (init: StaticRangeInit) => AbstractRange;
  }) | null;
  const registry = view?.CSS?.highlights;
  const Highlight = view?.Highlight;
  const StaticRange = view?.StaticRange;
  if (!registry || !Highlight || !StaticRange) return undefined;
  return { registry, create: () => new Highlight(), range: (init) => new StaticRange(init) };
}

function highlightsPainter(api: HighlightApi): HighlightPainter {
  const highlights = { match: api.create(), missing: api.create() };
  let registered = false;
  const ensureRegistered = () => {
    if (registered) return;
    api.registry.set(HIGHLIGHT_NAMES.match, highlights.match);
    api.registry.set(HIGHLIGHT_NAMES.missing, highlights.missing);
    registered = true;
  };
  return {
    mode: 'highlights',
    paint(ranges) {
      ensureRegistered();
      for (const range of ranges) {
        highlights[range.kind].add(api.range({
          startContainer: range.startNode, startOffset: range.startOffset, endContainer: range.endNode, endOffset: range.endOffset,
        }));
      }
    },
    forget(roots) {
      for (const highlight of [highlights.match, highlights.missing]) {
        for (const range of [...highlight]) {
          if (isStale(range.startContainer, roots) || isStale(range.endContainer, roots)) highlight.delete(range);
        }
      }
    },
    clear() {
      highlights.match.clear();
      highlights.missing.clear();
      if (!registered) return;
      api.registry.delete(HIGHLIGHT_NAMES.match);
      api.registry.delete(HIGHLIGHT_NAMES.missing);
      registered = false;
    },
  };
}

function isStale(node: Node, roots: readonly Node[]): boolean {
  return !node.isConnected || roots.some((root) => root.contains(node));
}

/** A text node cut into pieces to wrap some of them: put back by joining the pieces into `original`. */
interface Split {
  original: Text;
  pieces: Text[];
  marks: Element[];
}

function elementsPainter(doc: Document): HighlightPainter {
  const splits = new Map<Text, Split>();

  function wrap(node: Text, start: number, end: number, kind: SkillKind): void {
    const split = splits.get(node) ?? { original: node, pieces: [], marks: [] };
    splits.set(node, split);
    // Pieces are cut from the end of the original node, so earlier offsets stay valid: callers
    // paint a node's occurrences last to first.
    const piece = node.splitText(start);
    if (end - start < piece.length) split.pieces.unshift(piece.splitText(end - start));
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute('data-kind', kind);
    piece.replaceWith(mark);
    mark.append(piece);
    split.pieces.unshift(piece);
    split.marks.push(mark);
  }

  function undo(split: Split): void {
    for (const mark of split.marks) if (mark.isConnected) mark.replaceWith(...mark.childNodes);
    let text = split.original.data;
    for (const piece of split.pieces) {
      text += piece.data;
      piece.remove();
    }
    split.original.data = text;
  }

  return {
    mode: 'elements',
    paint(ranges) {
      const byNode = new Map<Text, Portion[]>();
      for (const portion of ranges.flatMap(toPortions)) {
        const list = byNode.get(portion.node);
        if (list) list.push(portion);
        else byNode.set(portion.node, [portion]);
      }
      for (const [node, list] of byNode) {
        // Last to first, so that cutting a node never moves an offset still to come.
        list.sort((a, b) => b.start - a.start);
        for (const { start, end, kind } of list) if (node.isConnected && end <= node.length) wrap(node, start, end, kind);
      }
    },
    forget(roots) {
      for (const [node, split] of splits) {
        if (!isStale(node, roots) && split.marks.every((mark) => !isStale(mark, roots))) continue;
        undo(split);
        splits.delete(node);
      }
    },
    clear() {
      for (const split of splits.values()) undo(split);
      splits.clear();
    },
  };
}

interface Portion {
  node: Text;
  start: number;
  end: number;
  kind: SkillKind;
}

/** The parts of a range within each text node it covers (one, unless it crosses inline elements). */
function toPortions(range: SkillRange): Portion[] {
  if (range.startNode === range.endNode) return [{ node: range.startNode, start: range.startOffset, end: range.endOffset, kind: range.kind }];
  const portions: Portion[] = [{ node: range.startNode, start: range.startOffset, end: range.startNode.length, kind: range.kind }];
  const walker = range.startNode.ownerDocument.createTreeWalker(range.startNode.ownerDocument.body ?? range.startNode.ownerDocument, 4);
  walker.currentNode = range.startNode;
  for (let node = walker.nextNode(); node !== null && node !== range.endNode; node = walker.nextNode()) {
    portions.push({ node: node as Text, start: 0, end: (node as Text).length, kind: range.kind });
  }
  portions.push({ node: range.endNode, start: 0, end: range.endOffset, kind: range.kind });
  return portions.filter((portion) => portion.end > portion.start);
}
