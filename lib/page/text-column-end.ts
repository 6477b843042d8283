/** Blocks of a page's prose: where its text column is. */
const TEXT_BLOCKS = 'p,li,dd,dt,blockquote,pre,td,th,h1,h2,h3,h4,h5,h6';
/** A site's bars and sidebars, whose own width says nothing of the text column. */
const OUTSIDE_TEXT = 'header,nav,footer,aside,[role=banner],[role=navigation],[role=contentinfo],[role=complementary]';
/** Enough blocks to find the column; a long page's later ones sit in the same column. */
const SAMPLE = 300;

/**
 * The right edge, in the window's coordinates, of the page's text: the furthest a visible block
 * of prose reaches, outside the site's bars and sidebars (0 when there is none). One layout read.
 */
export function textColumnEnd(doc: Document): number {
  const blocks = doc.body?.querySelectorAll(TEXT_BLOCKS) ?? [];
  let end = 0;
  for (let index = 0; index < Math.min(blocks.length, SAMPLE); index++) {
    const block = blocks[index]!;
    if (!block.textContent?.trim() || block.closest(OUTSIDE_TEXT)) continue;
    const box = block.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) end = Math.max(end, box.right);
  }
  return end;
}
