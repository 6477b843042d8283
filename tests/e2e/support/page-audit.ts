import type { Page } from 'playwright-core';

/** What a page would show if a posting's markup had got through: each entry one thing found. */
export interface PageAudit {
  /** The value of the canary global, set by any payload that ran. */
  canary: unknown;
  /** Elements carrying an event-handler attribute (onerror, onload…). */
  handlers: string[];
  /** Elements that load from outside the extension (src, srcset, poster, data, action, background, xlink:href, <link>), or links to anything but http(s) and mailto. */
  foreignUrls: string[];
  /** Attributes whose value names a canary, other than harmless text attributes (title, aria-*, alt, value, placeholder, data-*). */
  canaryAttributes: string[];
  /** Inline styles or <style> elements inside the areas that show postings' text. */
  styles: string[];
  /** `selector` is visible and on top at its centre: not hidden, not under an overlay. */
  onTop: boolean;
}

/**
 * Reads a page of the extension for traces of injected content, from inside the page. `areas`
 * are the selectors of the parts that show untrusted text; `onTop` the selector of an element
 * that must stay visible and unobstructed (an overlay from a posting would cover it).
 */
export function auditPage(page: Page, options: { canary: string; areas: string; onTop: string }): Promise<PageAudit> {
  return page.evaluate(({ canary, areas, onTop }) => {
    const origin = location.origin;
    const describe = (element: Element) => `<${element.tagName.toLowerCase()}${[...element.attributes].map((attribute) => ` ${attribute.name}="${attribute.value.slice(0, 80)}"`).join('')}>`;
    const all = [...document.querySelectorAll('*')];
    const isForeign = (value: string) => {
      try {
        return new URL(value, location.href).origin !== origin;
      } catch {
        return true;
      }
    };
    const urlAttributes = ['src', 'srcset', 'poster', 'data', 'action', 'formaction', 'background', 'xlink:href', 'ping', 'manifest', 'cite', 'longdesc', 'lowsrc', 'dynsrc'];
    const harmless = (name: string) => ['title', 'alt', 'value', 'placeholder', 'aria-label', 'aria-description'].includes(name) || name.startsWith('aria-') || name.startsWith('data-');
    const foreignUrls: string[] = [];
    for (const element of all) {
      for (const name of urlAttributes) {
        const value = element.getAttribute(name);
        if (value !== null && value.split(',').some((part) => isForeign(part.trim().split(/\s+/)[0] ?? ''))) foreignUrls.push(describe(element));
      }
      const href = element.getAttribute('href');
      if (href === null) continue;
      if (element.tagName === 'A') {
        const protocol = new URL(href, location.href).protocol;
        if (!['http:', 'https:', 'mailto:', 'chrome-extension:'].includes(protocol)) foreignUrls.push(describe(element));
      } else if (isForeign(href)) foreignUrls.push(describe(element));
    }
    const styled = [...document.querySelectorAll(areas)].flatMap((area) => [...area.querySelectorAll('[style], style'), ...(area.matches('[style]') ? [area] : [])]);
    const target = document.querySelector(onTop);
    let covered = true;
    if (target instanceof HTMLElement) {
      const box = target.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      covered = box.width === 0 || box.height === 0 || !(hit === target || target.contains(hit));
    }
    return {
      canary: (globalThis as Record<string, unknown>)[canary],
      handlers: all.filter((element) => [...element.attributes].some((attribute) => /^on/i.test(attribute.name))).map(describe),
      foreignUrls,
      canaryAttributes: all.flatMap((element) => [...element.attributes].filter((attribute) => !harmless(attribute.name) && /canary/i.test(attribute.value)).map(() => describe(element))),
      styles: styled.map(describe),
      onTop: !covered && getComputedStyle(document.body).display !== 'none' && getComputedStyle(document.body).visibility !== 'hidden',
    };
  }, options);
}

/** The visible text of an element: without format characters (bidi controls, zero-width) and spaces, and with a size. */
export function visibleText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((element) => {
    const box = element.getBoundingClientRect();
    const text = ((element as HTMLElement).innerText ?? '').replace(/[\p{Cf}\p{Z}\s]/gu, '');
    return box.width > 0 && box.height > 0 ? text : '';
  });
}
