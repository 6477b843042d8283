import { useEffect, useRef } from 'preact/hooks';

/**
 * The posting's Markdown, sanitized into DOM nodes (never an HTML string handed to the page).
 * marked and DOMPurify are a third of the popup's weight and only a card needs them: they
 * load with the first card, so that opening the popup does not wait for them.
 */
export function PostingBody({ markdown }: { markdown: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let current = true;
    void import('../../lib/markdown/render-posting').then(({ renderPosting }) => {
      if (current) container.current?.replaceChildren(renderPosting(markdown));
    });
    return () => {
      current = false;
    };
  }, [markdown]);
  return <div class="posting-body" ref={container} />;
}
