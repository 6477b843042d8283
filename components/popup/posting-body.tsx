import { useEffect, useRef } from 'preact/hooks';
import { renderPosting } from '../../lib/markdown/render-posting';

/** The posting's Markdown, sanitized into DOM nodes (never an HTML string handed to the page). */
export function PostingBody({ markdown }: { markdown: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    container.current?.replaceChildren(renderPosting(markdown));
  }, [markdown]);
  return <div class="posting-body" ref={container} />;
}
