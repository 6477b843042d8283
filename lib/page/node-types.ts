/*
 * The Node.nodeType and NodeFilter.whatToShow values the page modules compare, in one place: the
 * page script bundles them once.
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_FRAGMENT_NODE = 11;
export const SHOW_TEXT = 4;
