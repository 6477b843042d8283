import { BLOCK_SEPARATOR, createTextReader, isNextTo, nodeAt, type PageText, type TextReader } from './collect-text';
import { CONTEXT_BEFORE, type TextSlice } from './slice-text';

/** A stretch of a page's text: the slice to search, and the text around it that the search reads. */
export interface TextWindow extends PageText {
  /** Where, in `text`, the characters whose matches belong to this window are. */
  slice: TextSlice;
  /** No text follows: this window's slice ends the page. */
  isLast: boolean;
}

/**
 * Reads the text under `root` (a Document reads its body) at once: one window holding it all.
 * On a 1 MB page the cost is the calls into the DOM, so the walk is native (createTextReader).
 */
export function collectText(root: Node): PageText {
  for (const { text, nodes, starts } of readTextWindows(createTextReader(root), () => Number.POSITIVE_INFINITY, 0)) return { text, nodes, starts };
  return { text: '', nodes: [], starts: [] };
}

/**
 * The text collectText gives, read window by window: each window holds the next slice of
 * `sliceLength(index)` characters, CONTEXT_BEFORE characters before it and `contextAfter`
 * after it. Only the nodes a window needs are read, so a 1 MB page costs no more before its
 * first slice than a short one: its top, what the user sees first, is painted at once.
 * `contextBefore`: characters the reader returns before the first slice, when it starts
 * below the top (see textBefore). A window is valid until the next one is asked for.
 */
export function* readTextWindows(reader: TextReader, sliceLength: (index: number) => number, contextAfter: number, contextBefore = 0): Generator<TextWindow> {
  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = '';
  let sliceStart = contextBefore;
  let previous: Text | null = null;
  let ended = false;
  // Reads nodes until the window's text is at least `length` long, or the page ends.
  const readUntil = (length: number) => {
    // One join, the kept text first: a flat string, where `+=` would make V8 copy a rope later.
    const parts: string[] = [text];
    let size = text.length;
    while (size < length) {
      const node = reader.next();
      if (node === null) {
        ended = true;
        break;
      }
      const data = node.data;
      if (data.length === 0) continue;
      if (previous !== null && !isNextTo(previous, node)) {
        parts.push(BLOCK_SEPARATOR);
        size += BLOCK_SEPARATOR.length;
      }
      nodes.push(node);
      starts.push(size);
      parts.push(data);
      size += data.length;
      previous = node;
    }
    if (parts.length > 1) text = parts.join('');
  };
  for (let index = 0; ; index++) {
    const wanted = sliceStart + Math.max(1, sliceLength(index));
    readUntil(wanted + contextAfter);
    if (text.length === 0) return;
    const sliceEnd = Math.min(wanted, text.length);
    const isLast = ended && sliceEnd === text.length;
    yield { text, nodes, starts, slice: { start: sliceStart, end: sliceEnd }, isLast };
    if (isLast) return;
    // Keeps the nodes from the one holding the first character the next window reads.
    const keep = nodeAt({ starts }, sliceEnd - CONTEXT_BEFORE);
    const offset = starts[keep]!;
    if (keep > 0) {
      nodes = nodes.slice(keep);
      starts = starts.slice(keep).map((start) => start - offset);
      text = text.slice(offset);
    }
    sliceStart = sliceEnd - offset;
  }
}
