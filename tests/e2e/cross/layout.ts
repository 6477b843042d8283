import type { UiPage } from './ui-page';

/**
 * Elements that run past the page's width, or whose text is cut off inside them, as
 * "tag.class: right edge / width" lines. Hidden elements (closed <details>, visually-hidden
 * labels) do not count; scrolling containers are measured by their own box.
 */
export function overflowingElements(page: UiPage): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = (element: Element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((each) => `.${each}`).join('')}`;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) problems.push(`page: scrolls to ${document.documentElement.scrollWidth} px in ${width} px`);
    for (const element of document.body.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || element.closest('.visually-hidden')) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.position === 'fixed') continue;
      if (rect.right > width + 1) problems.push(`${name(element)}: right edge ${Math.round(rect.right)} px in ${width} px`);
    }
    return problems;
  }, undefined);
}
