// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { firstVisibleText } from '../../lib/page/first-visible-text';

type Caret = { offsetNode: Node; offset: number } | null;

/** A page scrolled by `scrollY`, whose caret hit-test answers `caretAt` (happy-dom lays nothing out). */
function scrolledPage(html: string, scrollY: number, caretAt: (y: number) => Caret) {
  document.body.innerHTML = html;
  Object.defineProperty(window, 'scrollY', { configurable: true, value: scrollY });
  Object.defineProperty(document, 'caretPositionFromPoint', { configurable: true, value: (_x: number, y: number) => caretAt(y) });
}

describe('firstVisibleText', () => {
  afterEach(() => {
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 0 });
    delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  });

  it('is undefined at the top of the page, where reading starts anyway', () => {
    scrolledPage('<p>Django</p>', 0, () => ({ offsetNode: document.body.firstChild!.firstChild!, offset: 0 }));
    expect(firstVisibleText(document)).toBeUndefined();
  });

  it('gives the text node under the top of the viewport', () => {
    scrolledPage('<p>Django</p><p id="seen">Docker</p>', 800, () => ({ offsetNode: document.getElementById('seen')!.firstChild!, offset: 2 }));
    expect(firstVisibleText(document)?.data).toBe('Docker');
  });

  it('looks past a fixed or sticky bar at the top of the screen', () => {
    const html = '<div id="bar" style="position: fixed; top: 0">Menu Python</div><p id="seen">Docker</p>';
    scrolledPage(html, 800, (y) => ({ offsetNode: document.getElementById(y < 50 ? 'bar' : 'seen')!.firstChild!, offset: 0 }));
    expect(firstVisibleText(document)?.data).toBe('Docker');
    document.getElementById('bar')!.style.position = 'sticky';
    expect(firstVisibleText(document)?.data).toBe('Docker');
    document.getElementById('bar')!.style.position = 'static';
    expect(firstVisibleText(document)?.data).toBe('Menu Python');
  });

  it('gives the text after a position between elements, and looks lower when the top holds none', () => {
    scrolledPage('<div id="box"><img><p>Rust</p></div><p>Go</p>', 800, (y) => (y < 200 ? null : { offsetNode: document.getElementById('box')!, offset: 1 }));
    expect(firstVisibleText(document)?.data).toBe('Rust');
    scrolledPage('<div id="box"><p>Rust</p></div><p>Go</p>', 800, () => ({ offsetNode: document.getElementById('box')!, offset: 1 }));
    expect(firstVisibleText(document)?.data).toBe('Rust');
  });
});
