/**
 * The HTML elements that start and end a line of text: a posting's blocks, and those a whole page
 * has besides. Read so on a page by the content script (counted-on-page.ts) and in a description a
 * page declares as HTML, by the worker (description-body.ts).
 */
export const LINE_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
  'body', 'caption', 'details', 'fieldset', 'form', 'nav', 'summary',
]);
