import DOMPurify, { type Config } from 'dompurify';
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/**
 * Posting bodies are written by strangers: the Markdown (and the HTML it may hold) goes
 * through DOMPurify with a short list of text tags, no style (CSS can hide or overlay
 * content), no media (a remote image would tell its host who reads the posting), and only
 * http(s) and mailto links, which open in a new tab.
 */
const SANITIZE: Config = {
  ALLOWED_TAGS: ['a', 'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'code', 'pre', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'div', 'sup', 'sub', 'abbr'],
  ALLOWED_ATTR: ['href', 'title', 'colspan', 'rowspan', 'lang'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  RETURN_DOM_FRAGMENT: true,
};

let hooked = false;

export function renderPosting(markdown: string): DocumentFragment {
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName !== 'A') return;
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer nofollow');
    });
    hooked = true;
  }
  const html = marked.parse(markdown) as string;
  return DOMPurify.sanitize(html, SANITIZE) as unknown as DocumentFragment;
}
